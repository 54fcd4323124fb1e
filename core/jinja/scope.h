#pragma once

#include "core/jinja/value.h"

#include <functional>
#include <string_view>
#include <vector>

namespace Trellis::Core::Jinja {

// One level of template variables (the template's top level, a loop body, a macro call),
// linked to the enclosing level. Names are views into the syntax tree that assigned them (or
// static strings such as "loop"), which the owner of the scope keeps alive; the precomputed
// hash makes lookups a comparison of integers in the common case. Scopes are small, so the
// first few variables live inline (a macro call or loop allocates nothing for them) and a
// linear search beats a hash map. Used by one render at a time.
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
        for (const Scope *scope = this; scope; scope = scope->m_parent) {
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
        if (m_inlineCount < kInline)
            m_inline[m_inlineCount++] = Entry{name, hash, std::move(value)};
        else
            m_overflow.push_back(Entry{name, hash, std::move(value)});
    }

    void clear()
    {
        for (std::size_t i = 0; i < m_inlineCount; ++i)
            m_inline[i].value = Value();
        m_inlineCount = 0;
        m_overflow.clear();
    }

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

    const Entry *findLocal(std::string_view name, std::size_t hash) const
    {
        for (std::size_t i = 0; i < m_inlineCount; ++i) {
            if (m_inline[i].hash == hash && m_inline[i].name == name)
                return &m_inline[i];
        }
        for (const Entry &entry : m_overflow) {
            if (entry.hash == hash && entry.name == name)
                return &entry;
        }
        return nullptr;
    }

    const Scope *m_parent;
    std::size_t m_inlineCount = 0;
    Entry m_inline[kInline];
    std::vector<Entry> m_overflow;
};

} // namespace Trellis::Core::Jinja
