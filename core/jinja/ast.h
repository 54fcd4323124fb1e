#pragma once

#include "core/jinja/value.h"

#include <memory>
#include <string>
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
};

struct Parameter
{
    std::string name;
    std::size_t hash = 0;
    ExpressionPtr defaultValue; // null when required
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
};

} // namespace Trellis::Core::Jinja::Ast
