#pragma once

#include "core/jinja/outputsizehint.h"
#include "core/jinja/value.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The syntax tree of a parsed template. Nodes are plain structs tagged with a kind so the
// interpreter dispatches with a switch; a tree is immutable once parsed and may be walked by
// many threads at once. Lines are 1-based and follow Jinja2's choice of line for each node
// (so runtime errors name the line Jinja2 would); columns are 1-based byte offsets.
namespace Trellis::Core::Jinja::Ast {

struct Node
{
    int line = 0;
    int column = 0;
};

// --------------------------------------------------------------------------------- frames

// Where a variable may live at run time, resolved at parse time (see NameResolver): in the
// scope `hops` levels out from the one the name is used in, at `slot`. Invalid when no scope of
// the template can hold the name (it comes from the render's variables or the globals).
struct SlotRef
{
    static constexpr std::uint32_t kNone = 0xffffffff;
    std::uint32_t hops = 0;
    std::uint32_t slot = kNone;
    bool valid() const { return slot != kNone; }
};

// The variables one run-time scope (a template's top level, a macro call, a loop body, ...)
// may hold, one slot each. A slot may stay unbound (a `set` inside an `if`); reading it then
// goes on to `outer`, the next scope out that may hold the name (relative to this one).
struct FrameLayout
{
    std::vector<std::string_view> names; // views into the tree, or static strings
    std::vector<SlotRef> outer;
    bool topLevel = false;

