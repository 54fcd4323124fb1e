#include "renderer.h"

#include "builtinmethods.h"
#include "dict.h"
#include "environment.h"
#include "loopcontext.h"
#include "macrofunction.h"
#include "namespaceobject.h"
#include "object.h"
#include "operators.h"
#include "template.h"
#include "textformatter.h"

#include <QScopeGuard>

#include <algorithm>
#include <charconv>

namespace Trellis::Core::Jinja {

using namespace Ast;

namespace {

constexpr std::string_view kCaller = "caller";
// Bytes of a string built during a render that cost one step (see Renderer::chargeBuilt()).
constexpr std::size_t kBytesPerStep = 16;

// Whether evaluating the expression may build a new string or list (see chargeBuilt()).
bool buildsValues(const Expression &expression)
{
    return expression.kind == ExpressionKind::Binary || expression.kind == ExpressionKind::Filter
        || expression.kind == ExpressionKind::Call;
}

} // namespace

// The arguments of one call, evaluated into an argument list of the render's: one list per
// level of calls in progress, kept when the call returns, so that calls (a few hundred per
// render) allocate nothing for their arguments.
class Renderer::EvaluatedArguments
{
public:
    explicit EvaluatedArguments(Renderer &renderer)
        : m_renderer(renderer)
    {
        std::vector<std::unique_ptr<Arguments>> &lists = renderer.m_argumentLists;
        if (renderer.m_argumentListsInUse == lists.size())
            addList(lists);
        m_arguments = lists[renderer.m_argumentListsInUse++].get();
    }
    ~EvaluatedArguments()
    {
        m_arguments->positional.clear();
        m_arguments->keyword.clear();
        --m_renderer.m_argumentListsInUse;
    }
    EvaluatedArguments(const EvaluatedArguments &) = delete;
    EvaluatedArguments &operator=(const EvaluatedArguments &) = delete;

    Status evaluate(const CallArguments &arguments, Scope &scope)
    {
        if (arguments.positional.empty() && arguments.keyword.empty() && !arguments.starArguments
            && !arguments.starKeywords)
            return ok();
        return m_renderer.evaluateArguments(arguments, scope, *m_arguments);
    }
    Arguments &list() { return *m_arguments; }

private:
    // Out of line: a render adds a list only for each new depth of calls.
    [[gnu::noinline]] static void addList(std::vector<std::unique_ptr<Arguments>> &lists)
    {
        lists.push_back(std::make_unique<Arguments>());
    }

