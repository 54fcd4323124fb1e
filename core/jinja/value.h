#pragma once

#include "core/jinja/refcounted.h"
#include "core/jinja/shorttext.h"
#include "core/util/result.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace Trellis::Core::Jinja {

class Callable;
class Dict;
class Object;

enum class ValueKind : std::uint8_t {
    None,
    Bool,
    Int,
    Float,
    String,
    List,
    Tuple,
    Dict,
    Callable,
    Object,
    Undefined,
};

// A Jinja value with Python's semantics: what prints, compares and hashes like the Python
// object Jinja2 would hold. Scalars and short strings live inline; longer strings, lists,
// tuples, dicts, callables and host objects are shared heap objects, so copying a Value is
// cheap and lists and dicts have Python's reference semantics (an .append() is seen through
// every name bound to the list). Strings are UTF-8; a string may carry the "safe" flag of
// Jinja2's Markup. Values are not synchronised: a list mutated by one render must not be
// shared with another running render.
class alignas(8) Value
{
public:
    // Strings up to this many bytes are stored in the value itself. Most strings a dbt
    // template handles are that short (column names and types, keywords, separators), and
    // stored inline they cost no allocation and, more importantly, no atomic reference count
    // each time they are copied into an argument, a variable or a list.
    static constexpr std::size_t kShortStringCapacity = 13;

    Value() noexcept { setPayload<const RefCounted *>(nullptr); }
    Value(const Value &other) noexcept;
    Value(Value &&other) noexcept;
    Value &operator=(const Value &other) noexcept;
    Value &operator=(Value &&other) noexcept;
    ~Value();

    static Value none() { return Value(); }
    // Jinja2's Undefined: renders empty and is falsy, but fails with `message` on any other use.
    static Value undefined(std::string message);
    // The undefined value of a missing variable: "'name' is undefined".
    static Value undefinedName(std::string_view name);
    static Value boolean(bool value);
    static Value integer(std::int64_t value);
    static Value number(double value);
    static Value string(std::string text, bool safe = false);
    // A string with a copy of `text`: a short one is built in place, with no std::string.
    static Value stringCopy(std::string_view text, bool safe = false);
    static Value list(std::vector<Value> items = {});
    static Value tuple(std::vector<Value> items);
    static Value dict(Ref<Dict> dict);
    static Value emptyDict();
    static Value callable(Ref<Callable> callable);
    static Value object(Ref<Object> object);

    ValueKind kind() const
    {
        // Both string tags are ValueKind::String; the tags after them are one further on.
        return ValueKind(std::uint8_t(m_repr.tag) - (m_repr.tag >= Tag::HeapString));
    }
    bool isUndefined() const { return m_repr.tag == Tag::Undefined; }
    bool isNone() const { return m_repr.tag == Tag::None; }
    bool isBool() const { return m_repr.tag == Tag::Bool; }
    bool isInt() const { return m_repr.tag == Tag::Int; }
    bool isFloat() const { return m_repr.tag == Tag::Float; }
    // int, float or bool: the types Python's arithmetic accepts.
    bool isNumber() const
    {
        return m_repr.tag == Tag::Int || m_repr.tag == Tag::Float || m_repr.tag == Tag::Bool;
    }
    bool isString() const
    {
        return m_repr.tag == Tag::ShortString || m_repr.tag == Tag::HeapString;
    }
    bool isList() const { return m_repr.tag == Tag::List; }
    bool isTuple() const { return m_repr.tag == Tag::Tuple; }
    bool isSequence() const { return m_repr.tag == Tag::List || m_repr.tag == Tag::Tuple; }
    bool isDict() const { return m_repr.tag == Tag::Dict; }
    bool isCallable() const { return m_repr.tag == Tag::Callable; }
    bool isObject() const { return m_repr.tag == Tag::Object; }
    bool isSafe() const { return m_repr.safe; }

    bool asBool() const { return payload<bool>(); }
    std::int64_t asInt() const
    {
        return m_repr.tag == Tag::Bool ? payload<bool>() : payload<std::int64_t>();
    }
    double asFloat() const
    {
        return m_repr.tag == Tag::Float ? payload<double>() : static_cast<double>(asInt());
    }
    // The text of a string. A short string's text is inside the value: the view is valid only
    // while this Value lives where it is (not across moving it, or growing the list it is in).
    std::string_view text() const;
    // The elements of a list or tuple; mutable only for lists (tuples are never changed).
    std::vector<Value> &items() const;
    // Defined inline where the class is complete: dict.h, callable.h and object.h.
    Dict &asDict() const;
    const Callable &asCallable() const;
    Object &asObject() const;
    const std::string &undefinedMessage() const;

