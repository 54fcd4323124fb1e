#pragma once

#include "core/jinja/shorttext.h"
#include "core/jinja/value.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace Trellis::Core::Jinja {

// One level of template variables (the template's top level, a loop body, a macro call),
// linked to the enclosing level. Names are views into the syntax tree that assigned them (or
// static strings such as "loop"), which the owner of the scope keeps alive; the precomputed
// hash makes lookups a comparison of integers in the common case. Scopes are small, so the
// first few variables live inline (a macro call or loop allocates nothing for them) and a
// linear search beats a hash map. A one-word summary of the hashes a level holds lets a lookup
// pass over levels that cannot hold the name (most lookups of context variables and globals
// cross every level and find nothing). Used by one render at a time.
class Scope
{
public:
    struct Entry
    {
        std::string_view name;
        std::size_t hash = 0;
        Value value;
    };

    explicit Scope(const Scope *parent = nullptr)
        : m_parent(parent)
    { }
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

    const Value *find(std::string_view name, std::size_t hash) const
    {
        const std::uint64_t bit = summaryBit(hash);
        for (const Scope *scope = this; scope; scope = scope->m_parent) {
            if (!(scope->m_summary & bit))
                continue;
            if (const Entry *entry = scope->findLocal(name, hash))
                return &entry->value;
        }
        return nullptr;
    }

    void set(std::string_view name, std::size_t hash, Value value)
    {
        if (Entry *entry = const_cast<Entry *>(findLocal(name, hash))) {
            entry->value = std::move(value);
            return;
        }
        m_summary |= summaryBit(hash);
        if (m_inlineCount < kInline) {
            m_inline[m_inlineCount++] = Entry{name, hash, std::move(value)};
            return;
        }
        // A level that outgrows the inline entries (a template's top level with its macros, a
        // macro with many parameters) usually holds a dozen or more: room for them at once.
        if (m_overflow.capacity() == 0)
            m_overflow.reserve(kFirstOverflow);
        m_overflow.push_back(Entry{name, hash, std::move(value)});
    }

    // Forgets every variable but the first `count` set (a loop keeps `loop` from one
    // iteration to the next, saving its reference count the traffic).
    void truncate(std::size_t count)
    {
        if (count >= m_inlineCount + m_overflow.size())
            return;
        m_overflow.resize(count > kInline ? count - kInline : 0);
        for (std::size_t i = count; i < m_inlineCount; ++i)
            m_inline[i].value = Value();
        m_inlineCount = std::min(m_inlineCount, count);
        m_summary = 0;
        for (std::size_t i = 0; i < m_inlineCount; ++i)
            m_summary |= summaryBit(m_inline[i].hash);
        for (const Entry &entry : m_overflow)
            m_summary |= summaryBit(entry.hash);
    }
    void clear() { truncate(0); }

    const Scope *parent() const { return m_parent; }

    // Visits the variables of this level only, in the order they were first set.
    void forEach(const std::function<void(const Entry &)> &visit) const
    {
        for (std::size_t i = 0; i < m_inlineCount; ++i)
            visit(m_inline[i]);
        for (const Entry &entry : m_overflow)
            visit(entry);
    }

private:
    static constexpr std::size_t kInline = 4;
    static constexpr std::size_t kFirstOverflow = 12;

    // The hash's bit in the summary: the top bits, as the low ones also pick hash buckets.
    static std::uint64_t summaryBit(std::size_t hash) { return std::uint64_t(1) << (hash >> 58); }

    const Entry *findLocal(std::string_view name, std::size_t hash) const
    {
        if (!(m_summary & summaryBit(hash)))
            return nullptr;
        for (std::size_t i = 0; i < m_inlineCount; ++i) {
            if (m_inline[i].hash == hash && equalShortText(m_inline[i].name, name))
                return &m_inline[i];
        }
        for (const Entry &entry : m_overflow) {
            if (entry.hash == hash && equalShortText(entry.name, name))
                return &entry;
        }
        return nullptr;
    }

    const Scope *m_parent;
    std::uint64_t m_summary = 0; // summaryBit() of every name set here
    std::size_t m_inlineCount = 0;
    Entry m_inline[kInline];
    std::vector<Entry> m_overflow;
};

} // namespace Trellis::Core::Jinja
