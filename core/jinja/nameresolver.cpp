#include "nameresolver.h"

#include <unordered_map>

namespace Trellis::Core::Jinja {

using namespace Ast;

namespace {

constexpr std::string_view kLoop = "loop";
constexpr std::string_view kCaller = "caller";
constexpr std::string_view kVarargs = "varargs";
constexpr std::string_view kKeywords = "kwargs";

// A scope being laid out.
struct Frame
{
    // Searched linearly up to this many names, through an index beyond (a template's top
    // level may define hundreds of macros).
    static constexpr std::size_t kLinearSearchLimit = 16;
    static constexpr std::size_t kFirstCapacity = 4;

    Frame(FrameLayout &layout, Frame *parent, Frame *definedIn = nullptr, Macro *macro = nullptr)
        : layout(layout)
        , parent(parent)
        , definedIn(definedIn)
        , macro(macro)
    { }

    std::uint32_t find(std::string_view name) const
    {
        if (!index.empty()) {
            const auto found = index.find(name);
            return found == index.end() ? SlotRef::kNone : found->second;
        }
        for (std::size_t slot = 0; slot < layout.size(); ++slot) {
            if (layout.names[slot] == name)
                return std::uint32_t(slot);
        }
        return SlotRef::kNone;
    }

    std::uint32_t append(std::string_view name)
    {
        const auto slot = std::uint32_t(layout.size());
        // Most scopes hold a handful of names: room for them at once.
        if (slot == 0) {
            layout.names.reserve(kFirstCapacity);
            layout.outer.reserve(kFirstCapacity);
        }
        layout.names.push_back(name);
        layout.outer.emplace_back();
        if (!index.empty()) {
            index.emplace(name, slot);
        } else if (layout.size() > kLinearSearchLimit) {
            for (std::uint32_t i = 0; i < layout.size(); ++i)
                index.emplace(layout.names[i], i);
        }
        return slot;
    }

    FrameLayout &layout;
    // A slot whose reads are noted (a loop body's `loop`), and whether any read it.
    std::uint32_t watchedSlot = SlotRef::kNone;
    bool watchedSlotRead = false;
    Frame *parent; // the scope's parent at run time: for a macro, its template's top level
    Frame *definedIn; // a macro's: where the macro is defined, which it copies variables from
    Macro *macro; // a macro's: where its captures are noted
    std::unordered_map<std::string_view, std::uint32_t> index;
};

class Resolution
{
public:
    FrameLayout resolveTemplate(Body &body)
    {
        FrameLayout layout;
        layout.topLevel = true;
        Frame top(layout, nullptr);
        m_top = &top;
        bindAssignments(body, top);
        resolveBody(body, top);
        m_top = nullptr;
        return layout;
    }

private:
    // Where reading `name` from `frame` finds it first; the top level only when asked (a
    // macro copies nothing from the top level: it sees it live).
    SlotRef lookup(Frame *frame, std::string_view name, bool includeTopLevel)
    {
        for (std::uint32_t hops = 0; frame; frame = frame->parent, ++hops) {
            if (frame->layout.topLevel && !includeTopLevel)
                return {};
            std::uint32_t slot = frame->find(name);
            // A macro holds, besides its own variables, those it copies from around its
            // definition: a slot for each it reads.
            if (slot == SlotRef::kNone) {
                if (const SlotRef source = copySource(*frame, name); source.valid())
                    slot = addSlot(*frame, name, source);
            }
            if (slot != SlotRef::kNone) {
                if (slot == frame->watchedSlot)
                    frame->watchedSlotRead = true;
                return {hops, slot};
            }
        }
        return {};
    }

    // Where a macro's scope copies `name` from when called (invalid for other scopes, and for
    // names nothing around the macro's definition holds).
    SlotRef copySource(Frame &frame, std::string_view name)
    {
        return frame.macro ? lookup(frame.definedIn, name, false) : SlotRef();
    }

    std::uint32_t addSlot(Frame &frame, std::string_view name, SlotRef copiedFrom)
    {
        const std::uint32_t slot = frame.append(name);
        SlotRef outer = lookup(frame.parent, name, true);
        if (outer.valid())
            ++outer.hops;
        frame.layout.outer[slot] = outer;
        if (copiedFrom.valid())
            frame.macro->captures.push_back({slot, copiedFrom});
        return slot;
    }

    // `alwaysBound`: every call binds the slot (a parameter), so copying a value into it
    // beforehand would be wasted.
    std::uint32_t bind(Frame &frame, std::string_view name, bool alwaysBound = false)
    {
        const std::uint32_t slot = frame.find(name);
        if (slot != SlotRef::kNone)
            return slot;
        return addSlot(frame, name, alwaysBound ? SlotRef() : copySource(frame, name));
    }

    void bindTarget(Expression &target, Frame &frame)
    {
        if (target.kind == ExpressionKind::Name) {
            auto &name = static_cast<Name &>(target);
            name.slot = {0, bind(frame, name.name)};
        } else if (target.kind == ExpressionKind::Tuple) {
            for (auto &item : static_cast<Sequence &>(target).items)
                bindTarget(*item, frame);
        }
        // `set ns.attr`: assigns no variable; the namespace is read (see readTarget()).
    }