    // Python truthiness (Undefined is falsy).
    bool truthy() const
    {
        // Conditions mostly test booleans, strings and None: decided here, inline.
        switch (m_repr.tag) {
        case Tag::None:
        case Tag::Undefined:
            return false;
        case Tag::Bool:
            return payload<bool>();
        case Tag::ShortString:
            return m_repr.data[0] != 0;
        default:
            return truthyOther();
        }
    }
    // Python's str(): what {{ value }} prints.
    std::string str() const;
    void appendStr(std::string &out) const;
    // Python's repr(), used inside printed containers. Stops early (returns false) once `out`
    // would grow past maxBytes, so a value built to be huge cannot exhaust memory.
    bool appendRepr(std::string &out, std::size_t maxBytes = SIZE_MAX) const;
    std::string repr() const;
    // Python's type name ("str", "int", "dict", "NoneType"), for error messages.
    std::string typeName() const;
    // Python equality (1 == 1.0 == True; list == list element-wise; 'a' == Markup('a')).
    bool equals(const Value &other) const
    {
        // Strings are the usual operands (`in` tests, dict keys): compared inline, and short
        // ones (most) without a call.
        if (isString() && other.isString())
            return equalShortText(text(), other.text());
        return equalsOther(other);
    }
    // Whether the value may be a dict key (Python hashable); lists and dicts are not.
    bool isHashable() const;
    std::size_t hash() const;
    // The shared heap object behind a long string, container, callable or host object (its
    // identity, as Python's id()); null for scalars and short strings.
    const void *identity() const { return hasHeap() ? heap() : nullptr; }
    // Whether the heap object has other references besides this one (false for inline values).
    bool isShared() const { return hasHeap() && heap()->isShared(); }
    // Same object (Python `is`), for containers; equal scalars and short strings for the rest.
    bool sameAs(const Value &other) const;

private:
    // ValueKind, with strings split by where their text is stored.
    enum class Tag : std::uint8_t {
        None,
        Bool,
        Int,
        Float,
        ShortString,
        HeapString,
        List,
        Tuple,
        Dict,
        Callable,
        Object,
        Undefined,
    };
    // Sixteen bytes: the tag, the safe flag, then either a short string (its size, then its
    // bytes) or, in the last eight bytes where it is aligned, the payload of every other kind
    // (bool, integer, double or heap pointer). Trivially copyable, so a copy is two moves.
    struct Representation
    {
        Tag tag = Tag::None;
        bool safe = false;
        unsigned char data[14];
    };
    static constexpr std::size_t kPayloadOffset = 6;

    // Takes over a reference to `heap` that the caller owns.
    explicit Value(Tag tag, const RefCounted *heap, bool safe = false) noexcept;
    // The first reference to a heap object just created.
    static Value adoptNew(Tag tag, const RefCounted *fresh, bool safe = false) noexcept;
    bool equalsOther(const Value &other) const;
    bool truthyOther() const;
    // Every tag from HeapString on is a heap object (Undefined values carry their message):
    // one comparison, made for every copy and destruction of a value.
    bool hasHeap() const { return m_repr.tag >= Tag::HeapString; }

    template<typename T> T payload() const
    {
        T value;
        std::memcpy(&value, m_repr.data + kPayloadOffset, sizeof value);
        return value;
    }
    template<typename T> void setPayload(T value)
    {
        std::memcpy(m_repr.data + kPayloadOffset, &value, sizeof value);
    }
    const RefCounted *heap() const { return payload<const RefCounted *>(); }

    Representation m_repr;
};
static_assert(sizeof(Value) == 16);

