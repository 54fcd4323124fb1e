#pragma once

#include "core/jinja/shorttext.h"
#include "core/jinja/value.h"

#include <functional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace Trellis::Core::Jinja {

// Python's dict: insertion-ordered, keyed by hashable Values (strings, numbers, booleans, None,
// tuples) with Python's key equality (1, 1.0 and True are the same key). Every key's hash is
// kept beside it; small dicts are searched linearly by hash, and an index is built once a dict
// grows past a few entries. Not synchronised.
class Dict final : public RefCounted
{
public:
    using Entry = std::pair<Value, Value>;

    Dict() = default;
    explicit Dict(std::vector<Entry> entries);
    ~Dict() override;

    const Value *find(const Value &key) const;
    const Value *find(std::string_view key) const
    {
        return find(key, std::hash<std::string_view>{}(key));
    }
    // With the key's hash precomputed (as Value::hash() of the string would give it).
    const Value *find(std::string_view key, std::size_t hash) const;
    // Inserts, or replaces the value of an existing key in place (its position is kept).
    void set(Value key, Value value);
    // The same with the key's hash (Value::hash()) precomputed.
    void set(Value key, std::size_t hash, Value value);
    void set(std::string_view key, Value value);
    // The same with std::hash of the key precomputed (names in templates are hashed when parsed).
    void set(std::string_view key, std::size_t hash, Value value);
    // Makes room for `size` entries in all.
    void reserve(std::size_t size);
    bool remove(const Value &key, Value *removedValue = nullptr);
    void clear();

    std::size_t size() const { return m_entries.size(); }
    bool empty() const { return m_entries.empty(); }
    const std::vector<Entry> &entries() const { return m_entries; }

private:
    static constexpr std::size_t kLinearSearchLimit = 8;

    std::ptrdiff_t position(const Value &key, std::size_t hash) const;
    std::ptrdiff_t position(std::string_view key, std::size_t hash) const;
    // Whether entry `i` has the string key `key` (its hash already matched).
    bool hasStringKey(std::size_t i, std::string_view key) const
    {
        const Value &candidate = m_entries[i].first;
        return candidate.isString() && equalShortText(candidate.text(), key);
    }
    // The first entry with the hash `hash` (the search of a dict without an index), else size().
    std::size_t firstWithHash(std::size_t hash) const
    {
        const std::size_t size = m_hashes.size();
        std::size_t i = 0;
        while (i < size && m_hashes[i] != hash)
            ++i;
        return i;
    }
    std::ptrdiff_t indexedPosition(std::string_view key, std::size_t hash) const;
    std::ptrdiff_t positionAfter(std::string_view key, std::size_t hash, std::size_t first) const;
    // find()'s rare paths, out of line and returning what find() returns, so that find() passes
    // on to them without a frame of its own (with one, saving its registers would cost about as
    // much as its search).
    [[gnu::noinline]] const Value *findIndexed(std::string_view key, std::size_t hash) const;
    [[gnu::noinline]] const Value *findAfter(std::string_view key, std::size_t hash,
                                             std::size_t first) const;
    const Value *valueAt(std::ptrdiff_t position) const
    {
        return position < 0 ? nullptr : &m_entries[std::size_t(position)].second;
    }
    // Adds an entry whose key is not in the dict yet.
    void append(Value key, std::size_t hash, Value value);
    void rebuildIndex();

    std::vector<Entry> m_entries;
    std::vector<std::size_t> m_hashes; // m_hashes[i] is the hash of m_entries[i].first
    std::unordered_multimap<std::size_t, std::size_t> m_index; // key hash → entry position
};

inline Dict &Value::asDict() const
{
    return const_cast<Dict &>(static_cast<const Dict &>(*heap()));
}

} // namespace Trellis::Core::Jinja
