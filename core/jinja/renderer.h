#pragma once

#include "core/jinja/ast.h"
#include "core/jinja/callable.h"
#include "core/jinja/environment.h"
#include "core/jinja/loopcontext.h"
#include "core/jinja/outputbuffer.h"
#include "core/jinja/scope.h"

#include <array>
#include <memory>
#include <optional>
#include <string>

namespace Trellis::Core::Jinja {

class MacroFunction;
class Template;

// The tree-walking interpreter for one render: evaluates expressions, executes statements,
// binds macro arguments and enforces the render limits. One Renderer per render and thread;
// the templates and environment it reads are shared and never modified. Errors come back as
// values located at Jinja2's line for the failing statement.
class Renderer final : public CallContext
{
public:
    Renderer(const Environment &environment, const Value &variables);

    // Executes the top level of `tmpl` in `topLevel` and returns what it printed, for which it
    // reserves `expectedSize` bytes.
    Result<std::string> run(const Template &tmpl, const std::shared_ptr<Scope> &topLevel,
                            std::size_t expectedSize);
    // Calls a macro. With `directOutput` the body renders straight into it and the result is
    // None (saving a copy when the call is printed); otherwise the result is the rendered text,
    // or what the body passed to return().
    Result<Value> invokeMacro(const MacroFunction &macro, Arguments &arguments,
                              OutputBuffer *directOutput);
    Result<Value> invokeMacro(const MacroFunction &macro, Arguments &arguments) override
    {
        return invokeMacro(macro, arguments, nullptr);
    }

    Result<Value> call(const Value &callee, Arguments arguments) override;
    Result<Value> applyFilter(std::string_view name, const Value &input,
                              Arguments &arguments) override;
    Result<bool> applyTest(std::string_view name, const Value &input,
                           Arguments &arguments) override;
    Failure<Error> returnFromMacro(Value value) override;
    Result<void> chargeSteps(std::uint64_t steps) override;
    const RenderLimits &limits() const override { return m_limits; }

private:
    enum class Flow { Next, Break, Continue };
    // Success, or the error: the outcome of the interpreter's own steps.
    using Status = Result<void>;
    static Status ok() { return Status(); }
    class DepthGuard;

    Result<Flow> execute(const Ast::Body &body, Scope &scope);
    // Runs any statement but text, output and conditions, which execute() runs itself (after
    // the depth and step accounting every statement gets there): the most frequent statements
    // spare the general dispatch.
    Result<Flow> executeStatement(const Ast::Statement &statement, Scope &scope);
    Result<Flow> executeIf(const Ast::If &conditional, Scope &scope);
    Result<Flow> executeFor(const Ast::For &loop, Scope &scope);
    Status runLoop(const Ast::For &loop, Scope &scope, const Value &iterable, int depth);
    // A loop over a list or tuple without an `if` clause whose `loop` nobody reads (about
    // half the loops of a dbt model): no LoopContext is made.
    Status runPlainLoop(const Ast::For &loop, Scope &scope, const Value &iterable);
    // A loop's `else`, run when it iterated nothing.
    Status runElse(const Ast::For &loop, Scope &scope);
    // The `loop` object of one run of `loop` over `iterable`.
    Result<Ref<LoopContext>> makeLoopContext(const Ast::For &loop, Scope &scope,
                                             const Value &iterable, int depth,
                                             LoopContext::Recurse recurse);
    Result<Flow> executeCallBlock(const Ast::CallBlock &block, Scope &scope);
    // The macro a call names directly (`name(...)` with `name` bound to a macro), else null.
    // The macro needs no reference of its own while it runs: the scope or context it was found
    // in cannot change meanwhile (its body and caller blocks assign in frames of their own).
    const MacroFunction *calledMacro(const Ast::Call &call, const Scope &scope) const;
    // Calls `macro` with the arguments written at `call`. When they map one to one onto its
    // parameters (no *args, **kwargs, `caller` or surplus; most calls), each is evaluated
    // straight into its parameter's slot; otherwise they go through Arguments and invokeMacro().
    Result<Value> callMacro(const MacroFunction &macro, const Ast::Call &call, Scope &scope,
                            OutputBuffer *directOutput);
    class MacroModule;
    // What binding the arguments left over for the macro's `varargs` and `kwargs`.
    struct SurplusArguments
    {
        std::vector<Value> positional;
        Ref<Dict> keyword;
        bool callerGiven = false;
    };
    // Runs a macro whose arguments are bound in `frame`: fills in the closure, defaults and
    // special names, then renders the body. `surplus` is null when no argument was left over.
    Result<Value> runMacro(const MacroFunction &macro, const MacroModule &module, Scope &frame,
                           SurplusArguments *surplus, OutputBuffer *directOutput);
    // Binds a name (the common case, inline) or unpacks into a tuple or namespace attribute.
    Status assign(const Ast::Expression &target, const Value &value, Scope &scope)
    {
        if (target.kind != Ast::ExpressionKind::Name)
            return assignStructured(target, value, scope);
        scope.set(static_cast<const Ast::Name &>(target).slot.slot, value);
        return ok();
    }
    Status assignStructured(const Ast::Expression &target, const Value &value, Scope &scope);
    // Counts one step (a statement, a loop iteration, a call): inline, as every statement takes
    // one; fails once the render has taken more steps than its limit.
    Status countStep()
    {
        if (m_stepsLeft == 0) [[unlikely]]
            return chargeSteps(1);
        --m_stepsLeft;
        return ok();
    }
    Result<std::string> capture(const Ast::Body &body, Scope &scope);
    Value makeMacro(const Ast::Macro &macro, Scope &scope);