namespace Detail {
struct StringData final : RefCounted
{
    explicit StringData(std::string value)
        : text(std::move(value))
    { }
    std::string text;
};
struct SequenceData final : RefCounted
{
    explicit SequenceData(std::vector<Value> values)
        : items(std::move(values))
    { }
    ~SequenceData() override;
    std::vector<Value> items;
};
// Destroys nested containers from a work list rather than recursively, so that a structure
// nested a million deep cannot overflow the stack when it dies.
void releaseIteratively(std::vector<Value> &values);
// How many containers are dying recursively, one inside the other, on this thread.
inline thread_local int shallowReleaseDepth = 0;
// Lets the values of a dying container die recursively, as any destructor's do, while the
// containers dying around it are few: the work list is needed only deeper down, and costs an
// allocation. entered() is false at that depth.
class ShallowRelease
{
public:
    ShallowRelease()
        : m_entered(shallowReleaseDepth < kMaxDepth)
    {
        shallowReleaseDepth += m_entered;
    }
    ~ShallowRelease() { shallowReleaseDepth -= m_entered; }
    ShallowRelease(const ShallowRelease &) = delete;
    ShallowRelease &operator=(const ShallowRelease &) = delete;
    bool entered() const { return m_entered; }

private:
    static constexpr int kMaxDepth = 32;
    bool m_entered;
};
// Whether destroying the value may destroy further values (a container, callable or object),
// so that it must go through releaseIteratively().
inline bool ownsValues(const Value &value)
{
    return value.isSequence() || value.isDict() || value.isCallable() || value.isObject();
}
struct UndefinedData final : RefCounted
{
    explicit UndefinedData(std::string text)
        : message(std::move(text))
    { }
    std::string message;
};
} // namespace Detail

inline std::string_view Value::text() const
{
    if (m_repr.tag == Tag::ShortString)
        return {reinterpret_cast<const char *>(m_repr.data + 1), m_repr.data[0]};
    return static_cast<const Detail::StringData *>(heap())->text;
}
inline std::vector<Value> &Value::items() const
{
    return const_cast<Detail::SequenceData *>(static_cast<const Detail::SequenceData *>(heap()))
        ->items;
}
inline Value::Value(Tag tag, const RefCounted *heap, bool safe) noexcept
{
    m_repr.tag = tag;
    m_repr.safe = safe;
    setPayload(heap);
}
inline Value Value::adoptNew(Tag tag, const RefCounted *fresh, bool safe) noexcept
{
    fresh->adoptFirstReference();
    return Value(tag, fresh, safe);
}
inline Value Value::boolean(bool value)
{
    Value result;
    result.m_repr.tag = Tag::Bool;
    result.setPayload(value);
    return result;
}
inline Value Value::integer(std::int64_t value)
{
    Value result;
    result.m_repr.tag = Tag::Int;
    result.setPayload(value);
    return result;
}
inline Value Value::number(double value)
{
    Value result;
    result.m_repr.tag = Tag::Float;
    result.setPayload(value);
    return result;
}
inline const std::string &Value::undefinedMessage() const
{
    return static_cast<const Detail::UndefinedData *>(heap())->message;
}

inline Value::Value(const Value &other) noexcept
    : m_repr(other.m_repr)
{
    if (hasHeap())
        heap()->retain();
}
inline Value::Value(Value &&other) noexcept
    : m_repr(other.m_repr)
{
    other.m_repr.tag = Tag::None;
}
inline Value &Value::operator=(const Value &other) noexcept
{
    if (this != &other) {
        if (other.hasHeap())
            other.heap()->retain();
        if (hasHeap())
            heap()->release();
        m_repr = other.m_repr;
    }
    return *this;
}
inline Value &Value::operator=(Value &&other) noexcept
{
    if (this != &other) {
        if (hasHeap())
            heap()->release();
        m_repr = other.m_repr;
        other.m_repr.tag = Tag::None;
    }
    return *this;
}
inline Value::~Value()
{
    if (hasHeap())
        heap()->release();
}

// A failure raised by a native function or a built-in operation. The location is filled in by
// the interpreter from the expression being evaluated.
inline Failure<Error> failure(std::string_view message)
{
    return fail(Error{{}, 0, 0, QString::fromUtf8(message.data(), qsizetype(message.size()))});
}

// Python's float repr (shortest round-trip: 0.1, 1e+20, inf, nan).
std::string formatFloat(double value);
// Python's repr of a str: quotes chosen as Python does, escapes for control characters.
void appendStringRepr(std::string &out, std::string_view text);

} // namespace Trellis::Core::Jinja