    Renderer &m_renderer;
    Arguments *m_arguments;
};

// Counts the interpreter's recursion so that no template can exhaust the native stack.
class Renderer::DepthGuard
{
public:
    explicit DepthGuard(Renderer &renderer)
        : m_renderer(renderer)
    {
        ++m_renderer.m_depth;
    }
    ~DepthGuard() { --m_renderer.m_depth; }
    bool exceeded() const { return m_renderer.m_depth > m_renderer.m_limits.maxEvaluationDepth; }

private:
    Renderer &m_renderer;
};

Renderer::Renderer(const Environment &environment, const Value &variables)
    : m_environment(environment)
    , m_limits(environment.options().limits)
    , m_variables(variables)
    , m_stepsLeft(m_limits.maxSteps)
{ }

Result<std::string> Renderer::run(const Template &tmpl, const std::shared_ptr<Scope> &topLevel,
                                  std::size_t expectedSize)
{
    OutputBuffer output(m_limits.maxOutputBytes, expectedSize);
    m_template = &tmpl;
    m_topLevel = topLevel;
    m_output = &output;
    auto flow = execute(tmpl.body(), *topLevel);
    m_output = nullptr;
    if (!flow) {
        if (m_pendingReturn) {
            m_pendingReturn.reset();
            return fail(Error{QString::fromStdString(tmpl.fileName()), flow.error().line,
                              flow.error().column,
                              QStringLiteral("return() used outside a macro")});
        }
        return fail(flow.error());
    }
    return std::string(output.text());
}

// ------------------------------------------------------------------------------ helpers

Error Renderer::locate(Error error, const Node &node) const
{
    if (error.line == 0) {
        if (m_template)
            error.file = QString::fromStdString(m_template->fileName());
        error.line = m_line > 0 ? m_line : node.line;
        error.column = node.line == error.line ? node.column : 0;
    }
    return error;
}

Failure<Error> Renderer::failAt(const Node &node, std::string message) const
{
    return fail(locate(Error{{}, 0, 0, QString::fromStdString(message)}, node));
}

Result<void> Renderer::chargeSteps(std::uint64_t steps)
{
    if (steps > m_stepsLeft) {
        m_stepsLeft = 0;
        return failure("step limit exceeded (" + std::to_string(m_limits.maxSteps)
                       + " steps): the template does too much work or loops without end");
    }
    m_stepsLeft -= steps;
    return {};
}

Failure<Error> Renderer::returnFromMacro(Value value)
{
    m_pendingReturn = std::move(value);
    return failure("return() used outside a macro");
}

Renderer::Status Renderer::output(const Expression &expression, Scope &scope)
{
    DepthGuard depth(*this);
    if (depth.exceeded())
        return failAt(expression,
                      "recursion limit exceeded (the template nests or recurses too deeply)");
    Status written = ok();
    switch (expression.kind) {
    case ExpressionKind::Literal:
        written = writeValue(static_cast<const Literal &>(expression).value);
        break;
    case ExpressionKind::Name: {
        const auto &name = static_cast<const Name &>(expression);
        if (const Value *found = findVariable(name, scope))
            written = writeValue(*found);
        break;
    }
    case ExpressionKind::Attribute: {
        Value storage;
        if (const Value *stored = storedValue(expression, scope, storage)) {
            written = writeValue(*stored);
            break;
        }
        auto value = evaluate(expression, scope);
        if (!value)
            return fail(value.error());
        written = writeValue(*value);
        break;
    }
    case ExpressionKind::Binary: {
        // `~` prints str() of each side, which is what printing each side does.
        const auto &binary = static_cast<const Binary &>(expression);
        if (binary.op != BinaryOperator::Concat)
            break;
        if (auto left = output(*binary.left, scope); !left)
            return left;
        return output(*binary.right, scope);
    }
    case ExpressionKind::Conditional: {
        const auto &conditional = static_cast<const Conditional &>(expression);
        auto condition = isTrue(*conditional.condition, scope);
        if (!condition)
            return fail(condition.error());
        if (*condition)
            return output(*conditional.then, scope);
        if (conditional.otherwise)
            return output(*conditional.otherwise, scope);
        return ok();
    }
    case ExpressionKind::Call: {
        const auto &call = static_cast<const Call &>(expression);
        const MacroFunction *macro = calledMacro(call, scope);
        if (!macro)
            break;
        auto result = callMacro(*macro, call, scope, m_output);
        if (!result)
            return fail(locate(result.error(), call));
        return ok();
    }
    case ExpressionKind::Filter: {
        // What evaluate() would do, one call less: a filtered value is printed most often.
        auto value = evaluateFilter(static_cast<const Filter &>(expression), scope, nullptr);
        if (!value)
            return fail(value.error());
        if (auto charged = chargeBuilt(*value); !charged)
            return fail(locate(charged.error(), expression));
        written = writeValue(*value);
        break;
    }
    default:
        break;
    }
    if (expression.kind != ExpressionKind::Literal && expression.kind != ExpressionKind::Name
        && expression.kind != ExpressionKind::Attribute
        && expression.kind != ExpressionKind::Filter) {
        auto value = evaluate(expression, scope);
        if (!value)
            return fail(value.error());
        written = writeValue(*value);
    }
    if (!written)
        return fail(locate(written.error(), expression));
    return ok();
}

Renderer::Status Renderer::outputLimitExceeded() const
{
    return failure("output limit exceeded (" + std::to_string(m_limits.maxOutputBytes)
                   + " bytes)");
}

Renderer::Status Renderer::writeValue(const Value &value)
{
    if (value.isString() && m_output->appendInline(value.text()))
        return ok();
    return writeOtherValue(value);
}

Renderer::Status Renderer::writeOtherValue(const Value &value)
{
    switch (value.kind()) {
    case ValueKind::String:
        return write(value.text());
    case ValueKind::Undefined:
        return ok();
    case ValueKind::List:
    case ValueKind::Tuple:
    case ValueKind::Dict: {
        // A repr can be huge (a list holding itself many times over): it stops, and the render
        // fails, where it would pass the room the output limit leaves.
        std::string repr;
        if (!value.appendRepr(repr, m_output->limit() - m_output->size()))
            return outputLimitExceeded();
        return write(repr);
    }
    default: {
        std::string text;
        value.appendStr(text);
        return write(text);
    }
    }
}

const Value *Renderer::reference(const Expression &expression, const Scope &scope) const
{
    if (expression.kind == ExpressionKind::Name) {
        const auto &name = static_cast<const Name &>(expression);
        return findVariable(name, scope);
    }
    if (expression.kind != ExpressionKind::Attribute)
        return nullptr;
    const auto &attribute = static_cast<const Attribute &>(expression);
    const Value *object = reference(*attribute.object, scope);
    if (!object || !object->isDict()
        || (attribute.methodKinds & BuiltinMethods::kindBit(ValueKind::Dict)))
        return nullptr;
    return object->asDict().find(attribute.name, attribute.hash);
}

const Value *Renderer::findOuterVariable(const Name &name, const Scope &scope) const
{
    if (const Value *found = scope.find(name.slot))
        return found;
    if (m_variables.isDict()) {
        if (const Value *found = m_variables.asDict().find(name.name, name.hash))
            return found;
    }
    return m_environment.global(name.name, name.hash);
}

Value Renderer::lookup(const Name &name, const Scope &scope) const
{
    if (const Value *found = findVariable(name, scope))
        return *found;
    return Value::undefinedName(name.name);
}

// ---------------------------------------------------------------------------- statements

Result<Renderer::Flow> Renderer::execute(const Body &body, Scope &scope)
{
    if (body.empty())
        return Flow::Next;
    // One level per body: the statements of a body run one after the other, at one depth.
    DepthGuard depth(*this);
    if (depth.exceeded())
        return failAt(*body.front(),
                      "recursion limit exceeded (the template nests or recurses too deeply)");
    for (const auto &statement : body) {
        if (auto counted = countStep(); !counted)
            return fail(locate(counted.error(), *statement));
        // Text and output are most of what a template holds: they run here, sparing them the
        // general dispatch.
        if (statement->kind == StatementKind::Text) {
            if (auto written = write(static_cast<const Text &>(*statement).text); !written)
                return fail(locate(written.error(), *statement));
            continue;
        }
        if (statement->kind == StatementKind::Output) {
            const auto &printed = static_cast<const Output &>(*statement);
            m_line = printed.line;
            if (auto written = output(*printed.expression, scope); !written)
                return fail(written.error());
            continue;
        }
        auto flow = statement->kind == StatementKind::If
            ? executeIf(static_cast<const If &>(*statement), scope)
            : executeStatement(*statement, scope);
        if (!flow || *flow != Flow::Next)
            return flow;
    }
    return Flow::Next;
}

Result<Renderer::Flow> Renderer::executeIf(const If &conditional, Scope &scope)
{
    for (const IfBranch &branch : conditional.branches) {
        m_line = branch.line;
        auto condition = isTrue(*branch.condition, scope);
        if (!condition)
            return fail(condition.error());
        if (*condition)
            return execute(branch.body, scope);
    }
    return execute(conditional.otherwise, scope);
}

Result<Renderer::Flow> Renderer::executeStatement(const Statement &statement, Scope &scope)
{
    switch (statement.kind) {
    case StatementKind::Text:
    case StatementKind::Output:
    case StatementKind::If:
        break; // run by execute()
    case StatementKind::For:
        return executeFor(static_cast<const For &>(statement), scope);
    case StatementKind::Set: {
        const auto &set = static_cast<const Set &>(statement);
        m_line = set.line;
        auto value = evaluate(*set.value, scope);
        if (!value)
            return fail(value.error());
        if (auto assigned = assign(*set.target, *value, scope); !assigned)
            return fail(locate(assigned.error(), set));
        return Flow::Next;
    }
    case StatementKind::SetBlock: {
        const auto &set = static_cast<const SetBlock &>(statement);
        Scope blockScope(set.bodyFrame, &scope);
        auto text = capture(set.body, blockScope);
        if (!text)
            return fail(text.error());
        Value value = Value::string(std::move(*text));
        m_line = set.line;
        if (auto charged = chargeBuilt(value); !charged)
            return fail(locate(charged.error(), set));
        if (set.filter) {
            auto filtered = evaluateFilterChain(*set.filter, scope, value);
            if (!filtered)
                return fail(filtered.error());
            value = std::move(*filtered);
        }
        if (auto assigned = assign(*set.target, value, scope); !assigned)
            return fail(locate(assigned.error(), set));
        return Flow::Next;
    }
    case StatementKind::Macro: {
        const auto &macro = static_cast<const Ast::Macro &>(statement);
        scope.set(macro.bindingSlot, makeMacro(macro, scope));
        return Flow::Next;
    }
    case StatementKind::CallBlock:
        return executeCallBlock(static_cast<const CallBlock &>(statement), scope);
    case StatementKind::FilterBlock: {
        const auto &block = static_cast<const FilterBlock &>(statement);
        Scope blockScope(block.bodyFrame, &scope);
        auto text = capture(block.body, blockScope);
        if (!text)
            return fail(text.error());
        m_line = block.line;
        auto filtered = evaluateFilterChain(*block.filter, scope, Value::string(std::move(*text)));
        if (!filtered)
            return fail(filtered.error());
        if (auto written = writeValue(*filtered); !written)
            return fail(locate(written.error(), block));
        return Flow::Next;
    }
    case StatementKind::Do: {
        m_line = statement.line;
        auto value = evaluate(*static_cast<const Do &>(statement).expression, scope);
        if (!value)
            return fail(value.error());
        return Flow::Next;
    }
    case StatementKind::Break:
        return Flow::Break;
    case StatementKind::Continue:
        return Flow::Continue;
    case StatementKind::With: {
        const auto &with = static_cast<const With &>(statement);
        Scope inner(with.bodyFrame, &scope);
        m_line = with.line;
        for (const auto &[target, expression] : with.assignments) {
            // Jinja2 evaluates every value in the outer scope before binding any of them.
            auto value = evaluate(*expression, scope);
            if (!value)
                return fail(value.error());
            if (auto assigned = assign(*target, *value, inner); !assigned)
                return fail(locate(assigned.error(), with));
        }
        auto flow = execute(with.body, inner);
        if (!flow)
            return flow;
        return Flow::Next;
    }
    }
    return Flow::Next;
}

Result<std::string> Renderer::capture(const Body &body, Scope &scope)
{
    OutputBuffer buffer(m_limits.maxOutputBytes, 0);
    OutputBuffer *saved = std::exchange(m_output, &buffer);
    auto flow = execute(body, scope);
    m_output = saved;
    if (!flow)
        return fail(flow.error());
    return std::string(buffer.text());
}

Result<Renderer::Flow> Renderer::executeFor(const For &loop, Scope &scope)
{
    m_line = loop.line;
    Value storage;
    auto iterable = borrow(*loop.iterable, scope, storage);
    if (!iterable)
        return fail(iterable.error());
    const Value &items = **iterable;
    const bool plain = !loop.readsLoop && !loop.filter && !loop.recursive && items.isSequence();
    auto ran = plain ? runPlainLoop(loop, scope, items) : runLoop(loop, scope, items, 1);
    if (!ran)
        return fail(ran.error());
    return Flow::Next;
}

Renderer::Status Renderer::runPlainLoop(const For &loop, Scope &scope, const Value &iterable)
{
    // Held here: the body may rebind the variable that holds the list. Read in place, as a
    // LoopContext reads it, so that items the body appends are visited too.
    const Value sequence = iterable;
    Scope body(loop.bodyFrame, &scope);
    bool iterated = false;
    for (std::size_t index = 0; index < sequence.items().size(); ++index) {
        if (auto counted = countStep(); !counted)
            return fail(locate(counted.error(), loop));
        iterated = true;
        body.clearFrom(loop.firstBodySlot);
        if (auto assigned = assign(*loop.target, sequence.items()[index], body); !assigned)
            return fail(locate(assigned.error(), loop));
        auto flow = execute(loop.body, body);
        if (!flow)
            return fail(flow.error());
        if (*flow == Flow::Break)
            break;
    }
    return iterated ? ok() : runElse(loop, scope);
}

Result<Ref<LoopContext>> Renderer::makeLoopContext(const For &loop, Scope &scope,
                                                   const Value &iterable, int depth,
                                                   LoopContext::Recurse recurse)
{
    // The most common loop, over a list without an `if` clause, reads the list in place.
    if (iterable.isSequence() && !loop.filter)
        return makeRef<LoopContext>(iterable, depth, std::move(recurse));
    auto items = Operators::iterate(*this, iterable);
    if (!items)
        return fail(locate(items.error(), loop));
    if (!loop.filter)
        return makeRef<LoopContext>(std::move(*items), LoopContext::Fetch(), depth,
                                    std::move(recurse));
    // The `if` clause runs lazily, item by item, in a scope of its own (Jinja2 compiles it
    // into a generator), so a body that changes a namespace affects later items.
    const std::size_t sourceSize = items->size();
    auto fetch = [this, &loop, &scope, source = std::move(*items),
                  next = std::size_t(0)]() mutable -> Result<std::optional<Value>> {
        while (next < source.size()) {
            Value item = std::move(source[next++]);
            Scope clause(loop.clauseFrame, &scope);
            if (auto assigned = assign(*loop.target, item, clause); !assigned)
                return fail(locate(assigned.error(), loop));
            auto keep = isTrue(*loop.filter, clause);
            if (!keep)
                return fail(keep.error());
            if (*keep)
                return std::optional<Value>(std::move(item));
        }
        return std::optional<Value>();
    };
    std::vector<Value> kept; // room for every item, as most pass most clauses
    kept.reserve(sourceSize);
    return makeRef<LoopContext>(std::move(kept), std::move(fetch), depth, std::move(recurse));
}

Renderer::Status Renderer::runLoop(const For &loop, Scope &scope, const Value &iterable, int depth)
{
    LoopContext::Recurse recurse;
    if (loop.recursive) {
        recurse = [this, &loop, &scope](CallContext &, const Value &children,
                                        int childDepth) -> Result<Value> {
            OutputBuffer buffer(m_limits.maxOutputBytes, 0);
            OutputBuffer *saved = std::exchange(m_output, &buffer);
            auto ran = runLoop(loop, scope, children, childDepth);
            m_output = saved;
            if (!ran)
                return fail(ran.error());
            return Value::stringCopy(buffer.text());
        };
    }
    auto made = makeLoopContext(loop, scope, iterable, depth, std::move(recurse));
    if (!made)
        return fail(made.error());
    const Value loopValue = Value::object(std::move(*made));
    LoopContext *const context = static_cast<LoopContext *>(&loopValue.asObject());
    // Kept past the loop (in a namespace, a macro's closure), `loop` must stop reading this
    // loop's scopes before they are gone, however the loop ends (a macro's return() leaves it
    // as an error does); checked once the body's own reference is dropped. As for any read of
    // `loop` after its loop, an error the clause meets then is not reported.
    const auto outlive = qScopeGuard([&] {
        if (loopValue.isShared())
            context->outliveLoop();
    });
    Scope body(loop.bodyFrame, &scope);
    body.set(loop.loopSlot, loopValue);
    std::size_t index = 0;
    bool iterated = false;
    for (;; ++index) {
        if (!context->isFetched(index)) {
            auto exists = context->hasItem(index);
            if (!exists)
                return fail(exists.error());
            if (!*exists)
                break;
        }
        if (auto counted = countStep(); !counted)
            return fail(locate(counted.error(), loop));
        iterated = true;
        // Each iteration starts afresh with `loop` and the target only. Assigning `loop` is
        // refused when parsing, but a macro named `loop` defined in the body rebinds it.
        body.clearFrom(loop.firstBodySlot);
        if (body.local(loop.loopSlot)->identity() != loopValue.identity())
            body.set(loop.loopSlot, loopValue);
        context->setIndex(index);
        if (auto assigned = assign(*loop.target, context->itemAt(index), body); !assigned)
            return fail(locate(assigned.error(), loop));
        auto flow = execute(loop.body, body);
        if (!flow)
            return fail(flow.error());
        if (context->lookAheadError())
            return fail(*context->lookAheadError());
        if (*flow == Flow::Break)
            break;
    }
    return iterated ? ok() : runElse(loop, scope);
}

Renderer::Status Renderer::runElse(const For &loop, Scope &scope)
{
    Scope otherwise(loop.otherwiseFrame, &scope);
    if (auto flow = execute(loop.otherwise, otherwise); !flow)
        return fail(flow.error());
    return ok();
}

Renderer::Status Renderer::assignStructured(const Expression &target, const Value &value,
                                            Scope &scope)
{
    switch (target.kind) {
    case ExpressionKind::Tuple: {
        const auto &targets = static_cast<const Sequence &>(target).items;
        if (!Operators::isIterable(value) || value.isUndefined())
            return failure("cannot unpack non-iterable " + value.typeName() + " object");
        // A tuple or list (a dict's items, mostly) is unpacked where it is, held by a reference
        // of its own meanwhile (an assignment could drop the last other one). Anything else is
        // iterated into a copy first.
        const Value held = value;
        std::vector<Value> iterated;
        if (!held.isSequence()) {
            auto items = Operators::iterate(*this, held);
            if (!items)
                return fail(items.error());
            iterated = std::move(*items);
        }
        const std::vector<Value> &items = held.isSequence() ? held.items() : iterated;
        if (items.size() < targets.size()) {
            return failure("not enough values to unpack (expected " + std::to_string(targets.size())
                           + ", got " + std::to_string(items.size()) + ")");
        }
        if (items.size() > targets.size())
            return failure("too many values to unpack (expected " + std::to_string(targets.size())
                           + ")");
        for (std::size_t i = 0; i < targets.size(); ++i) {
            if (auto assigned = assign(*targets[i], items[i], scope); !assigned)
                return assigned;
        }
        return ok();
    }
    case ExpressionKind::Attribute: {
        const auto &attribute = static_cast<const Attribute &>(target);
        const Value *holder = findVariable(static_cast<const Name &>(*attribute.object), scope);
        NamespaceObject *space = holder ? NamespaceObject::from(*holder) : nullptr;
        if (!space)
            return failure("cannot assign attribute on non-namespace object");
        if (isReachable(value, *holder))
            return failure("cannot store a namespace inside itself");
        space->set(attribute.name, attribute.hash, value);
        return ok();
    }
    default:
        return failure("cannot assign to this expression");
    }
}

Value Renderer::makeMacro(const Ast::Macro &macro, Scope &scope)
{
    // Macros copy the local variables they read from around their definition (the top level
    // they see live, as Jinja2's do).
    std::vector<MacroFunction::CapturedValue> closure;
    for (const Capture &capture : macro.captures) {
        if (const Value *value = scope.findBelowTopLevel(capture.source))
            closure.push_back({capture.slot, *value});
    }
    return Value::callable(makeRef<MacroFunction>(m_template->shared_from_this(), macro, m_topLevel,
                                                  std::move(closure)));
}

Result<Renderer::Flow> Renderer::executeCallBlock(const CallBlock &block, Scope &scope)
{
    m_line = block.line;
    auto callee = evaluate(*block.call->callee, scope);
    if (!callee)
        return fail(callee.error());
    EvaluatedArguments arguments(*this);
    if (auto evaluated = arguments.evaluate(block.call->arguments, scope); !evaluated)
        return fail(evaluated.error());
    arguments.list().keyword.emplace_back(std::string(kCaller), makeMacro(*block.caller, scope));
    auto result = callValue(*callee, arguments.list());
    if (!result)
        return fail(locate(result.error(), *block.call));
    if (auto written = writeValue(*result); !written)
        return fail(locate(written.error(), block));
    return Flow::Next;
}

// -------------------------------------------------------------------------------- macros

// The top level a macro call sees. A macro of this very render sees the render's own top level,
// which is alive anyway; only macros from elsewhere (a module) need their weak reference locked.
class Renderer::MacroModule
{
public:
    MacroModule(const MacroFunction &macro, const std::shared_ptr<Scope> &renderTopLevel)
        : m_own(macro.isDefinedIn(renderTopLevel.get()))
        , m_other(m_own ? nullptr : macro.module())
        , m_scope(m_own ? renderTopLevel.get() : m_other.get())
    { }
    bool isOwn() const { return m_own; }
    const std::shared_ptr<Scope> &other() const { return m_other; }
    const Scope *scope() const { return m_scope; }

private:
    bool m_own;
    std::shared_ptr<Scope> m_other;
    const Scope *m_scope;
};

Result<Value> Renderer::invokeMacro(const MacroFunction &macro, Arguments &arguments,
                                    OutputBuffer *directOutput)
{
    const Ast::Macro &node = macro.node();
    const MacroModule module(macro, m_topLevel);
    Scope frame(node.frame, module.scope());
    // Parameters have slots of their own (their names are distinct), so a bound slot is a
    // parameter given by the call.
    const std::vector<Parameter> &parameters = node.parameters;
    const std::size_t positional = std::min(parameters.size(), arguments.positional.size());
    for (std::size_t i = 0; i < positional; ++i)
        frame.set(parameters[i].slot, std::move(arguments.positional[i]));
    SurplusArguments surplus;
    if (arguments.positional.size() > parameters.size()) {
        if (!node.usesVarargs) {
            return failure("macro '" + node.callableName + "' takes not more than "
                           + std::to_string(parameters.size()) + " argument(s)");
        }
        surplus.positional.assign(std::make_move_iterator(arguments.positional.begin()
                                                          + std::ptrdiff_t(parameters.size())),
                                  std::make_move_iterator(arguments.positional.end()));
    }
    for (auto &[name, value] : arguments.keyword) {
        const std::string &keyword = name;
        const auto parameter = std::find_if(parameters.begin(), parameters.end(),
                                            [&](const Parameter &p) { return p.name == keyword; });
        if (parameter != parameters.end()) {
            if (frame.local(parameter->slot))
                return failure("macro '" + node.callableName
                               + "' got multiple values for argument '" + name + "'");
            frame.set(parameter->slot, std::move(value));
        } else if (name == kCaller && node.usesCaller) {
            frame.set(node.callerSlot, std::move(value));
            surplus.callerGiven = true;
        } else if (node.usesKeywords) {
            if (!surplus.keyword)
                surplus.keyword = makeRef<Dict>();
            surplus.keyword->set(name, std::move(value));
        } else {
            return failure("macro '" + node.callableName + "' takes no keyword argument '" + name
                           + "'");
        }
    }
    return runMacro(macro, module, frame, &surplus, directOutput);
}

const MacroFunction *Renderer::calledMacro(const Call &call, const Scope &scope) const
{
    if (call.callee->kind != ExpressionKind::Name)
        return nullptr;
    const Value *callee = findVariable(static_cast<const Name &>(*call.callee), scope);
    if (!callee || !callee->isCallable())
        return nullptr;
    return callee->asCallable().asMacro();
}

namespace {

// Up to this many keyword arguments a call binds straight into the frame.
constexpr std::size_t kMaxDirectKeywords = 8;

// The parameter each keyword argument of `call` binds, when the call's arguments map one to one
// onto the macro's parameters; false when binding needs the general path (which also reports
// what is wrong with a call that does not fit).
bool planDirectBinding(const Ast::Macro &macro, const CallArguments &call,
                       std::array<const Parameter *, kMaxDirectKeywords> &keywordParameters)
{
    const std::vector<Parameter> &parameters = macro.parameters;
    if (call.starArguments || call.starKeywords || call.positional.size() > parameters.size()
        || call.keyword.size() > kMaxDirectKeywords)
        return false;
    for (std::size_t k = 0; k < call.keyword.size(); ++k) {
        const std::string &name = call.keyword[k].first;
        const auto parameter = std::find_if(
            parameters.begin() + std::ptrdiff_t(call.positional.size()), parameters.end(),
            [&](const Parameter &p) { return equalShortText(p.name, name); });
        if (parameter == parameters.end())
            return false; // bound twice, `caller`, **kwargs or unknown
        for (std::size_t earlier = 0; earlier < k; ++earlier) {
            if (keywordParameters[earlier] == &*parameter)
                return false;
        }
        keywordParameters[k] = &*parameter;
    }
    return true;
}

} // namespace

Result<Value> Renderer::callMacro(const MacroFunction &macro, const Call &call, Scope &scope,
                                  OutputBuffer *directOutput)
{
    const Ast::Macro &node = macro.node();
    const CallArguments &site = call.arguments;
    std::array<const Parameter *, kMaxDirectKeywords> keywordParameters;
    if (!planDirectBinding(node, site, keywordParameters)) {
        EvaluatedArguments arguments(*this);
        if (auto evaluated = arguments.evaluate(site, scope); !evaluated)
            return fail(evaluated.error());
        if (auto counted = countStep(); !counted)
            return fail(counted.error());
        return invokeMacro(macro, arguments.list(), directOutput);
    }
    const MacroModule module(macro, m_topLevel);
    Scope frame(node.frame, module.scope());
    for (std::size_t i = 0; i < site.positional.size(); ++i) {
        auto value = evaluate(*site.positional[i], scope);
        if (!value)
            return fail(value.error());
        frame.set(node.parameters[i].slot, std::move(*value));
    }
    for (std::size_t k = 0; k < site.keyword.size(); ++k) {
        auto value = evaluate(*site.keyword[k].second, scope);
        if (!value)
            return fail(value.error());
        frame.set(keywordParameters[k]->slot, std::move(*value));
    }
    if (auto counted = countStep(); !counted)
        return fail(counted.error());
    return runMacro(macro, module, frame, nullptr, directOutput);
}

Result<Value> Renderer::runMacro(const MacroFunction &macro, const MacroModule &module,
                                 Scope &frame, SurplusArguments *surplus,
                                 OutputBuffer *directOutput)
{
    const Ast::Macro &node = macro.node();
    if (m_callDepth >= m_limits.maxCallDepth) {
        return failure("recursion limit exceeded: macro '" + node.callableName
                       + "' nested more than " + std::to_string(m_limits.maxCallDepth)
                       + " calls deep");
    }
    for (const MacroFunction::CapturedValue &captured : macro.closure())
        frame.set(captured.slot, captured.value);

    // Everything below runs in the macro's own template, for defaults and the body alike.
    const Template *savedTemplate = std::exchange(m_template, &macro.owner());
    std::shared_ptr<Scope> savedTopLevel;
    if (!module.isOwn())
        savedTopLevel = std::exchange(m_topLevel, module.other());
    // A macro whose result is kept rather than printed (piped into a filter, assigned) mostly
    // renders a block of lines: room for what it printed before saves growing the buffer step
    // by step.
    std::optional<OutputBuffer> buffer;
    if (!directOutput)
        buffer.emplace(m_limits.maxOutputBytes, node.outputSizeHint.size());
    OutputBuffer *target = directOutput ? directOutput : &*buffer;
    const std::size_t targetStart = target->size();
    OutputBuffer *savedOutput = std::exchange(m_output, target);
    const int savedLine = m_line;
    ++m_callDepth;
    auto restore = [&] {
        --m_callDepth;
        m_line = savedLine;
        m_output = savedOutput;
        if (!module.isOwn())
            m_topLevel = std::move(savedTopLevel);
        m_template = savedTemplate;
    };

    for (const Parameter &parameter : node.parameters) {
        if (frame.local(parameter.slot))
            continue;
        if (!parameter.defaultValue) {
            frame.set(parameter.slot,
                      Value::undefined("parameter '" + parameter.name + "' was not provided"));
            continue;
        }
        m_line = node.line;
        auto value = evaluate(*parameter.defaultValue, frame);
        if (!value) {
            restore();
            return fail(value.error());
        }
        frame.set(parameter.slot, std::move(*value));
    }
    if (node.usesVarargs) {
        frame.set(node.varargsSlot,
                  Value::tuple(surplus ? std::move(surplus->positional) : std::vector<Value>()));
    }
    if (node.usesKeywords) {
        frame.set(node.keywordsSlot,
                  surplus && surplus->keyword ? Value::dict(surplus->keyword) : Value::emptyDict());
    }
    if (node.usesCaller && !(surplus && surplus->callerGiven)) {
        frame.set(node.callerSlot, Value::undefined("No caller defined"));
    }

    auto flow = execute(node.body, frame);
    restore();
    if (!flow) {
        if (!m_pendingReturn)
            return fail(flow.error());
        // return() discards what the body printed; the returned value is the result.
        Value returned = std::move(*m_pendingReturn);
        m_pendingReturn.reset();
        if (!directOutput)
            return returned;
        target->truncate(targetStart);
        OutputBuffer *outer = std::exchange(m_output, target);
        auto written = writeValue(returned);
        m_output = outer;
        if (!written)
            return fail(written.error());
        return Value();
    }
    if (directOutput)
        return Value();
    node.outputSizeHint.note(buffer->size());
    return Value::stringCopy(buffer->text());
}

// --------------------------------------------------------------------------- expressions

Result<Value> Renderer::evaluate(const Expression &expression, Scope &scope)
{
    if (expression.kind == ExpressionKind::Literal)
        return static_cast<const Literal &>(expression).value;
    if (expression.kind == ExpressionKind::Name) {
        if (const Value *here = localVariable(static_cast<const Name &>(expression), scope))
            return *here;
    }
    return evaluateOther(expression, scope);
}

Result<Value> Renderer::evaluateOther(const Expression &expression, Scope &scope)
{
    if (expression.kind == ExpressionKind::Name) {
        const auto &name = static_cast<const Name &>(expression);
        return lookup(name, scope);
    }
    if (expression.kind == ExpressionKind::Attribute) {
        Value storage;
        if (const Value *value
            = storedAttribute(static_cast<const Attribute &>(expression), scope, storage))
            return value == &storage ? std::move(storage) : *value;
    }
    DepthGuard depth(*this);
    if (depth.exceeded())
        return failAt(expression,
                      "recursion limit exceeded (the template nests or recurses too deeply)");
    // One named result, so that it is returned without a move.
    Result<Value> result = evaluateNode(expression, scope);
    if (result && buildsValues(expression)) {
        if (auto charged = chargeBuilt(*result); !charged)
            result = fail(charged.error());
    }
    if (!result && result.error().line == 0 && !m_pendingReturn)
        result = fail(locate(result.error(), expression));
    return result;
}

const Value *Renderer::storedAttribute(const Attribute &attribute, const Scope &scope,
                                      Value &storage) const
{
    const Value *object = reference(*attribute.object, scope);
    if (!object || object->isUndefined())
        return nullptr;
    if (object->isDict() && !(attribute.methodKinds & BuiltinMethods::kindBit(ValueKind::Dict))) {
        if (const Value *entry = object->asDict().find(attribute.name, attribute.hash))
            return entry;
    } else if (object->isObject()) {
        const Object &host = object->asObject();
        if (const Value *stored = host.storedAttribute(attribute.name, attribute.hash))
            return stored;
        storage = host.attribute(attribute.name); // what Operators::attribute() would ask
        return &storage;
    }
    storage = Operators::attribute(*object, attribute.name, attribute.hash, attribute.methodKinds);
    return &storage;
}

Result<const Value *> Renderer::borrow(const Expression &expression, Scope &scope, Value &storage)
{
    if (expression.kind == ExpressionKind::Literal)
        return &static_cast<const Literal &>(expression).value;
    if (expression.kind == ExpressionKind::Name) {
        if (const Value *here = localVariable(static_cast<const Name &>(expression), scope))
            return here;
    }
    return borrowOther(expression, scope, storage);
}

Result<const Value *> Renderer::borrowOther(const Expression &expression, Scope &scope,
                                            Value &storage)
{
    if (const Value *stored = storedValue(expression, scope, storage))
        return stored;
    auto value = evaluate(expression, scope);
    if (!value)
        return fail(value.error());
    storage = std::move(*value);
    return &storage;
}

Result<bool> Renderer::isTrue(const Expression &expression, Scope &scope)
{
    const bool negation = expression.kind == ExpressionKind::Unary
        && static_cast<const Unary &>(expression).op == UnaryOperator::Not;
    if (expression.kind != ExpressionKind::Compare && !negation)
        return isTrueWhereStored(expression, scope);
    if (negation) {
        // `not loop.last`, `not flag`: the usual negations test a stored value, no deeper.
        const Expression &operand = *static_cast<const Unary &>(expression).operand;
        if (operand.kind == ExpressionKind::Name || operand.kind == ExpressionKind::Attribute) {
            auto truthy = isTrueWhereStored(operand, scope);
            if (truthy)
                return !*truthy;
            return truthy;
        }
    }
    // The same depth and error location as evaluate() gives these expressions.
    DepthGuard depth(*this);
    if (depth.exceeded())
        return failAt(expression,
                      "recursion limit exceeded (the template nests or recurses too deeply)");
    Result<bool> result = negation ? isTrue(*static_cast<const Unary &>(expression).operand, scope)
                                   : evaluateCompare(static_cast<const Compare &>(expression), scope);
    if (!result && result.error().line == 0 && !m_pendingReturn)
        result = fail(locate(result.error(), expression));
    else if (result && negation)
        result = !*result;
    return result;
}

Result<bool> Renderer::isTrueWhereStored(const Expression &expression, Scope &scope)
{
    Value storage;
    if (const Value *stored = storedValue(expression, scope, storage))
        return stored->truthy();
    auto value = evaluate(expression, scope);
    if (!value)
        return fail(value.error());
    return value->truthy();
}

Result<Value> Renderer::evaluateNode(const Expression &expression, Scope &scope)
{
    switch (expression.kind) {
    case ExpressionKind::Literal:
    case ExpressionKind::Name:
        return evaluate(expression, scope);
    case ExpressionKind::List:
    case ExpressionKind::Tuple: {
        const auto &sequence = static_cast<const Sequence &>(expression);
        std::vector<Value> items;
        items.reserve(sequence.items.size());
        for (const auto &item : sequence.items) {
            auto value = evaluate(*item, scope);
            if (!value)
                return value;
            items.push_back(std::move(*value));
        }
        return expression.kind == ExpressionKind::List ? Value::list(std::move(items))
                                                       : Value::tuple(std::move(items));
    }
    case ExpressionKind::Dict: {
        const auto &display = static_cast<const DictDisplay &>(expression);
        auto dict = makeRef<Dict>();
        dict->reserve(display.entries.size());
        for (std::size_t i = 0; i < display.entries.size(); ++i) {
            const auto &[keyExpression, valueExpression] = display.entries[i];
            auto key = evaluate(*keyExpression, scope);
            if (!key)
                return key;
            auto value = evaluate(*valueExpression, scope);
            if (!value)
                return value;
            if (const std::optional<std::size_t> &hash = display.literalKeyHashes[i]) {
                dict->set(std::move(*key), *hash, std::move(*value));
                continue;
            }
            if (!key->isHashable())
                return failure("unhashable type: '" + key->typeName() + "'");
            dict->set(std::move(*key), std::move(*value));
        }
        return Value::dict(std::move(dict));
    }
    case ExpressionKind::Attribute: {
        const auto &attribute = static_cast<const Attribute &>(expression);
        // Look the object up where it is stored when possible, saving a copy of it.
        if (const Value *object = reference(*attribute.object, scope);
            object && !object->isUndefined())
            return Operators::attribute(*object, attribute.name, attribute.hash,
                                        attribute.methodKinds);
        auto object = evaluate(*attribute.object, scope);
        if (!object)
            return object;
        if (object->isUndefined())
            return failure(object->undefinedMessage());
        return Operators::attribute(*object, attribute.name, attribute.hash, attribute.methodKinds);
    }
    case ExpressionKind::Item: {
        const auto &item = static_cast<const Item &>(expression);
        auto object = evaluate(*item.object, scope);
        if (!object)
            return object;
        auto key = evaluate(*item.key, scope);
        if (!key)
            return key;
        if (object->isUndefined())
            return failure(object->undefinedMessage());
        return Operators::item(*object, *key);
    }
    case ExpressionKind::Slice: {
        const auto &slice = static_cast<const Slice &>(expression);
        auto object = evaluate(*slice.object, scope);
        if (!object)
            return object;
        Value bounds[3];
        const Expression *parts[3] = {slice.start.get(), slice.stop.get(), slice.step.get()};
        for (int i = 0; i < 3; ++i) {
            if (!parts[i])
                continue;
            auto bound = evaluate(*parts[i], scope);
            if (!bound)
                return bound;
            bounds[i] = std::move(*bound);
        }
        return Operators::slice(*object, bounds[0], bounds[1], bounds[2]);
    }
    case ExpressionKind::Unary: {
        const auto &unary = static_cast<const Unary &>(expression);
        if (unary.op == UnaryOperator::Not) {
            auto operand = isTrue(*unary.operand, scope);
            if (!operand)
                return fail(operand.error());
            return Value::boolean(!*operand);
        }
        auto operand = evaluate(*unary.operand, scope);
        if (!operand)
            return operand;
        switch (unary.op) {
        case UnaryOperator::Not:
            break;
        case UnaryOperator::Negate:
            return Operators::negate(*operand);
        case UnaryOperator::Plus:
            return Operators::plus(*operand);
        }
        return operand;
    }
    case ExpressionKind::Binary: {
        const auto &binary = static_cast<const Binary &>(expression);
        if (binary.op == BinaryOperator::Modulo && binary.left->kind == ExpressionKind::Literal
            && binary.right->kind == ExpressionKind::Tuple) {
            const Value &format = static_cast<const Literal &>(*binary.left).value;
            const auto &tuple = static_cast<const Sequence &>(*binary.right);
            if (format.isString() && !format.isSafe()
                && tuple.items.size() <= kMaxFormattedDisplayItems)
                return formatDisplayedTuple(format.text(), tuple, scope);
        }
        Value leftStorage;
        auto left = borrow(*binary.left, scope, leftStorage);
        if (!left)
            return fail(left.error());
        if (!hasNoEffects(*binary.right) && *left != &leftStorage) {
            leftStorage = **left;
            *left = &leftStorage;
        }
        Value rightStorage;
        auto right = borrow(*binary.right, scope, rightStorage);
        if (!right)
            return fail(right.error());
        return Operators::binary(binary.op, **left, **right, m_limits);
    }
    case ExpressionKind::And:
    case ExpressionKind::Or: {
        const auto &binary = static_cast<const Binary &>(expression);
        auto left = evaluate(*binary.left, scope);
        if (!left)
            return left;
        if (left->truthy() == (expression.kind == ExpressionKind::Or))
            return left;
        return evaluate(*binary.right, scope);
    }
    case ExpressionKind::Compare: {
        auto holds = evaluateCompare(static_cast<const Compare &>(expression), scope);
        if (!holds)
            return fail(holds.error());
        return Value::boolean(*holds);
    }
    case ExpressionKind::Conditional: {
        const auto &conditional = static_cast<const Conditional &>(expression);
        auto condition = isTrue(*conditional.condition, scope);
        if (!condition)
            return fail(condition.error());
        if (*condition)
            return evaluate(*conditional.then, scope);
        if (conditional.otherwise)
            return evaluate(*conditional.otherwise, scope);
        return Value::undefined("the inline if-expression on line "
                                + std::to_string(conditional.line)
                                + " evaluated to false and no else section was defined.");
    }
    case ExpressionKind::Filter:
        return evaluateFilter(static_cast<const Filter &>(expression), scope, nullptr);
    case ExpressionKind::Test: {
        const auto &test = static_cast<const Test &>(expression);
        auto input = evaluate(*test.input, scope);
        if (!input)
            return input;
        EvaluatedArguments arguments(*this);
        if (auto evaluated = arguments.evaluate(test.arguments, scope); !evaluated)
            return fail(evaluated.error());
        const Environment::TestFunction *function = m_environment.test(test.name, test.hash);
        if (!function)
            return failure("no test named '" + test.name + "'");
        auto passed = (*function)(*this, *input, arguments.list());
        if (!passed)
            return fail(passed.error());
        return Value::boolean(*passed != test.negated);
    }
    case ExpressionKind::Call:
        return evaluateCall(static_cast<const Call &>(expression), scope);
    }
    return Value();
}

Result<Value> Renderer::formatDisplayedTuple(std::string_view format, const Sequence &tuple,
                                             Scope &scope)
{
    std::array<Value, kMaxFormattedDisplayItems> items;
    for (std::size_t i = 0; i < tuple.items.size(); ++i) {
        auto item = evaluate(*tuple.items[i], scope);
        if (!item)
            return item;
        items[i] = std::move(*item);
    }
    auto formatted = TextFormatter::percent(format, items.data(), tuple.items.size());
    if (!formatted)
        return fail(formatted.error());
    return Value::string(std::move(*formatted));
}

Renderer::Status Renderer::chargeBuilt(const Value &built)
{
    // Only a value nothing else holds was built here; one that is shared was merely passed on.
    // Short strings are not heap objects and cost nothing.
    if (!built.identity() || built.isShared())
        return ok();
    return chargeSteps(built.isString()         ? built.text().size() / kBytesPerStep
                           : built.isSequence() ? built.items().size()
                                                : 0);
}

Result<bool> Renderer::evaluateCompare(const Compare &compare, Scope &scope)
{
    // Operands are borrowed where they are stored; the left one is copied only when evaluating
    // the right one could change it.
    Value storage[2];
    auto first = borrow(*compare.first, scope, storage[0]);
    if (!first)
        return fail(first.error());
    const Value *current = *first;
    std::size_t currentSlot = 0;
    for (const auto &[op, operandExpression] : compare.rest) {
        if (!hasNoEffects(*operandExpression) && current != &storage[currentSlot]) {
            storage[currentSlot] = *current;
            current = &storage[currentSlot];
        }
        const std::size_t operandSlot = 1 - currentSlot;
        auto operand = borrow(*operandExpression, scope, storage[operandSlot]);
        if (!operand)
            return fail(operand.error());
        bool holds = false;
        // Equality, most comparisons, is decided inline (Value::equals() is what
        // Operators::compare() asks for it).
        if (op == CompareOperator::Equal || op == CompareOperator::NotEqual) {
            holds = current->equals(**operand) == (op == CompareOperator::Equal);
        } else if (op == CompareOperator::In || op == CompareOperator::NotIn) {
            auto contained = Operators::contains(*this, **operand, *current);
            if (!contained)
                return fail(contained.error());
            holds = *contained == (op == CompareOperator::In);
        } else {
            auto compared = Operators::compare(op, *current, **operand);
            if (!compared)
                return fail(compared.error());
            holds = *compared;
        }
        if (!holds)
            return false;
        current = *operand;
        currentSlot = operandSlot;
    }
    return true;
}

Renderer::Status Renderer::evaluateArguments(const CallArguments &arguments, Scope &scope,
                                             Arguments &result)
{
    result.positional.reserve(arguments.positional.size());
    for (const auto &expression : arguments.positional) {
        auto value = evaluate(*expression, scope);
        if (!value)
            return fail(value.error());
        result.positional.push_back(std::move(*value));
    }
    for (const auto &[name, expression] : arguments.keyword) {
        auto value = evaluate(*expression, scope);
        if (!value)
            return fail(value.error());
        result.keyword.emplace_back(name, std::move(*value));
    }
    if (arguments.starArguments) {
        auto value = evaluate(*arguments.starArguments, scope);
        if (!value)
            return fail(value.error());
        auto items = Operators::iterate(*this, *value);
        if (!items)
            return fail(items.error());
        result.positional.insert(result.positional.end(), items->begin(), items->end());
    }
    if (arguments.starKeywords) {
        auto value = evaluate(*arguments.starKeywords, scope);
        if (!value)
            return fail(value.error());
        if (!value->isDict())
            return failure("argument after ** must be a mapping, not " + value->typeName());
        for (const auto &[key, item] : value->asDict().entries()) {
            if (!key.isString())
                return failure("keywords must be strings");
            result.keyword.emplace_back(key.text(), item);
        }
    }
    return ok();
}

Result<Value> Renderer::evaluateCall(const Call &call, Scope &scope)
{
    // obj.method(...) on a built-in value calls the method directly, without a bound object.
    if (call.callee->kind == ExpressionKind::Attribute) {
        const auto &attribute = static_cast<const Attribute &>(*call.callee);
        auto object = evaluate(*attribute.object, scope);
        if (!object)
            return object;
        if (object->isUndefined())
            return failure(object->undefinedMessage());
        EvaluatedArguments arguments(*this);
        if (attribute.methodKinds & BuiltinMethods::kindBit(object->kind())) {
            if (auto evaluated = arguments.evaluate(call.arguments, scope); !evaluated)
                return fail(evaluated.error());
            if (auto counted = countStep(); !counted)
                return fail(counted.error());
            return BuiltinMethods::call(*this, *object, attribute.name, arguments.list());
        }
        const Value callee
            = Operators::attribute(*object, attribute.name, attribute.hash, attribute.methodKinds);
        if (auto evaluated = arguments.evaluate(call.arguments, scope); !evaluated)
            return fail(evaluated.error());
        return callValue(callee, arguments.list());
    }
    if (const MacroFunction *macro = calledMacro(call, scope))
        return callMacro(*macro, call, scope, nullptr);
    auto callee = evaluate(*call.callee, scope);
    if (!callee)
        return callee;
    EvaluatedArguments arguments(*this);
    if (auto evaluated = arguments.evaluate(call.arguments, scope); !evaluated)
        return fail(evaluated.error());
    return callValue(*callee, arguments.list());
}

Result<Value> Renderer::call(const Value &callee, Arguments arguments)
{
    return callValue(callee, arguments);
}

Result<Value> Renderer::callValue(const Value &callee, Arguments &arguments)
{
    if (auto counted = countStep(); !counted)
        return fail(counted.error());
    switch (callee.kind()) {
    case ValueKind::Callable:
        return callee.asCallable().call(*this, arguments);
    case ValueKind::Object:
        return callee.asObject().call(*this, arguments);
    case ValueKind::Undefined:
        return failure(callee.undefinedMessage());
    default:
        return failure("'" + callee.typeName() + "' object is not callable");
    }
}

Result<Value> Renderer::evaluateFilter(const Filter &filter, Scope &scope, const Value *blockInput)
{
    Value storage;
    const Value *input = blockInput ? blockInput : &storage;
    if (filter.readsInputInPlace) {
        auto borrowed = borrow(*filter.input, scope, storage);
        if (!borrowed)
            return fail(borrowed.error());
        input = *borrowed;
    } else if (filter.input) {
        auto value = filter.input->kind == ExpressionKind::Filter
            ? evaluateFilter(static_cast<const Filter &>(*filter.input), scope, blockInput)
            : evaluate(*filter.input, scope);
        if (!value)
            return value;
        storage = std::move(*value);
        input = &storage;
    }
    EvaluatedArguments arguments(*this);
    if (auto evaluated = arguments.evaluate(filter.arguments, scope); !evaluated)
        return fail(evaluated.error());
    const Environment::FilterFunction *function = filterFor(filter);
    if (!function)
        return failAt(filter, "no filter named '" + filter.name + "'");
    Result<Value> result = (*function)(*this, *input, arguments.list());
    if (!result && result.error().line == 0 && !m_pendingReturn)
        result = fail(locate(result.error(), filter));
    return result;
}

const Environment::FilterFunction *Renderer::filterFor(const Filter &filter)
{
    CachedFilter &cached = m_filterCache[filter.number % m_filterCache.size()];
    if (cached.node != &filter)
        cached = {&filter, m_environment.filter(filter.name, filter.hash)};
    return cached.function;
}

Result<Value> Renderer::evaluateFilterChain(const Expression &expression, Scope &scope,
                                            const Value &blockInput)
{
    if (expression.kind == ExpressionKind::Filter)
        return evaluateFilter(static_cast<const Filter &>(expression), scope, &blockInput);
    return evaluate(expression, scope);
}

Result<Value> Renderer::applyFilter(std::string_view name, const Value &input, Arguments &arguments)
{
    const Environment::FilterFunction *filter = m_environment.filter(name);
    if (!filter)
        return failure("no filter named '" + std::string(name) + "'");
    return (*filter)(*this, input, arguments);
}

Result<bool> Renderer::applyTest(std::string_view name, const Value &input, Arguments &arguments)
{
    const Environment::TestFunction *test = m_environment.test(name);
    if (!test)
        return failure("no test named '" + std::string(name) + "'");
    return (*test)(*this, input, arguments);
}

} // namespace Trellis::Core::Jinja