    // Literals and the variables of the scope at hand, much of what is evaluated, are copied
    // without a stack frame; everything else goes to evaluateOther().
    Result<Value> evaluate(const Ast::Expression &expression, Scope &scope);
    [[gnu::noinline]] Result<Value> evaluateOther(const Ast::Expression &expression, Scope &scope);
    // The variable's value when it is bound in `scope` itself, else null.
    static const Value *localVariable(const Ast::Name &name, const Scope &scope)
    {
        return name.slot.valid() && name.slot.hops == 0 ? scope.local(name.slot.slot) : nullptr;
    }
    // The value of `expression` where it is stored (a literal, a variable, an attribute chain
    // on dicts), saving the copy; anything else is evaluated into `storage`. As in evaluate(),
    // literals and the variables of the scope at hand take no stack frame.
    Result<const Value *> borrow(const Ast::Expression &expression, Scope &scope, Value &storage);
    [[gnu::noinline]] Result<const Value *> borrowOther(const Ast::Expression &expression,
                                                        Scope &scope, Value &storage);
    // borrow() without evaluating: the value of a literal, a variable or an attribute of a
    // stored object (computed into `storage` when it is not a dict's entry); null for anything
    // else, or when the value is missing (evaluate() then says what is wrong). Inline: every
    // printed attribute and every condition starts here.
    const Value *storedValue(const Ast::Expression &expression, const Scope &scope,
                             Value &storage) const
    {
        if (expression.kind == Ast::ExpressionKind::Literal)
            return &static_cast<const Ast::Literal &>(expression).value;
        if (expression.kind == Ast::ExpressionKind::Attribute)
            return storedAttribute(static_cast<const Ast::Attribute &>(expression), scope, storage);
        return reference(expression, scope);
    }
    // The value of `object.name` when the object is stored (a variable, or an attribute chain on
    // dicts): where it is stored for a dict's entry, else computed into `storage`. Null when the
    // object is not stored or is undefined (evaluate() then reports what is wrong). Attributes of
    // stored objects are most of the attributes a template reads, and this looks the object up
    // once, without entering evaluate().
    const Value *storedAttribute(const Ast::Attribute &attribute, const Scope &scope,
                                 Value &storage) const;
    // Python truthiness of `expression`, for conditions: comparisons and `not` are decided
    // without building the boolean Value.
    Result<bool> isTrue(const Ast::Expression &expression, Scope &scope);
    // Python truthiness of anything but a comparison or `not`, read where the value is stored
    // when it is.
    Result<bool> isTrueWhereStored(const Ast::Expression &expression, Scope &scope);
    Result<Value> evaluateNode(const Ast::Expression &expression, Scope &scope);
    Result<Value> evaluateCall(const Ast::Call &call, Scope &scope);
    class EvaluatedArguments;
    // Fills `result` (empty) with the call's arguments.
    Status evaluateArguments(const Ast::CallArguments &arguments, Scope &scope, Arguments &result);
    Result<Value> callValue(const Value &callee, Arguments &arguments);
    Result<Value> evaluateFilter(const Ast::Filter &filter, Scope &scope, const Value *blockInput);
    Result<Value> evaluateFilterChain(const Ast::Expression &expression, Scope &scope,
                                      const Value &blockInput);
    Result<bool> evaluateCompare(const Ast::Compare &compare, Scope &scope);
    // `'format' % (a, b)`: the tuple's items, evaluated into an array, are formatted without
    // building (and dropping) the tuple. For formats of up to this many arguments:
    static constexpr std::size_t kMaxFormattedDisplayItems = 8;
    Result<Value> formatDisplayedTuple(std::string_view format, const Ast::Sequence &tuple,
                                       Scope &scope);
    // Charges a string or list just built (by an operator, filter, call or set block) against the
    // step limit: a step per 16 bytes or per element. Each value is bounded on its own (output and
    // sequence limits); this bounds how many of them a loop can pile up, so that a body that
    // keeps appending what it builds to the list it iterates runs out of steps, not memory.
    Status chargeBuilt(const Value &built);
    Value lookup(const Ast::Name &name, const Scope &scope) const;
    // Where the value of a name, or of an attribute chain on dicts, is stored; null when the
    // expression is anything else or its value has to be computed (then evaluate it).
    const Value *reference(const Ast::Expression &expression, const Scope &scope) const;
    // The variable's value where it is stored, or null when it is undefined. Inline for the
    // names bound in the scope that reads them (a loop's target, a macro's parameters), most
    // of the names a template reads.
    const Value *findVariable(const Ast::Name &name, const Scope &scope) const
    {
        if (const Value *here = localVariable(name, scope))
            return here;
        return findOuterVariable(name, scope);
    }
    const Value *findOuterVariable(const Ast::Name &name, const Scope &scope) const;