    std::size_t size() const { return names.size(); }
};

// ---------------------------------------------------------------------------- expressions

enum class ExpressionKind : std::uint8_t {
    Literal,
    Name,
    List,
    Tuple,
    Dict,
    Attribute,
    Item,
    Slice,
    Unary,
    Binary,
    And,
    Or,
    Compare,
    Conditional,
    Filter,
    Test,
    Call,
};

struct Expression : Node
{
    explicit Expression(ExpressionKind k)
        : kind(k)
    { }
    virtual ~Expression() = default;
    ExpressionKind kind;
};
using ExpressionPtr = std::unique_ptr<Expression>;

struct Literal final : Expression
{
    Literal()
        : Expression(ExpressionKind::Literal)
    { }
    Value value;
};

struct Name final : Expression
{
    Name()
        : Expression(ExpressionKind::Name)
    { }
    std::string name;
    std::size_t hash = 0;
    // Read: the first scope that may hold the name. Assigned: its slot in the assigned scope.
    SlotRef slot;
};

// List and Tuple displays.
struct Sequence final : Expression
{
    explicit Sequence(ExpressionKind k)
        : Expression(k)
    { }
    std::vector<ExpressionPtr> items;
};

struct DictDisplay final : Expression
{
    DictDisplay()
        : Expression(ExpressionKind::Dict)
    { }
    std::vector<std::pair<ExpressionPtr, ExpressionPtr>> entries;
    // Value::hash() of each entry's key when it is a hashable literal (most keys), so that a
    // render does not hash it again; empty for other keys.
    std::vector<std::optional<std::size_t>> literalKeyHashes;
};

struct Attribute final : Expression
{
    Attribute()
        : Expression(ExpressionKind::Attribute)
    { }
    ExpressionPtr object;
    std::string name;
    std::size_t hash = 0;
    std::uint8_t methodKinds = 0; // BuiltinMethods::kindsWithMethod(name)
};

struct Item final : Expression
{
    Item()
        : Expression(ExpressionKind::Item)
    { }
    ExpressionPtr object;
    ExpressionPtr key;
};

struct Slice final : Expression
{
    Slice()
        : Expression(ExpressionKind::Slice)
    { }
    ExpressionPtr object;
    ExpressionPtr start; // each bound may be null
    ExpressionPtr stop;
    ExpressionPtr step;
};

enum class UnaryOperator : std::uint8_t { Not, Negate, Plus };

struct Unary final : Expression
{
    Unary()
        : Expression(ExpressionKind::Unary)
    { }
    UnaryOperator op = UnaryOperator::Not;
    ExpressionPtr operand;
};

enum class BinaryOperator : std::uint8_t {
    Add,
    Subtract,
    Multiply,
    Divide,
    FloorDivide,
    Modulo,
    Power,
    Concat
};

// Arithmetic and `~`; `and`/`or` use the same node with kind And/Or (they short-circuit).
struct Binary final : Expression
{
    explicit Binary(ExpressionKind k = ExpressionKind::Binary)
        : Expression(k)
    { }
    BinaryOperator op = BinaryOperator::Add;
    ExpressionPtr left;
    ExpressionPtr right;
};

enum class CompareOperator : std::uint8_t {
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    In,
    NotIn
};

// A chained comparison: first op1 e1 op2 e2 ... (each link must hold).
struct Compare final : Expression
{
    Compare()
        : Expression(ExpressionKind::Compare)
    { }
    ExpressionPtr first;
    std::vector<std::pair<CompareOperator, ExpressionPtr>> rest;
};

// `then if condition else otherwise`; otherwise may be null (yields Undefined).
struct Conditional final : Expression
{
    Conditional()
        : Expression(ExpressionKind::Conditional)
    { }
    ExpressionPtr condition;
    ExpressionPtr then;
    ExpressionPtr otherwise;
};

struct CallArguments
{
    std::vector<ExpressionPtr> positional;
    std::vector<std::pair<std::string, ExpressionPtr>> keyword;
    ExpressionPtr starArguments; // *args
    ExpressionPtr starKeywords; // **kwargs
};

// Whether evaluating the expression can change no value: a value borrowed where it is stored
// stays valid across the evaluation of such expressions (a call could resize the dict it is in).
inline bool hasNoEffects(const Expression &expression)
{
    return expression.kind == ExpressionKind::Literal || expression.kind == ExpressionKind::Name;
}

inline bool hasNoEffects(const CallArguments &arguments)
{
    const auto pure = [](const ExpressionPtr &expression) {
        return hasNoEffects(*expression);
    };
    return !arguments.starArguments && !arguments.starKeywords
        && std::all_of(arguments.positional.begin(), arguments.positional.end(), pure)
        && std::all_of(arguments.keyword.begin(), arguments.keyword.end(),
                       [](const auto &keyword) { return hasNoEffects(*keyword.second); });
}

// input|name(arguments). In `{% filter %}` and `{% set x | f %}` the innermost input is null
// and stands for the block's rendered body.
struct Filter final : Expression
{
    Filter()
        : Expression(ExpressionKind::Filter)
    { }
    ExpressionPtr input;
    std::string name;
    std::size_t hash = 0;
    CallArguments arguments;
    // The filter's number in its template (0, 1, 2, ... in parse order): the render's filter
    // cache is indexed by it, so that the filters of one template never evict each other.
    std::uint32_t number = 0;
    // The input is a literal or a variable and no argument can rebind it: the render reads
    // the input where it is stored instead of copying it (decided when parsing).
    bool readsInputInPlace = false;
};

struct Test final : Expression
{
    Test()
        : Expression(ExpressionKind::Test)
    { }
    ExpressionPtr input;
    std::string name;
    std::size_t hash = 0;
    CallArguments arguments;
    bool negated = false;
};

struct Call final : Expression
{
    Call()
        : Expression(ExpressionKind::Call)
    { }
    ExpressionPtr callee;
    CallArguments arguments;
};

// ----------------------------------------------------------------------------- statements

enum class StatementKind : std::uint8_t {
    Text,
    Output,
    If,
    For,
    Set,
    SetBlock,
    Macro,
    CallBlock,
    FilterBlock,
    Do,
    Break,
    Continue,
    With,
};

struct Statement : Node
{
    explicit Statement(StatementKind k)
        : kind(k)
    { }
    virtual ~Statement() = default;
    StatementKind kind;
};
using StatementPtr = std::unique_ptr<Statement>;
using Body = std::vector<StatementPtr>;

struct Text final : Statement
{
    Text()
        : Statement(StatementKind::Text)
    { }
    std::string text;
};

struct Output final : Statement
{
    Output()
        : Statement(StatementKind::Output)
    { }
    ExpressionPtr expression;
};

struct IfBranch
{
    ExpressionPtr condition;
    Body body;
    int line = 0;
};

struct If final : Statement
{
    If()
        : Statement(StatementKind::If)
    { }
    std::vector<IfBranch> branches; // if, then each elif
    Body otherwise;
};

// Assignment targets (for, set, with) are Name expressions, Tuples of targets, or, for
// `set ns.attr`, an Attribute on a Name.
struct For final : Statement
{
    For()
        : Statement(StatementKind::For)
    { }
    ExpressionPtr target;
    ExpressionPtr iterable;
    ExpressionPtr filter; // the `if` clause, or null
    Body body;
    Body otherwise;
    bool recursive = false;
    // The `if` clause, the body and `else` each run in a scope of their own. The target's names
    // take the same slots in the clause's scope and the body's.
    FrameLayout clauseFrame;
    FrameLayout bodyFrame;
    FrameLayout otherwiseFrame;
    std::uint32_t loopSlot = 0; // `loop` in the body's scope
    // Whether anything reads `loop` (the body, or a macro or caller defined in it): a loop
    // whose `loop` nobody reads needs none.
    bool readsLoop = true;
    // The slots the body assigns start here, after the target's and `loop`: each iteration
    // unbinds them (the next rebinds the others anyway).
    std::uint32_t firstBodySlot = 0;
};

struct Set final : Statement
{
    Set()
        : Statement(StatementKind::Set)
    { }
    ExpressionPtr target;
    ExpressionPtr value;
};

struct SetBlock final : Statement
{
    SetBlock()
        : Statement(StatementKind::SetBlock)
    { }
    ExpressionPtr target;
    ExpressionPtr filter; // a Filter chain with a null innermost input, or null
    Body body;
    FrameLayout bodyFrame;
};

struct Parameter
{
    std::string name;
    std::size_t hash = 0;
    ExpressionPtr defaultValue; // null when required
    std::uint32_t slot = 0; // in the macro's scope
};

// A variable a macro copies from around its definition (Jinja2's closures): the value found
// from `source` (relative to the defining scope, top level excluded) goes into `slot`.
struct Capture
{
    std::uint32_t slot = 0;
    SlotRef source;
};

// What kind of block defined a macro-like callable. dbt's blocks behave as macros under their
// dbt names (test_<name>, materialization_<name>_<adapter>, ...).
enum class DefinitionKind : std::uint8_t { Macro, Test, Materialization, Snapshot, Docs };

struct Macro final : Statement
{
    Macro()
        : Statement(StatementKind::Macro)
    { }
    DefinitionKind definition = DefinitionKind::Macro;
    std::string name; // as written in the tag
    std::string callableName; // the name it is bound to when executed
    std::size_t callableHash = 0;
    std::string adapter; // materialization only
    std::vector<Parameter> parameters;
    Body body;
    std::string docsText; // docs only: the raw body
    bool usesCaller = false;
    bool usesVarargs = false;
    bool usesKeywords = false;
    // The scope of a call: parameters, varargs, kwargs and caller, captures, and what the body
    // assigns. Its parent is the top level of the macro's template.
    FrameLayout frame;
    std::vector<Capture> captures;
    std::uint32_t varargsSlot = 0;
    std::uint32_t keywordsSlot = 0;
    std::uint32_t callerSlot = 0;
    std::uint32_t bindingSlot = 0; // callableName's slot in the defining scope
    // What a call prints when its result is kept rather than printed (filtered, assigned), so
    // that the next such call reserves its buffer once.
    OutputSizeHint outputSizeHint;
};

struct CallBlock final : Statement
{
    CallBlock()
        : Statement(StatementKind::CallBlock)
    { }
    std::unique_ptr<Call> call;
    std::unique_ptr<Macro> caller; // the body, as the macro passed as `caller`
};

struct FilterBlock final : Statement
{
    FilterBlock()
        : Statement(StatementKind::FilterBlock)
    { }
    ExpressionPtr filter;
    Body body;
    FrameLayout bodyFrame;
};

struct Do final : Statement
{
    Do()
        : Statement(StatementKind::Do)
    { }
    ExpressionPtr expression;
};

struct LoopControl final : Statement
{
    explicit LoopControl(StatementKind k)
        : Statement(k)
    { }
};

struct With final : Statement
{
    With()
        : Statement(StatementKind::With)
    { }
    std::vector<std::pair<ExpressionPtr, ExpressionPtr>> assignments;
    Body body;
    FrameLayout bodyFrame;
};

// ------------------------------------------------------------------------------- walking

template<typename Visit> void forEachArgument(CallArguments &arguments, Visit &&visit)
{
    for (auto &argument : arguments.positional)
        visit(*argument);
    for (auto &[name, argument] : arguments.keyword)
        visit(*argument);
    if (arguments.starArguments)
        visit(*arguments.starArguments);
    if (arguments.starKeywords)
        visit(*arguments.starKeywords);
}

// Calls `visit` on each direct subexpression of `expression`, in the order they are evaluated
// (a filter's or test's input before its arguments).
template<typename Visit> void forEachSubexpression(Expression &expression, Visit &&visit)
{
    switch (expression.kind) {
    case ExpressionKind::Literal:
    case ExpressionKind::Name:
        return;
    case ExpressionKind::List:
    case ExpressionKind::Tuple:
        for (auto &item : static_cast<Sequence &>(expression).items)
            visit(*item);
        return;
    case ExpressionKind::Dict:
        for (auto &[key, value] : static_cast<DictDisplay &>(expression).entries) {
            visit(*key);
            visit(*value);
        }
        return;
    case ExpressionKind::Attribute:
        visit(*static_cast<Attribute &>(expression).object);
        return;
    case ExpressionKind::Item:
        visit(*static_cast<Item &>(expression).object);
        visit(*static_cast<Item &>(expression).key);
        return;
    case ExpressionKind::Slice: {
        auto &slice = static_cast<Slice &>(expression);
        for (Expression *part :
             {slice.object.get(), slice.start.get(), slice.stop.get(), slice.step.get()}) {
            if (part)
                visit(*part);
        }
        return;
    }
    case ExpressionKind::Unary:
        visit(*static_cast<Unary &>(expression).operand);
        return;
    case ExpressionKind::Binary:
    case ExpressionKind::And:
    case ExpressionKind::Or:
        visit(*static_cast<Binary &>(expression).left);
        visit(*static_cast<Binary &>(expression).right);
        return;
    case ExpressionKind::Compare:
        visit(*static_cast<Compare &>(expression).first);
        for (auto &[op, operand] : static_cast<Compare &>(expression).rest)
            visit(*operand);
        return;
    case ExpressionKind::Conditional: {
        auto &conditional = static_cast<Conditional &>(expression);
        visit(*conditional.condition);
        visit(*conditional.then);
        if (conditional.otherwise)
            visit(*conditional.otherwise);
        return;
    }
    case ExpressionKind::Filter:
        if (auto &input = static_cast<Filter &>(expression).input)
            visit(*input);
        forEachArgument(static_cast<Filter &>(expression).arguments, visit);
        return;
    case ExpressionKind::Test:
        visit(*static_cast<Test &>(expression).input);
        forEachArgument(static_cast<Test &>(expression).arguments, visit);
        return;
    case ExpressionKind::Call:
        visit(*static_cast<Call &>(expression).callee);
        forEachArgument(static_cast<Call &>(expression).arguments, visit);
        return;
    }
}

} // namespace Trellis::Core::Jinja::Ast