    // The slots of what a body assigns in its own scope (not in the scopes of its loops,
    // blocks and macros), so that every read in the scope knows them, wherever it is.
    void bindAssignments(Body &body, Frame &frame)
    {
        for (auto &statement : body) {
            switch (statement->kind) {
            case StatementKind::Set:
                bindTarget(*static_cast<Set &>(*statement).target, frame);
                break;
            case StatementKind::SetBlock:
                bindTarget(*static_cast<SetBlock &>(*statement).target, frame);
                break;
            case StatementKind::Macro: {
                auto &macro = static_cast<Macro &>(*statement);
                macro.bindingSlot = bind(frame, macro.callableName);
                break;
            }
            case StatementKind::If: {
                auto &conditional = static_cast<If &>(*statement);
                for (auto &branch : conditional.branches)
                    bindAssignments(branch.body, frame);
                bindAssignments(conditional.otherwise, frame);
                break;
            }
            default:
                break;
            }
        }
    }

    void read(Expression &expression, Frame &frame)
    {
        if (expression.kind == ExpressionKind::Name) {
            auto &name = static_cast<Name &>(expression);
            name.slot = lookup(&frame, name.name, true);
            return;
        }
        forEachSubexpression(expression, [&](Expression &part) { read(part, frame); });
    }

    void readTarget(Expression &target, Frame &frame)
    {
        if (target.kind == ExpressionKind::Attribute)
            read(*static_cast<Attribute &>(target).object, frame);
    }

    // A body that runs in a new scope of its own, child of `parent`.
    void resolveNestedBody(Body &body, FrameLayout &layout, Frame &parent)
    {
        Frame frame(layout, &parent);
        bindAssignments(body, frame);
        resolveBody(body, frame);
    }

    void resolveFor(For &loop, Frame &frame)
    {
        read(*loop.iterable, frame);
        if (loop.filter) {
            Frame clause(loop.clauseFrame, &frame);
            bindTarget(*loop.target, clause);
            read(*loop.filter, clause);
        }
        // Bound first in both scopes, the target's names take the same slots in each.
        Frame body(loop.bodyFrame, &frame);
        bindTarget(*loop.target, body);
        loop.loopSlot = bind(body, kLoop);
        loop.firstBodySlot = std::uint32_t(loop.bodyFrame.size());
        body.watchedSlot = loop.loopSlot;
        bindAssignments(loop.body, body);
        resolveBody(loop.body, body);
        loop.readsLoop = body.watchedSlotRead;
        resolveNestedBody(loop.otherwise, loop.otherwiseFrame, frame);
    }

    void resolveMacro(Macro &macro, Frame &definedIn)
    {
        Frame frame(macro.frame, m_top, &definedIn, &macro);
        for (Parameter &parameter : macro.parameters)
            parameter.slot = bind(frame, parameter.name, true);
        if (macro.usesVarargs)
            macro.varargsSlot = bind(frame, kVarargs, true);
        if (macro.usesKeywords)
            macro.keywordsSlot = bind(frame, kKeywords, true);
        if (macro.usesCaller)
            macro.callerSlot = bind(frame, kCaller, true);
        bindAssignments(macro.body, frame);
        for (Parameter &parameter : macro.parameters) {
            if (parameter.defaultValue)
                read(*parameter.defaultValue, frame);
        }
        resolveBody(macro.body, frame);
    }

    void resolveBody(Body &body, Frame &frame)
    {
        for (auto &statement : body)
            resolveStatement(*statement, frame);
    }

    void resolveStatement(Statement &statement, Frame &frame)
    {
        switch (statement.kind) {
        case StatementKind::Text:
        case StatementKind::Break:
        case StatementKind::Continue:
            return;
        case StatementKind::Output:
            read(*static_cast<Output &>(statement).expression, frame);
            return;
        case StatementKind::If: {
            auto &conditional = static_cast<If &>(statement);
            for (auto &branch : conditional.branches) {
                read(*branch.condition, frame);
                resolveBody(branch.body, frame);
            }
            resolveBody(conditional.otherwise, frame);
            return;
        }
        case StatementKind::For:
            resolveFor(static_cast<For &>(statement), frame);
            return;
        case StatementKind::Set: {
            auto &set = static_cast<Set &>(statement);
            read(*set.value, frame);
            readTarget(*set.target, frame);
            return;
        }
        case StatementKind::SetBlock: {
            auto &set = static_cast<SetBlock &>(statement);
            resolveNestedBody(set.body, set.bodyFrame, frame);
            if (set.filter)
                read(*set.filter, frame);
            readTarget(*set.target, frame);
            return;
        }
        case StatementKind::Macro:
            resolveMacro(static_cast<Macro &>(statement), frame);
            return;
        case StatementKind::CallBlock: {
            auto &block = static_cast<CallBlock &>(statement);
            read(*block.call, frame);
            resolveMacro(*block.caller, frame);
            return;
        }
        case StatementKind::FilterBlock: {
            auto &block = static_cast<FilterBlock &>(statement);
            resolveNestedBody(block.body, block.bodyFrame, frame);
            read(*block.filter, frame);
            return;
        }
        case StatementKind::Do:
            read(*static_cast<Do &>(statement).expression, frame);
            return;
        case StatementKind::With: {
            auto &with = static_cast<With &>(statement);
            // The values are computed outside, then bound inside.
            for (auto &[target, value] : with.assignments)
                read(*value, frame);
            Frame inner(with.bodyFrame, &frame);
            for (auto &[target, value] : with.assignments)
                bindTarget(*target, inner);
            bindAssignments(with.body, inner);
            resolveBody(with.body, inner);
            return;
        }
        }
    }

    Frame *m_top = nullptr;
};

} // namespace

FrameLayout NameResolver::resolve(Body &body)
{
    return Resolution().resolveTemplate(body);
}

} // namespace Trellis::Core::Jinja
