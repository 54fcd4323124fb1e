#pragma once

#include "core/jinja/refcounted.h"
#include "core/util/result.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace Trellis::Core::Jinja {

class Callable;
class Dict;
class Object;

enum class ValueKind : std::uint8_t {
    Undefined,
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
};

// A Jinja value with Python's semantics: what prints, compares and hashes like the Python
// object Jinja2 would hold. Scalars live inline; strings, lists, tuples, dicts, callables and
// host objects are shared heap objects, so copying a Value is cheap and lists and dicts have
// Python's reference semantics (an .append() is seen through every name bound to the list).
// Strings are UTF-8; a string may carry the "safe" flag of Jinja2's Markup. Values are not
// synchronised: a list mutated by one render must not be shared with another running render.
class Value
{
public:
    Value() noexcept
        : m_kind(ValueKind::None)
    {
        m_heap = nullptr;
    }
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
    static Value list(std::vector<Value> items = {});
    static Value tuple(std::vector<Value> items);
    static Value dict(Ref<Dict> dict);
    static Value emptyDict();
    static Value callable(Ref<Callable> callable);
    static Value object(Ref<Object> object);

    ValueKind kind() const { return m_kind; }
    bool isUndefined() const { return m_kind == ValueKind::Undefined; }
    bool isNone() const { return m_kind == ValueKind::None; }
    bool isBool() const { return m_kind == ValueKind::Bool; }
    bool isInt() const { return m_kind == ValueKind::Int; }
    bool isFloat() const { return m_kind == ValueKind::Float; }
    // int, float or bool: the types Python's arithmetic accepts.
    bool isNumber() const
    {
        return m_kind == ValueKind::Int || m_kind == ValueKind::Float || m_kind == ValueKind::Bool;
    }
    bool isString() const { return m_kind == ValueKind::String; }
    bool isList() const { return m_kind == ValueKind::List; }
    bool isTuple() const { return m_kind == ValueKind::Tuple; }
    bool isSequence() const { return m_kind == ValueKind::List || m_kind == ValueKind::Tuple; }
    bool isDict() const { return m_kind == ValueKind::Dict; }
    bool isCallable() const { return m_kind == ValueKind::Callable; }
    bool isObject() const { return m_kind == ValueKind::Object; }
    bool isSafe() const { return m_safe; }

    bool asBool() const { return m_bool; }
    std::int64_t asInt() const { return m_kind == ValueKind::Bool ? m_bool : m_int; }
    double asFloat() const
    {
        return m_kind == ValueKind::Float ? m_float : static_cast<double>(asInt());
    }
    const std::string &asString() const;
    std::string_view text() const { return asString(); }
    // The elements of a list or tuple; mutable only for lists (tuples are never changed).
    std::vector<Value> &items() const;
    Dict &asDict() const;
    const Callable &asCallable() const;
    Object &asObject() const;
    const std::string &undefinedMessage() const;

    // Python truthiness (Undefined is falsy).
    bool truthy() const;
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
    bool equals(const Value &other) const;
    // Whether the value may be a dict key (Python hashable); lists and dicts are not.
    bool isHashable() const;
    std::size_t hash() const;
    // The shared heap object behind a string, container, callable or host object (its
    // identity, as Python's id()); null for scalars.
    const void *identity() const { return hasHeap() ? m_heap : nullptr; }
    // Whether the heap object has other references besides this one (false for scalars).
    bool isShared() const { return hasHeap() && m_heap->isShared(); }
    // Same object (Python `is`), for containers; equal scalars for the rest.
    bool sameAs(const Value &other) const;

private:
    // Takes over a reference to `heap` that the caller owns.
    explicit Value(ValueKind kind, const RefCounted *heap, bool safe = false) noexcept;
    // The first reference to a heap object just created.
    static Value adoptNew(ValueKind kind, const RefCounted *fresh, bool safe = false) noexcept;
    // Undefined values always carry their message; every kind from String on is a heap object.
    bool hasHeap() const { return m_kind >= ValueKind::String || m_kind == ValueKind::Undefined; }

    ValueKind m_kind;
    bool m_safe = false;
    union {
        bool m_bool;
        std::int64_t m_int;
        double m_float;
        const RefCounted *m_heap;
    };
};

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

inline const std::string &Value::asString() const
{
    return static_cast<const Detail::StringData *>(m_heap)->text;
}
inline std::vector<Value> &Value::items() const
{
    return const_cast<Detail::SequenceData *>(static_cast<const Detail::SequenceData *>(m_heap))
        ->items;
}
inline const std::string &Value::undefinedMessage() const
{
    return static_cast<const Detail::UndefinedData *>(m_heap)->message;
}

inline Value::Value(const Value &other) noexcept
    : m_kind(other.m_kind)
    , m_safe(other.m_safe)
{
    m_int = other.m_int;
    if (hasHeap())
        m_heap->retain();
}
inline Value::Value(Value &&other) noexcept
    : m_kind(other.m_kind)
    , m_safe(other.m_safe)
{
    m_int = other.m_int;
    other.m_kind = ValueKind::None;
}
inline Value &Value::operator=(const Value &other) noexcept
{
    if (this != &other) {
        if (other.hasHeap())
            other.m_heap->retain();
        if (hasHeap())
            m_heap->release();
        m_kind = other.m_kind;
        m_safe = other.m_safe;
        m_int = other.m_int;
    }
    return *this;
}
inline Value &Value::operator=(Value &&other) noexcept
{
    if (this != &other) {
        if (hasHeap())
            m_heap->release();
        m_kind = other.m_kind;
        m_safe = other.m_safe;
        m_int = other.m_int;
        other.m_kind = ValueKind::None;
    }
    return *this;
}
inline Value::~Value()
{
    if (hasHeap())
        m_heap->release();
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
