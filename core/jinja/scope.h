#pragma once

#include "core/jinja/ast.h"
#include "core/jinja/shorttext.h"
#include "core/jinja/value.h"

#include <cstdint>
#include <memory>
#include <string_view>

namespace Trellis::Core::Jinja {

// One level of template variables (the template's top level, a loop body, a macro call),
// linked to the enclosing level. Its slots follow a layout the parser fixed (see
// NameResolver), so reading a variable is following a SlotRef, not searching by name. Small
// scopes keep their slots inline (a macro call or loop allocates nothing for them). The layout
// belongs to the template, which the owner of the scope keeps alive. Used by one render at a
// time.
class Scope
{
public:
    Scope(const Ast::FrameLayout &layout, const Scope *parent)
        : m_layout(&layout)
        , m_parent(parent)
        , m_size(layout.size())
    {
        // Only the slots the layout has are built (a loop body or macro call has a few).
        std::uninitialized_default_construct_n(m_inline, inlineSize());
        if (m_size > kInline)
            m_overflow = std::make_unique<Slot[]>(m_size - kInline);
    }
    ~Scope() { std::destroy_n(m_inline, inlineSize()); }
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

    // The variable `ref` leads to, from this scope out; null when no scope on the way holds it.
    const Value *find(Ast::SlotRef ref) const { return follow(ref, true); }
    // The same, but stopping short of the top level (what a macro copies from around it).
    const Value *findBelowTopLevel(Ast::SlotRef ref) const { return follow(ref, false); }

    // A variable of this level only, by name (a module's macros are read this way).
    const Value *findLocal(std::string_view name) const
    {
        for (std::size_t i = 0; i < m_size; ++i) {
            if (slot(i).bound && equalShortText(m_layout->names[i], name))
                return &slot(i).value;
        }
        return nullptr;
    }

    // This level's own variable in `index`, bound or not.
    const Value *local(std::uint32_t index) const
    {
        const Slot &held = slot(index);
        return held.bound ? &held.value : nullptr;
    }

    void set(std::uint32_t index, Value value)
    {
        Slot &held = slot(index);
        held.value = std::move(value);
        held.bound = true;
    }

    // Unbinds the variables in slots `first` and after.
    void clearFrom(std::uint32_t first)
    {
        for (std::size_t i = first; i < m_size; ++i) {
            Slot &held = slot(i);
            if (held.bound) {
                held.value = Value();
                held.bound = false;
            }
        }
    }

    const Scope *parent() const { return m_parent; }

    // Visits the variables bound at this level only.
    template<typename Visit> void forEachValue(Visit &&visit) const
    {
        for (std::size_t i = 0; i < m_size; ++i) {
            if (slot(i).bound)
                visit(slot(i).value);
        }
    }

private:
    struct Slot
    {
        Value value;
        bool bound = false;
    };
    static constexpr std::size_t kInline = 8;

    const Value *follow(Ast::SlotRef ref, bool includeTopLevel) const
    {
        const Scope *scope = this;
        while (ref.valid()) {
            for (std::uint32_t hops = ref.hops; hops > 0; --hops)
                scope = scope->m_parent;
            if (!includeTopLevel && scope->m_layout->topLevel)
                return nullptr;
            const Slot &slot = scope->slot(ref.slot);
            if (slot.bound)
                return &slot.value;
            ref = scope->m_layout->outer[ref.slot];
        }
        return nullptr;
    }

    const Slot &slot(std::size_t index) const
    {
        return index < kInline ? m_inline[index] : m_overflow[index - kInline];
    }
    Slot &slot(std::size_t index)
    {
        return index < kInline ? m_inline[index] : m_overflow[index - kInline];
    }

    std::size_t inlineSize() const { return m_size < kInline ? m_size : kInline; }

    const Ast::FrameLayout *m_layout;
    const Scope *m_parent;
    std::size_t m_size;
    union {
        Slot m_inline[kInline]; // the first inlineSize() are alive
    };
    std::unique_ptr<Slot[]> m_overflow;
};

} // namespace Trellis::Core::Jinja