    // Prints an expression, writing what it can without building intermediate strings.
    Status output(const Ast::Expression &expression, Scope &scope);
    // Inline: text statements and printed strings, the most frequent writes, come through here.
    [[gnu::always_inline]] Status write(std::string_view text)
    {
        if (m_output->append(text))
            return ok();
        return outputLimitExceeded();
    }
    // Out of line and returning the Status itself: inline, building the error would weigh down
    // every function that writes.
    [[gnu::cold]] Status outputLimitExceeded() const;
    // Prints a value. Short strings that fit, nearly everything printed, are written without a
    // stack frame; the rest are passed on to writeOtherValue().
    Status writeValue(const Value &value);
    [[gnu::noinline]] Status writeOtherValue(const Value &value);
    Error locate(Error error, const Ast::Node &node) const;
    Failure<Error> failAt(const Ast::Node &node, std::string message) const;

    // The environment's filter for a filter node, remembered for the rest of the render (the
    // environment's table hashes and compares the name on every call). Direct-mapped by the
    // node's number in its template; a collision (a template with more filters than the cache
    // has entries, or macros from another template) only costs a lookup.
    const Environment::FilterFunction *filterFor(const Ast::Filter &filter);
    struct CachedFilter
    {
        const Ast::Filter *node = nullptr;
        const Environment::FilterFunction *function = nullptr;
    };
    std::array<CachedFilter, 64> m_filterCache{};
    // The argument lists of the calls in progress, innermost last, and those kept from calls
    // that returned (see EvaluatedArguments).
    std::vector<std::unique_ptr<Arguments>> m_argumentLists;
    std::size_t m_argumentListsInUse = 0;

    const Environment &m_environment;
    const RenderLimits &m_limits;
    const Value &m_variables;
    OutputBuffer *m_output = nullptr;
    const Template *m_template = nullptr;
    std::shared_ptr<Scope> m_topLevel;
    int m_line = 0;
    int m_callDepth = 0;
    int m_depth = 0;
    std::uint64_t m_stepsLeft; // of the limit; counting down is the cheapest check
    std::optional<Value> m_pendingReturn;
};

} // namespace Trellis::Core::Jinja
