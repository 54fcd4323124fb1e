#include "dict.h"

#include <algorithm>
#include <functional>

namespace Trellis::Core::Jinja {

namespace {
constexpr std::size_t kFirstCapacity = 4;
} // namespace

Dict::Dict(std::vector<Entry> entries)
{
    m_entries.reserve(entries.size());
    for (auto &[key, value] : entries)
        set(std::move(key), std::move(value));
}

Dict::~Dict()
{
    // Only values that are containers themselves need the iterative release (keys never are).
    const bool nested = std::any_of(m_entries.begin(), m_entries.end(), [](const Entry &entry) {
        return Detail::ownsValues(entry.second);
    });
    if (!nested)
        return;
    if (const Detail::ShallowRelease shallow; shallow.entered()) {
        m_entries.clear();
        return;
    }
    std::vector<Value> values;
    values.reserve(m_entries.size());
    for (auto &entry : m_entries)
        values.push_back(std::move(entry.second));
    Detail::releaseIteratively(values);
}

std::ptrdiff_t Dict::position(const Value &key, std::size_t hash) const
{
    if (m_index.empty()) {
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            if (m_hashes[i] == hash && m_entries[i].first.equals(key))
                return std::ptrdiff_t(i);
        }
        return -1;
    }
    const auto [begin, end] = m_index.equal_range(hash);
    for (auto it = begin; it != end; ++it) {
        if (m_entries[it->second].first.equals(key))
            return std::ptrdiff_t(it->second);
    }
    return -1;
}

std::ptrdiff_t Dict::position(std::string_view key, std::size_t hash) const
{
    // Small dicts (nearly every one a template reads) are scanned, for the first entry with the
    // hash; its key confirms it, or (a collision) the search goes on.
    if (!m_index.empty())
        return indexedPosition(key, hash);
    const std::size_t i = firstWithHash(hash);
    if (i == m_hashes.size())
        return -1;
    if (hasStringKey(i, key))
        return std::ptrdiff_t(i);
    return positionAfter(key, hash, i + 1);
}

std::ptrdiff_t Dict::positionAfter(std::string_view key, std::size_t hash, std::size_t first) const
{
    for (std::size_t i = first; i < m_hashes.size(); ++i) {
        if (m_hashes[i] == hash && hasStringKey(i, key))
            return std::ptrdiff_t(i);
    }
    return -1;
}

std::ptrdiff_t Dict::indexedPosition(std::string_view key, std::size_t hash) const
{
    const auto [begin, end] = m_index.equal_range(hash);
    for (auto it = begin; it != end; ++it) {
        if (hasStringKey(it->second, key))
            return std::ptrdiff_t(it->second);
    }
    return -1;
}

const Value *Dict::find(const Value &key) const
{
    return valueAt(position(key, key.hash()));
}

const Value *Dict::find(std::string_view key, std::size_t hash) const
{
    // Every attribute a template reads comes here, so the search takes no stack frame: a key up
    // to kInlineTextSize bytes is confirmed here; longer keys (memcmp), a colliding hash and
    // indexed dicts are passed on to functions of their own.
    if (!m_index.empty())
        return findIndexed(key, hash);
    const std::size_t i = firstWithHash(hash);
    if (i == m_hashes.size())
        return nullptr;
    const Value &candidate = m_entries[i].first;
    if (key.size() <= kInlineTextSize && candidate.isString()) {
        const std::string_view text = candidate.text();
        if (text.size() == key.size() && Detail::equalInline(text.data(), key.data(), key.size()))
            return &m_entries[i].second;
    }
    return findAfter(key, hash, i);
}

const Value *Dict::findIndexed(std::string_view key, std::size_t hash) const
{
    return valueAt(indexedPosition(key, hash));
}

const Value *Dict::findAfter(std::string_view key, std::size_t hash, std::size_t first) const
{
    return valueAt(positionAfter(key, hash, first));
}

void Dict::set(Value key, Value value)
{
    const std::size_t hash = key.hash();
    set(std::move(key), hash, std::move(value));
}

void Dict::set(Value key, std::size_t hash, Value value)
{
    if (const std::ptrdiff_t at = position(key, hash); at >= 0) {
        m_entries[std::size_t(at)].second = std::move(value);
        return;
    }
    append(std::move(key), hash, std::move(value));
}

void Dict::set(std::string_view key, Value value)
{
    set(key, std::hash<std::string_view>{}(key), std::move(value));
}

void Dict::set(std::string_view key, std::size_t hash, Value value)
{
    // Assigning a key that exists (a namespace attribute set in a loop) builds no key string.
    if (const std::ptrdiff_t at = position(key, hash); at >= 0) {
        m_entries[std::size_t(at)].second = std::move(value);
        return;
    }
    append(Value::stringCopy(key), hash, std::move(value));
}

void Dict::reserve(std::size_t size)
{
    m_entries.reserve(size);
    m_hashes.reserve(size);
}

void Dict::append(Value key, std::size_t hash, Value value)
{
    if (m_entries.capacity() == 0) {
        // Most dicts built by templates (literals, keyword arguments) hold a few entries:
        // room for them at once, rather than growing one entry at a time.
        m_entries.reserve(kFirstCapacity);
        m_hashes.reserve(kFirstCapacity);
    }
    m_entries.emplace_back(std::move(key), std::move(value));
    m_hashes.push_back(hash);
    if (!m_index.empty())
        m_index.emplace(hash, m_entries.size() - 1);
    else if (m_entries.size() > kLinearSearchLimit)
        rebuildIndex();
}

bool Dict::remove(const Value &key, Value *removedValue)
{
    const std::ptrdiff_t at = position(key, key.hash());
    if (at < 0)
        return false;
    if (removedValue)
        *removedValue = std::move(m_entries[std::size_t(at)].second);
    m_entries.erase(m_entries.begin() + at);
    m_hashes.erase(m_hashes.begin() + at);
    // Positions after the removed entry shifted; removals are rare enough to re-index.
    m_index.clear();
    if (m_entries.size() > kLinearSearchLimit)
        rebuildIndex();
    return true;
}

void Dict::clear()
{
    m_entries.clear();
    m_hashes.clear();
    m_index.clear();
}

void Dict::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_entries.size() * 2);
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        m_index.emplace(m_hashes[i], i);
}

} // namespace Trellis::Core::Jinja
