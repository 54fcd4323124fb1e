#include "parser.h"

#include "builtinmethods.h"

#include <algorithm>
#include <functional>

namespace Trellis::Core::Jinja {

using namespace Ast;

namespace {

// Restores the parser's nesting depth when a recursive parse step returns.
class DepthScope
{
public:
    explicit DepthScope(int &depth)
        : m_depth(depth)
        , m_saved(depth)
    { }
    ~DepthScope() { m_depth = m_saved; }

private:
    int &m_depth;
    int m_saved;
};

// Jinja2's describe_token(): how a token is named in messages.
std::string describe(const Token &token)
{
    switch (token.type) {
    case TokenType::Name:
    case TokenType::Operator:
        return std::string(token.text);
    case TokenType::String:
        return "string";
    case TokenType::Integer:
        return "integer";
    case TokenType::Float:
        return "float";
    case TokenType::Data:
        return "template data / text";
    case TokenType::VariableBegin:
        return "begin of print statement";
    case TokenType::VariableEnd:
        return "end of print statement";
    case TokenType::BlockBegin:
        return "begin of statement block";
    case TokenType::BlockEnd:
        return "end of statement block";
    case TokenType::End:
        return "end of template";
    }
    return "token";
}

std::string quotedList(const std::vector<std::string_view> &names)
{
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += i + 1 == names.size() ? " or " : ", ";
        out += '\'';
        out += names[i];
        out += '\'';
    }
    return out;
}

template<typename T> std::unique_ptr<T> makeNode(const Token &at)
{
    auto node = std::make_unique<T>();
    node->line = at.line;
    node->column = at.column;
    return node;
}

bool isReservedConstant(std::string_view name)
{
    return name == "true" || name == "false" || name == "none" || name == "True" || name == "False"
        || name == "None";
}

bool canAssign(const Expression &target)
{
    if (target.kind == ExpressionKind::Name)
        return !isReservedConstant(static_cast<const Name &>(target).name);
    if (target.kind == ExpressionKind::Tuple) {
        for (const auto &item : static_cast<const Sequence &>(target).items) {
            if (!canAssign(*item))
                return false;
        }
        return true;
    }
    return false;
}

std::string targetDescription(const Expression &target)
{
    switch (target.kind) {
    case ExpressionKind::Literal:
        return "const";
    case ExpressionKind::Tuple:
        return "tuple";
    case ExpressionKind::Name:
        return "name";
    default:
        return "expression";
    }
}

// Marks whether a macro body mentions caller, varargs or kwargs, which decides what extra
// arguments the macro accepts (as in Jinja2).
void noteSpecialNames(Expression &expression, Macro &macro)
{
    if (expression.kind == ExpressionKind::Name) {
        const std::string &name = static_cast<const Name &>(expression).name;
        macro.usesCaller |= name == "caller";
        macro.usesVarargs |= name == "varargs";
        macro.usesKeywords |= name == "kwargs";
        return;
    }
    forEachSubexpression(expression, [&macro](Expression &part) { noteSpecialNames(part, macro); });
}

} // namespace

Parser::Parser(std::vector<Token> tokens, Names names, int maxNestingDepth)
    : m_tokens(std::move(tokens))
    , m_names(std::move(names))
    , m_maxNestingDepth(maxNestingDepth)
{ }

// ------------------------------------------------------------------------- token stream

const Token &Parser::lookAhead() const
{
    return m_position + 1 < m_tokens.size() ? m_tokens[m_position + 1] : m_tokens.back();
}

const Token &Parser::advance()
{
    const Token &token = m_tokens[m_position];
    if (m_position + 1 < m_tokens.size())
        ++m_position;
    return token;
}

bool Parser::skipOperator(std::string_view op)
{
    if (!current().isOperator(op))
        return false;
    advance();
    return true;
}

bool Parser::skipName(std::string_view name)
{
    if (!current().isName(name))
        return false;
    advance();
    return true;
}

Result<const Token *> Parser::expectOperator(std::string_view op)
{
    if (!current().isOperator(op)) {
        if (current().type == TokenType::End)
            return failAt(current(),
                          "unexpected end of template, expected '" + std::string(op) + "'");
        return failAt(current(),
                      "expected '" + std::string(op) + "', got '" + describe(current()) + "'");
    }
    return &advance();
}

Result<const Token *> Parser::expectType(TokenType type)
{
    if (current().type != type) {
        Token wanted;
        wanted.type = type;
        if (current().type == TokenType::End)
            return failAt(current(),
                          "unexpected end of template, expected '" + describe(wanted) + "'");
        return failAt(current(),
                      "expected '" + describe(wanted) + "', got '" + describe(current()) + "'");
    }
    return &advance();
}

Result<const Token *> Parser::expectName(std::string_view name)
{
    const bool matches = name.empty() ? current().type == TokenType::Name : current().isName(name);
    if (!matches) {
        const std::string wanted = name.empty() ? "name" : "'" + std::string(name) + "'";
        if (current().type == TokenType::End)
            return failAt(current(), "unexpected end of template, expected " + wanted);
        return failAt(current(), "expected " + wanted + ", got '" + describe(current()) + "'");
    }
    return &advance();
}

Failure<Error> Parser::failAt(const Token &token, std::string message) const
{
    return failAt(token.line, token.column, std::move(message));
}

Failure<Error> Parser::failAt(int line, int column, std::string message) const
{
    return fail(Error{{}, line, column, QString::fromStdString(message)});
}

Failure<Error> Parser::failUnexpected(const Token &token) const
{
    if (token.type == TokenType::End)
        return failEndOfTemplate();
    return failAt(token, "unexpected '" + describe(token) + "'");
}

Failure<Error> Parser::failEndOfTemplate() const
{
    std::string message = "unexpected end of template";
    if (!m_openBlocks.empty()) {
        const OpenBlock &block = m_openBlocks.back();
        message += ": '" + block.tag + "' opened at line " + std::to_string(block.line)
            + " is never closed (expected " + quotedList(block.endTags) + ")";
    }
    return failAt(current(), message);
}

Failure<Error> Parser::failUnknownTag(const Token &tag) const
{
    const std::string name(tag.text);
    for (auto block = m_openBlocks.rbegin(); block != m_openBlocks.rend(); ++block) {
        for (const std::string_view end : block->endTags) {
            if (end == name && block != m_openBlocks.rbegin()) {
                const OpenBlock &innermost = m_openBlocks.back();
                return failAt(tag,
                              "unexpected '" + name + "', expected " + quotedList(innermost.endTags)
                                  + " to close '" + innermost.tag + "' opened at line "
                                  + std::to_string(innermost.line));
            }
        }
    }
    if (name.starts_with("end") && m_openBlocks.empty())
        return failAt(tag, "unexpected '" + name + "': no block is open");
    std::string message = "unknown tag '" + name + "'";
    if (!m_openBlocks.empty()) {
        const OpenBlock &innermost = m_openBlocks.back();
        message += " (the '" + innermost.tag + "' opened at line " + std::to_string(innermost.line)
            + " expects " + quotedList(innermost.endTags) + ")";
    }
    return failAt(tag, message);
}

Result<void> Parser::deepen(const Token &at)
{
    if (++m_depth > m_maxNestingDepth)
        return failAt(
            at, "template nested too deeply (limit " + std::to_string(m_maxNestingDepth) + ")");
    return {};
}

Result<void> Parser::checkFilterName(const Token &at, const std::string &name) const
{
    if (m_softScopes == 0 && m_names.isFilter && !m_names.isFilter(name))
        return failAt(at, "unknown filter '" + name + "'");
    return {};
}

Result<void> Parser::checkTestName(const Token &at, const std::string &name) const
{
    if (m_softScopes == 0 && m_names.isTest && !m_names.isTest(name))
        return failAt(at, "unknown test '" + name + "'");
    return {};
}

// ---------------------------------------------------------------------------- statements

Result<Body> Parser::parseTemplate()
{
    auto body = parseBody({});
    if (!body)
        return body;
    if (current().type != TokenType::End)
        return failUnexpected(current());
    if (m_loopAssignment)
        return failAt(m_loopAssignment->line, m_loopAssignment->column,
                      "cannot assign to 'loop' inside a for loop (it is the loop's own variable)");
    return body;
}

void Parser::noteLoopAssignment(const Expression &target)
{
    if (m_loopAssignment)
        return;
    if (target.kind == ExpressionKind::Name) {
        if (static_cast<const Name &>(target).name == "loop")
            m_loopAssignment = static_cast<const Name *>(&target);
    } else if (target.kind == ExpressionKind::Tuple) {
        for (const auto &item : static_cast<const Sequence &>(target).items)
            noteLoopAssignment(*item);
    }
}

Result<Body> Parser::parseBody(std::vector<std::string_view> endTags)
{
    Body body;
    for (;;) {
        const Token &token = current();
        switch (token.type) {
        case TokenType::Data: {
            auto text = makeNode<Text>(token);
            text->text = std::string(token.text);
            body.push_back(std::move(text));
            advance();
            break;
        }
        case TokenType::VariableBegin: {
            advance();
            auto output = makeNode<Output>(token);
            auto expression = parseTuple(false, true);
            if (!expression)
                return fail(expression.error());
            output->line = (*expression)->line;
            output->column = (*expression)->column;
            output->expression = std::move(*expression);
            if (auto end = expectType(TokenType::VariableEnd); !end)
                return fail(end.error());
            body.push_back(std::move(output));
            break;
        }
        case TokenType::BlockBegin: {
            advance();
            if (current().type == TokenType::Name) {
                for (const std::string_view end : endTags) {
                    if (current().text == end)
                        return body;
                }
            }
            auto statement = parseStatement();
            if (!statement)
                return fail(statement.error());
            if (*statement)
                body.push_back(std::move(*statement));
            if (auto end = expectType(TokenType::BlockEnd); !end)
                return fail(end.error());
            break;
        }
        case TokenType::End:
            return body;
        default:
            return failUnexpected(token);
        }
    }
}

Result<Body> Parser::parseBlockBody(std::string_view tag, int line,
                                    std::vector<std::string_view> endTags, bool dropEndTag)
{
    skipOperator(":");
    if (auto end = expectType(TokenType::BlockEnd); !end)
        return fail(end.error());
    m_openBlocks.push_back({std::string(tag), line, endTags});
    auto body = parseBody(endTags);
    if (!body)
        return body;
    if (current().type == TokenType::End)
        return failEndOfTemplate();
    m_openBlocks.pop_back();
    if (dropEndTag)
        advance();
    return body;
}

Result<StatementPtr> Parser::parseStatement()
{
    const Token &tag = current();
    if (tag.type != TokenType::Name) {
        if (tag.type == TokenType::End)
            return failEndOfTemplate();
        return failAt(tag, "tag name expected");
    }
    DepthScope depthScope(m_depth);
    if (auto deeper = deepen(tag); !deeper)
        return fail(deeper.error());
    const std::string_view name = tag.text;
    if (name == "for")
        return parseFor(tag);
    if (name == "if")
        return parseIf(tag);
    if (name == "set")
        return parseSet(tag);
    if (name == "macro")
        return parseMacro(tag, DefinitionKind::Macro);
    if (name == "call")
        return parseCallBlock(tag);
    if (name == "filter")
        return parseFilterBlock(tag);
    if (name == "with")
        return parseWith(tag);
    if (name == "raw")
        return parseRaw(tag);
    if (name == "do") {
        advance();
        auto statement = makeNode<Do>(tag);
        auto expression = parseTuple(false, true);
        if (!expression)
            return fail(expression.error());
        statement->expression = std::move(*expression);
        return StatementPtr(std::move(statement));
    }
    if (name == "print") {
        advance();
        auto statement = makeNode<Output>(tag);
        auto expression = parseTuple(false, true);
        if (!expression)
            return fail(expression.error());
        statement->expression = std::move(*expression);
        return StatementPtr(std::move(statement));
    }
    if (name == "break" || name == "continue") {
        if (m_loopDepth == 0)
            return failAt(tag, "'" + std::string(name) + "' outside a loop");
        advance();
        auto statement = std::make_unique<LoopControl>(name == "break" ? StatementKind::Break
                                                                       : StatementKind::Continue);
        statement->line = tag.line;
        statement->column = tag.column;
        return StatementPtr(std::move(statement));
    }
    if (m_names.dbtBlocks) {
        if (name == "test")
            return parseMacro(tag, DefinitionKind::Test);
        if (name == "snapshot")
            return parseMacro(tag, DefinitionKind::Snapshot);
        if (name == "materialization")
            return parseMaterialization(tag);
        if (name == "docs")
            return parseDocs(tag);
    }
    if (name == "include" || name == "import" || name == "from" || name == "extends"
        || name == "block") {
        return failAt(tag,
                      "the '" + std::string(name)
                          + "' tag is not supported: templates cannot load other templates");
    }
    return failUnknownTag(tag);
}

Result<StatementPtr> Parser::parseFor(const Token &tag)
{
    advance();
    auto loop = makeNode<For>(tag);
    auto target = parseAssignTarget(false, false, {"in"});
    if (!target)
        return fail(target.error());
    loop->target = std::move(*target);
    noteLoopAssignment(*loop->target);
    if (auto in = expectName("in"); !in)
        return fail(in.error());
    auto iterable = parseTuple(false, false, {"recursive"});
    if (!iterable)
        return fail(iterable.error());
    loop->iterable = std::move(*iterable);
    const int savedSoftScopes = std::exchange(m_softScopes, 0);
    if (skipName("if")) {
        auto filter = parseExpression();
        if (!filter)
            return fail(filter.error());
        loop->filter = std::move(*filter);
    }
    loop->recursive = skipName("recursive");
    ++m_loopDepth;
    ++m_forNesting;
    auto body = parseBlockBody("for", tag.line, {"endfor", "else"}, false);
    --m_loopDepth;
    if (!body)
        return fail(body.error());
    loop->body = std::move(*body);
    if (advance().text == "else") {
        auto otherwise = parseBlockBody("for", tag.line, {"endfor"}, true);
        if (!otherwise)
            return fail(otherwise.error());
        loop->otherwise = std::move(*otherwise);
    }
    --m_forNesting;
    m_softScopes = savedSoftScopes;
    return StatementPtr(std::move(loop));
}

Result<StatementPtr> Parser::parseIf(const Token &tag)
{
    advance();
    auto statement = makeNode<If>(tag);
    ++m_softScopes;
    int branchLine = tag.line;
    for (;;) {
        IfBranch branch;
        branch.line = branchLine;
        auto condition = parseTuple(false, false);
        if (!condition)
            return fail(condition.error());
        branch.condition = std::move(*condition);
        auto body = parseBlockBody("if", tag.line, {"elif", "else", "endif"}, false);
        if (!body)
            return fail(body.error());
        branch.body = std::move(*body);
        statement->branches.push_back(std::move(branch));
        const Token &end = advance();
        if (end.text == "elif") {
            branchLine = end.line;
            continue;
        }
        if (end.text == "else") {
            auto otherwise = parseBlockBody("if", tag.line, {"endif"}, true);
            if (!otherwise)
                return fail(otherwise.error());
            statement->otherwise = std::move(*otherwise);
        }
        break;
    }
    --m_softScopes;
    return StatementPtr(std::move(statement));
}

Result<StatementPtr> Parser::parseSet(const Token &tag)
{
    advance();
    auto target = parseAssignTarget(false, true);
    if (!target)
        return fail(target.error());
    if (m_forNesting > 0)
        noteLoopAssignment(**target);
    if (skipOperator("=")) {
        auto statement = makeNode<Set>(tag);
        statement->target = std::move(*target);
        auto value = parseTuple(false, true);
        if (!value)
            return fail(value.error());
        statement->value = std::move(*value);
        return StatementPtr(std::move(statement));
    }
    auto statement = makeNode<SetBlock>(tag);
    statement->target = std::move(*target);
    auto filter = parseFilter(nullptr, false);
    if (!filter)
        return fail(filter.error());
    statement->filter = std::move(*filter);
    auto body = parseBlockBody("set", tag.line, {"endset"}, true);
    if (!body)
        return fail(body.error());
    statement->body = std::move(*body);
    return StatementPtr(std::move(statement));
}

Result<void> Parser::parseSignature(Macro &macro)
{
    if (auto open = expectOperator("("); !open)
        return fail(open.error());
    while (!current().isOperator(")")) {
        if (!macro.parameters.empty()) {
            if (auto comma = expectOperator(","); !comma)
                return fail(comma.error());
        }
        auto name = parseAssignTarget(true, false);
        if (!name)
            return fail(name.error());
        Parameter parameter;
        parameter.name = static_cast<Name &>(**name).name;
        for (const Parameter &earlier : macro.parameters) {
            if (earlier.name == parameter.name)
                return failAt(macro.line, macro.column,
                              "duplicate parameter '" + parameter.name + "' in macro '" + macro.name
                                  + "'");
        }
        parameter.hash = std::hash<std::string_view>{}(parameter.name);
        if (skipOperator("=")) {
            auto defaultValue = parseExpression();
            if (!defaultValue)
                return fail(defaultValue.error());
            noteSpecialNames(**defaultValue, macro);
            parameter.defaultValue = std::move(*defaultValue);
        } else if (!macro.parameters.empty() && macro.parameters.back().defaultValue) {
            return failAt(current(), "non-default argument follows default argument");
        }
        macro.parameters.push_back(std::move(parameter));
    }
    advance();
    return {};
}

namespace {

void noteSpecialNamesInBody(const Body &body, Macro &macro);

void noteSpecialNamesInStatement(const Statement &statement, Macro &macro)
{
    switch (statement.kind) {
    case StatementKind::Output:
        noteSpecialNames(*static_cast<const Output &>(statement).expression, macro);
        return;
    case StatementKind::If:
        for (const auto &branch : static_cast<const If &>(statement).branches) {
            noteSpecialNames(*branch.condition, macro);
            noteSpecialNamesInBody(branch.body, macro);
        }
        noteSpecialNamesInBody(static_cast<const If &>(statement).otherwise, macro);
        return;
    case StatementKind::For: {
        const auto &loop = static_cast<const For &>(statement);
        noteSpecialNames(*loop.iterable, macro);
        if (loop.filter)
            noteSpecialNames(*loop.filter, macro);
        noteSpecialNamesInBody(loop.body, macro);
        noteSpecialNamesInBody(loop.otherwise, macro);
        return;
    }
    case StatementKind::Set:
        noteSpecialNames(*static_cast<const Set &>(statement).value, macro);
        return;
    case StatementKind::SetBlock:
        if (const auto &filter = static_cast<const SetBlock &>(statement).filter)
            noteSpecialNames(*filter, macro);
        noteSpecialNamesInBody(static_cast<const SetBlock &>(statement).body, macro);
        return;
    case StatementKind::Macro:
        noteSpecialNamesInBody(static_cast<const Macro &>(statement).body, macro);
        return;
    case StatementKind::CallBlock: {
        const auto &block = static_cast<const CallBlock &>(statement);
        noteSpecialNames(*block.call, macro);
        noteSpecialNamesInBody(block.caller->body, macro);
        return;
    }
    case StatementKind::FilterBlock:
        noteSpecialNames(*static_cast<const FilterBlock &>(statement).filter, macro);
        noteSpecialNamesInBody(static_cast<const FilterBlock &>(statement).body, macro);
        return;
    case StatementKind::Do:
        noteSpecialNames(*static_cast<const Do &>(statement).expression, macro);
        return;
    case StatementKind::With:
        for (const auto &[target, value] : static_cast<const With &>(statement).assignments)
            noteSpecialNames(*value, macro);
        noteSpecialNamesInBody(static_cast<const With &>(statement).body, macro);
        return;
    default:
        return;
    }
}

void noteSpecialNamesInBody(const Body &body, Macro &macro)
{
    for (const auto &statement : body)
        noteSpecialNamesInStatement(*statement, macro);
}

void setCallableName(Macro &macro)
{
    switch (macro.definition) {
    case DefinitionKind::Macro:
        macro.callableName = macro.name;
        break;
    case DefinitionKind::Test:
        macro.callableName = "test_" + macro.name;
        break;
    case DefinitionKind::Materialization:
        macro.callableName = "materialization_" + macro.name + "_" + macro.adapter;
        break;
    case DefinitionKind::Snapshot:
        macro.callableName = "snapshot_" + macro.name;
        break;
    case DefinitionKind::Docs:
        macro.callableName = "docs_" + macro.name;
        break;
    }
    macro.callableHash = std::hash<std::string_view>{}(macro.callableName);
}

} // namespace

Result<StatementPtr> Parser::parseMacro(const Token &tag, DefinitionKind kind)
{
    static const char *const endTags[]
        = {"endmacro", "endtest", "endmaterialization", "endsnapshot", "enddocs"};
    const std::string_view endTag = endTags[int(kind)];
    advance();
    auto macro = makeNode<Macro>(tag);
    macro->definition = kind;
    auto name = parseAssignTarget(true, false);
    if (!name)
        return fail(name.error());
    macro->name = static_cast<Name &>(**name).name;
    if (kind != DefinitionKind::Snapshot) {
        if (auto signature = parseSignature(*macro); !signature)
            return fail(signature.error());
    }
    setCallableName(*macro);
    const int savedSoftScopes = std::exchange(m_softScopes, 0);
    const int savedLoopDepth = std::exchange(m_loopDepth, 0);
    auto body = parseBlockBody(tag.text, tag.line, {endTag}, true);
    m_softScopes = savedSoftScopes;
    m_loopDepth = savedLoopDepth;
    if (!body)
        return fail(body.error());
    macro->body = std::move(*body);
    noteSpecialNamesInBody(macro->body, *macro);
    return StatementPtr(std::move(macro));
}

Result<StatementPtr> Parser::parseMaterialization(const Token &tag)
{
    advance();
    auto macro = makeNode<Macro>(tag);
    macro->definition = DefinitionKind::Materialization;
    macro->adapter = "default";
    auto name = parseAssignTarget(true, false);
    if (!name)
        return fail(name.error());
    macro->name = static_cast<Name &>(**name).name;
    while (skipOperator(",")) {
        auto option = expectName();
        if (!option)
            return fail(option.error());
        const std::string_view optionName = (*option)->text;
        if (optionName == "default")
            continue;
        if (optionName != "adapter" && optionName != "supported_languages")
            return failAt(**option,
                          "unknown materialization option '" + std::string(optionName) + "'");
        if (auto assign = expectOperator("="); !assign)
            return fail(assign.error());
        auto value = parseExpression();
        if (!value)
            return fail(value.error());
        if (optionName == "adapter") {
            if ((*value)->kind != ExpressionKind::Literal
                || !static_cast<Literal &>(**value).value.isString())
                return failAt((*value)->line, (*value)->column, "the adapter must be a string");
            macro->adapter = static_cast<Literal &>(**value).value.text();
        }
    }
    setCallableName(*macro);
    const int savedSoftScopes = std::exchange(m_softScopes, 0);
    const int savedLoopDepth = std::exchange(m_loopDepth, 0);
    auto body = parseBlockBody("materialization", tag.line, {"endmaterialization"}, true);
    m_softScopes = savedSoftScopes;
    m_loopDepth = savedLoopDepth;
    if (!body)
        return fail(body.error());
    macro->body = std::move(*body);
    noteSpecialNamesInBody(macro->body, *macro);
    return StatementPtr(std::move(macro));
}

Result<StatementPtr> Parser::parseDocs(const Token &tag)
{
    advance();
    auto macro = makeNode<Macro>(tag);
    macro->definition = DefinitionKind::Docs;
    auto name = parseAssignTarget(true, false);
    if (!name)
        return fail(name.error());
    macro->name = static_cast<Name &>(**name).name;
    setCallableName(*macro);
    if (auto end = expectType(TokenType::BlockEnd); !end)
        return fail(end.error());
    if (current().type == TokenType::Data) {
        auto text = makeNode<Text>(current());
        text->text = std::string(current().text);
        macro->docsText = text->text;
        macro->body.push_back(std::move(text));
        advance();
    }
    if (auto begin = expectType(TokenType::BlockBegin); !begin)
        return fail(begin.error());
    if (auto end = expectName("enddocs"); !end)
        return fail(end.error());
    return StatementPtr(std::move(macro));
}

Result<StatementPtr> Parser::parseRaw(const Token &tag)
{
    advance();
    if (auto end = expectType(TokenType::BlockEnd); !end)
        return fail(end.error());
    auto text = makeNode<Text>(tag);
    if (current().type == TokenType::Data) {
        text->text = std::string(current().text);
        advance();
    }
    if (auto begin = expectType(TokenType::BlockBegin); !begin)
        return fail(begin.error());
    if (auto end = expectName("endraw"); !end)
        return fail(end.error());
    return StatementPtr(std::move(text));
}

Result<StatementPtr> Parser::parseCallBlock(const Token &tag)
{
    advance();
    auto block = makeNode<CallBlock>(tag);
    block->caller = makeNode<Macro>(tag);
    block->caller->name = "caller";
    block->caller->callableName = "caller";
    if (current().isOperator("(")) {
        if (auto signature = parseSignature(*block->caller); !signature)
            return fail(signature.error());
    }
    auto call = parseExpression();
    if (!call)
        return fail(call.error());
    if ((*call)->kind != ExpressionKind::Call)
        return failAt(tag, "expected a call after 'call'");
    block->call.reset(static_cast<Call *>(call->release()));
    const int savedSoftScopes = std::exchange(m_softScopes, 0);
    const int savedLoopDepth = std::exchange(m_loopDepth, 0);
    auto body = parseBlockBody("call", tag.line, {"endcall"}, true);
    m_softScopes = savedSoftScopes;
    m_loopDepth = savedLoopDepth;
    if (!body)
        return fail(body.error());
    block->caller->body = std::move(*body);
    noteSpecialNamesInBody(block->caller->body, *block->caller);
    return StatementPtr(std::move(block));
}

Result<StatementPtr> Parser::parseFilterBlock(const Token &tag)
{
    advance();
    auto block = makeNode<FilterBlock>(tag);
    auto filter = parseFilter(nullptr, true);
    if (!filter)
        return fail(filter.error());
    block->filter = std::move(*filter);
    auto body = parseBlockBody("filter", tag.line, {"endfilter"}, true);
    if (!body)
        return fail(body.error());
    block->body = std::move(*body);
    return StatementPtr(std::move(block));
}

Result<StatementPtr> Parser::parseWith(const Token &tag)
{
    advance();
    auto block = makeNode<With>(tag);
    while (current().type != TokenType::BlockEnd) {
        if (!block->assignments.empty()) {
            if (auto comma = expectOperator(","); !comma)
                return fail(comma.error());
        }
        auto target = parseAssignTarget(false, false);
        if (!target)
            return fail(target.error());
        if (auto assign = expectOperator("="); !assign)
            return fail(assign.error());
        auto value = parseExpression();
        if (!value)
            return fail(value.error());
        block->assignments.emplace_back(std::move(*target), std::move(*value));
    }
    const int savedSoftScopes = std::exchange(m_softScopes, 0);
    auto body = parseBlockBody("with", tag.line, {"endwith"}, true);
    m_softScopes = savedSoftScopes;
    if (!body)
        return fail(body.error());
    block->body = std::move(*body);
    return StatementPtr(std::move(block));
}

Result<ExpressionPtr> Parser::parseAssignTarget(bool nameOnly, bool withNamespace,
                                                std::vector<std::string_view> extraEndNames)
{
    ExpressionPtr target;
    if (withNamespace && current().type == TokenType::Name && lookAhead().isOperator(".")) {
        const Token &owner = advance();
        advance();
        auto attribute = expectName();
        if (!attribute)
            return fail(attribute.error());
        auto name = makeNode<Name>(owner);
        name->name = std::string(owner.text);
        name->hash = std::hash<std::string_view>{}(name->name);
        auto node = makeNode<Attribute>(owner);
        node->object = std::move(name);
        node->name = std::string((*attribute)->text);
        node->hash = std::hash<std::string_view>{}(node->name);
        return ExpressionPtr(std::move(node));
    }
    if (nameOnly) {
        auto token = expectName();
        if (!token)
            return fail(token.error());
        auto name = makeNode<Name>(**token);
        name->name = std::string((*token)->text);
        name->hash = std::hash<std::string_view>{}(name->name);
        target = std::move(name);
    } else {
        auto parsed = parseTuple(true, false, std::move(extraEndNames));
        if (!parsed)
            return parsed;
        target = std::move(*parsed);
    }
    if (!canAssign(*target))
        return failAt(target->line, target->column,
                      "cannot assign to " + targetDescription(*target));
    return target;
}

// --------------------------------------------------------------------------- expressions

bool Parser::atTupleEnd(const std::vector<std::string_view> &extraEndNames) const
{
    const Token &token = current();
    if (token.type == TokenType::VariableEnd || token.type == TokenType::BlockEnd
        || token.isOperator(")"))
        return true;
    for (const std::string_view name : extraEndNames) {
        if (token.isName(name))
            return true;
    }
    return false;
}

Result<ExpressionPtr> Parser::parseTuple(bool simplified, bool withCondition,
                                         std::vector<std::string_view> extraEndNames,
                                         bool explicitParentheses)
{
    const Token &start = current();
    std::vector<ExpressionPtr> items;
    bool isTuple = false;
    for (;;) {
        if (!items.empty()) {
            if (auto comma = expectOperator(","); !comma)
                return fail(comma.error());
        }
        if (atTupleEnd(extraEndNames))
            break;
        auto item = simplified ? parsePrimary() : parseExpression(withCondition);
        if (!item)
            return item;
        items.push_back(std::move(*item));
        if (current().isOperator(","))
            isTuple = true;
        else
            break;
    }
    if (!isTuple) {
        if (!items.empty())
            return std::move(items.front());
        if (!explicitParentheses) {
            if (current().type == TokenType::End)
                return failEndOfTemplate();
            return failAt(current(), "expected an expression, got '" + describe(current()) + "'");
        }
    }
    // A tuple of constants is a constant (tuples are immutable): build it once, here.
    const bool constant
        = !simplified && std::all_of(items.begin(), items.end(), [](const ExpressionPtr &item) {
              return item->kind == ExpressionKind::Literal;
          });
    if (constant) {
        std::vector<Value> values;
        for (const ExpressionPtr &item : items)
            values.push_back(static_cast<const Literal &>(*item).value);
        auto literal = makeNode<Literal>(start);
        literal->value = Value::tuple(std::move(values));
        return ExpressionPtr(std::move(literal));
    }
    auto tuple = std::make_unique<Sequence>(ExpressionKind::Tuple);
    tuple->line = start.line;
    tuple->column = start.column;
    tuple->items = std::move(items);
    return ExpressionPtr(std::move(tuple));
}

Result<ExpressionPtr> Parser::parseExpression(bool withCondition)
{
    return withCondition ? parseConditional() : parseOr();
}

Result<ExpressionPtr> Parser::parseConditional()
{
    const Token &start = current();
    auto expression = parseOr();
    if (!expression)
        return expression;
    while (current().isName("if")) {
        advance();
        ++m_softScopes;
        auto condition = parseOr();
        if (!condition)
            return condition;
        ExpressionPtr otherwise;
        if (skipName("else")) {
            auto parsed = parseConditional();
            if (!parsed)
                return parsed;
            otherwise = std::move(*parsed);
        }
        --m_softScopes;
        auto node = makeNode<Conditional>(start);
        node->then = std::move(*expression);
        node->condition = std::move(*condition);
        node->otherwise = std::move(otherwise);
        *expression = std::move(node);
    }
    return expression;
}

Result<ExpressionPtr> Parser::parseOr()
{
    return parseKeywordChain("or", ExpressionKind::Or, &Parser::parseAnd);
}

Result<ExpressionPtr> Parser::parseAnd()
{
    return parseKeywordChain("and", ExpressionKind::And, &Parser::parseNot);
}

Result<ExpressionPtr> Parser::parseKeywordChain(const char *keyword, ExpressionKind kind,
                                                Result<ExpressionPtr> (Parser::*operand)())
{
    DepthScope depthScope(m_depth);
    const Token &start = current();
    auto left = (this->*operand)();
    if (!left)
        return left;
    while (skipName(keyword)) {
        if (auto deeper = deepen(start); !deeper)
            return fail(deeper.error());
        auto right = (this->*operand)();
        if (!right)
            return right;
        auto node = std::make_unique<Binary>(kind);
        node->line = start.line;
        node->column = start.column;
        node->left = std::move(*left);
        node->right = std::move(*right);
        *left = std::move(node);
    }
    return left;
}

Result<ExpressionPtr> Parser::parseNot()
{
    if (current().isName("not")) {
        DepthScope depthScope(m_depth);
        const Token &token = advance();
        if (auto deeper = deepen(token); !deeper)
            return fail(deeper.error());
        auto operand = parseNot();
        if (!operand)
            return operand;
        auto node = makeNode<Unary>(token);
        node->op = UnaryOperator::Not;
        node->operand = std::move(*operand);
        return ExpressionPtr(std::move(node));
    }
    return parseCompare();
}

Result<ExpressionPtr> Parser::parseCompare()
{
    const Token &start = current();
    auto first = parseAdditive();
    if (!first)
        return first;
    std::unique_ptr<Compare> compare;
    for (;;) {
        const Token &token = current();
        std::optional<CompareOperator> op;
        if (token.type == TokenType::Operator) {
            if (token.text == "==")
                op = CompareOperator::Equal;
            else if (token.text == "!=")
                op = CompareOperator::NotEqual;
            else if (token.text == "<")
                op = CompareOperator::Less;
            else if (token.text == "<=")
                op = CompareOperator::LessEqual;
            else if (token.text == ">")
                op = CompareOperator::Greater;
            else if (token.text == ">=")
                op = CompareOperator::GreaterEqual;
            if (op)
                advance();
        } else if (token.isName("in")) {
            op = CompareOperator::In;
            advance();
        } else if (token.isName("not") && lookAhead().isName("in")) {
            op = CompareOperator::NotIn;
            advance();
            advance();
        }
        if (!op)
            break;
        auto operand = parseAdditive();
        if (!operand)
            return operand;
        if (!compare) {
            compare = makeNode<Compare>(start);
            compare->first = std::move(*first);
        }
        compare->rest.emplace_back(*op, std::move(*operand));
    }
    if (!compare)
        return first;
    return ExpressionPtr(std::move(compare));
}

namespace {

std::unique_ptr<Binary> makeBinary(const Token &start, BinaryOperator op, ExpressionPtr left,
                                   ExpressionPtr right)
{
    auto node = makeNode<Binary>(start);
    node->op = op;
    node->left = std::move(left);
    node->right = std::move(right);
    return node;
}

} // namespace

Result<ExpressionPtr> Parser::parseAdditive()
{
    DepthScope depthScope(m_depth);
    const Token &start = current();
    auto left = parseConcat();
    if (!left)
        return left;
    while (current().isOperator("+") || current().isOperator("-")) {
        const BinaryOperator op
            = advance().text == "+" ? BinaryOperator::Add : BinaryOperator::Subtract;
        if (auto deeper = deepen(start); !deeper)
            return fail(deeper.error());
        auto right = parseConcat();
        if (!right)
            return right;
        *left = makeBinary(start, op, std::move(*left), std::move(*right));
    }
    return left;
}

Result<ExpressionPtr> Parser::parseConcat()
{
    DepthScope depthScope(m_depth);
    const Token &start = current();
    auto left = parseMultiplicative();
    if (!left)
        return left;
    while (skipOperator("~")) {
        if (auto deeper = deepen(start); !deeper)
            return fail(deeper.error());
        auto right = parseMultiplicative();
        if (!right)
            return right;
        *left = makeBinary(start, BinaryOperator::Concat, std::move(*left), std::move(*right));
    }
    return left;
}

Result<ExpressionPtr> Parser::parseMultiplicative()
{
    DepthScope depthScope(m_depth);
    const Token &start = current();
    auto left = parsePower();
    if (!left)
        return left;
    for (;;) {
        const Token &token = current();
        BinaryOperator op;
        if (token.isOperator("*"))
            op = BinaryOperator::Multiply;
        else if (token.isOperator("/"))
            op = BinaryOperator::Divide;
        else if (token.isOperator("//"))
            op = BinaryOperator::FloorDivide;
        else if (token.isOperator("%"))
            op = BinaryOperator::Modulo;
        else
            break;
        advance();
        if (auto deeper = deepen(start); !deeper)
            return fail(deeper.error());
        auto right = parsePower();
        if (!right)
            return right;
        *left = makeBinary(start, op, std::move(*left), std::move(*right));
    }
    return left;
}

Result<ExpressionPtr> Parser::parsePower()
{
    DepthScope depthScope(m_depth);
    const Token &start = current();
    auto left = parseUnary(true);
    if (!left)
        return left;
    while (skipOperator("**")) {
        if (auto deeper = deepen(start); !deeper)
            return fail(deeper.error());
        auto right = parseUnary(true);
        if (!right)
            return right;
        *left = makeBinary(start, BinaryOperator::Power, std::move(*left), std::move(*right));
    }
    return left;
}

Result<ExpressionPtr> Parser::parseUnary(bool withFilter)
{
    DepthScope depthScope(m_depth);
    const Token &token = current();
    if (auto deeper = deepen(token); !deeper)
        return fail(deeper.error());
    Result<ExpressionPtr> node = ExpressionPtr();
    if (token.isOperator("-") || token.isOperator("+")) {
        advance();
        auto operand = parseUnary(false);
        if (!operand)
            return operand;
        auto unary = makeNode<Unary>(token);
        unary->op = token.text == "-" ? UnaryOperator::Negate : UnaryOperator::Plus;
        unary->operand = std::move(*operand);
        node = ExpressionPtr(std::move(unary));
    } else {
        node = parsePrimary();
        if (!node)
            return node;
    }
    node = parsePostfix(std::move(*node));
    if (!node || !withFilter)
        return node;
    return parseFilterExpression(std::move(*node));
}

Result<ExpressionPtr> Parser::parsePrimary()
{
    const Token &token = current();
    switch (token.type) {
    case TokenType::Name: {
        advance();
        if (token.text == "true" || token.text == "True" || token.text == "false"
            || token.text == "False") {
            auto literal = makeNode<Literal>(token);
            literal->value = Value::boolean(token.text[0] == 't' || token.text[0] == 'T');
            return ExpressionPtr(std::move(literal));
        }
        if (token.text == "none" || token.text == "None")
            return ExpressionPtr(makeNode<Literal>(token));
        auto name = makeNode<Name>(token);
        name->name = std::string(token.text);
        name->hash = std::hash<std::string_view>{}(name->name);
        return ExpressionPtr(std::move(name));
    }
    case TokenType::String: {
        auto literal = makeNode<Literal>(token);
        std::string text = token.stringValue;
        advance();
        while (current().type == TokenType::String)
            text += advance().stringValue;
        literal->value = Value::string(std::move(text));
        return ExpressionPtr(std::move(literal));
    }
    case TokenType::Integer:
    case TokenType::Float: {
        advance();
        auto literal = makeNode<Literal>(token);
        literal->value = token.type == TokenType::Integer ? Value::integer(token.integerValue)
                                                          : Value::number(token.floatValue);
        return ExpressionPtr(std::move(literal));
    }
    case TokenType::Operator:
        if (token.text == "(") {
            advance();
            auto inner = parseTuple(false, true, {}, true);
            if (!inner)
                return inner;
            if (auto close = expectOperator(")"); !close)
                return fail(close.error());
            return inner;
        }
        if (token.text == "[")
            return parseList();
        if (token.text == "{")
            return parseDict();
        break;
    default:
        break;
    }
    return failUnexpected(token);
}

Result<ExpressionPtr> Parser::parseList()
{
    const Token &open = advance();
    auto list = std::make_unique<Sequence>(ExpressionKind::List);
    list->line = open.line;
    list->column = open.column;
    while (!current().isOperator("]")) {
        if (!list->items.empty()) {
            if (auto comma = expectOperator(","); !comma)
                return fail(comma.error());
        }
        if (current().isOperator("]"))
            break;
        auto item = parseExpression();
        if (!item)
            return item;
        list->items.push_back(std::move(*item));
    }
    advance();
    return ExpressionPtr(std::move(list));
}

Result<ExpressionPtr> Parser::parseDict()
{
    const Token &open = advance();
    auto dict = makeNode<DictDisplay>(open);
    while (!current().isOperator("}")) {
        if (!dict->entries.empty()) {
            if (auto comma = expectOperator(","); !comma)
                return fail(comma.error());
        }
        if (current().isOperator("}"))
            break;
        auto key = parseExpression();
        if (!key)
            return key;
        if (auto colon = expectOperator(":"); !colon)
            return fail(colon.error());
        auto value = parseExpression();
        if (!value)
            return value;
        std::optional<std::size_t> keyHash;
        if ((*key)->kind == ExpressionKind::Literal) {
            const Value &literal = static_cast<const Literal &>(**key).value;
            if (literal.isHashable())
                keyHash = literal.hash();
        }
        dict->literalKeyHashes.push_back(keyHash);
        dict->entries.emplace_back(std::move(*key), std::move(*value));
    }
    advance();
    return ExpressionPtr(std::move(dict));
}

Result<ExpressionPtr> Parser::parsePostfix(ExpressionPtr node)
{
    for (;;) {
        const Token &token = current();
        if (token.isOperator(".") || token.isOperator("[")) {
            auto subscript = parseSubscript(std::move(node));
            if (!subscript)
                return subscript;
            node = std::move(*subscript);
        } else if (token.isOperator("(")) {
            auto call = makeNode<Call>(token);
            auto arguments = parseCallArguments();
            if (!arguments)
                return fail(arguments.error());
            call->callee = std::move(node);
            call->arguments = std::move(*arguments);
            node = std::move(call);
        } else {
            return node;
        }
        if (auto deeper = deepen(token); !deeper)
            return fail(deeper.error());
    }
}

Result<ExpressionPtr> Parser::parseFilterExpression(ExpressionPtr node)
{
    for (;;) {
        const Token &token = current();
        Result<ExpressionPtr> next = ExpressionPtr();
        if (token.isOperator("|")) {
            next = parseFilter(std::move(node), false);
        } else if (token.isName("is")) {
            next = parseTest(std::move(node));
        } else if (token.isOperator("(")) {
            auto call = makeNode<Call>(token);
            auto arguments = parseCallArguments();
            if (!arguments)
                return fail(arguments.error());
            call->callee = std::move(node);
            call->arguments = std::move(*arguments);
            next = ExpressionPtr(std::move(call));
        } else {
            return node;
        }
        if (!next)
            return next;
        node = std::move(*next);
        if (auto deeper = deepen(token); !deeper)
            return fail(deeper.error());
    }
}

Result<ExpressionPtr> Parser::parseSubscript(ExpressionPtr node)
{
    const Token &token = advance();
    if (token.text == ".") {
        const Token &attribute = current();
        advance();
        if (attribute.type == TokenType::Name) {
            auto getattr = makeNode<Attribute>(token);
            getattr->object = std::move(node);
            getattr->name = std::string(attribute.text);
            getattr->hash = std::hash<std::string_view>{}(getattr->name);
            getattr->methodKinds = BuiltinMethods::kindsWithMethod(getattr->name);
            return ExpressionPtr(std::move(getattr));
        }
        if (attribute.type != TokenType::Integer)
            return failAt(attribute, "expected name or number after '.'");
        auto item = makeNode<Item>(token);
        auto key = makeNode<Literal>(attribute);
        key->value = Value::integer(attribute.integerValue);
        item->object = std::move(node);
        item->key = std::move(key);
        return ExpressionPtr(std::move(item));
    }
    std::vector<ExpressionPtr> arguments;
    while (!current().isOperator("]")) {
        if (!arguments.empty()) {
            if (auto comma = expectOperator(","); !comma)
                return fail(comma.error());
        }
        auto argument = parseSubscribed();
        if (!argument)
            return argument;
        arguments.push_back(std::move(*argument));
    }
    if (auto close = expectOperator("]"); !close)
        return fail(close.error());
    if (arguments.size() == 1 && arguments.front()->kind == ExpressionKind::Slice) {
        auto &slice = static_cast<Slice &>(*arguments.front());
        slice.object = std::move(node);
        slice.line = token.line;
        slice.column = token.column;
        return std::move(arguments.front());
    }
    auto item = makeNode<Item>(token);
    item->object = std::move(node);
    if (arguments.size() == 1) {
        item->key = std::move(arguments.front());
    } else {
        auto tuple = std::make_unique<Sequence>(ExpressionKind::Tuple);
        tuple->line = token.line;
        tuple->column = token.column;
        for (auto &argument : arguments) {
            if (argument->kind == ExpressionKind::Slice)
                return failAt(token, "slices inside a tuple subscript are not supported");
            tuple->items.push_back(std::move(argument));
        }
        item->key = std::move(tuple);
    }
    return ExpressionPtr(std::move(item));
}

Result<ExpressionPtr> Parser::parseSubscribed()
{
    const Token &start = current();
    auto slice = makeNode<Slice>(start);
    if (current().isOperator(":")) {
        advance();
    } else {
        auto expression = parseExpression();
        if (!expression)
            return expression;
        if (!current().isOperator(":"))
            return expression;
        advance();
        slice->start = std::move(*expression);
    }
    auto atBoundEnd = [this] {
        return current().isOperator("]") || current().isOperator(",") || current().isOperator(":");
    };
    if (!atBoundEnd()) {
        auto stop = parseExpression();
        if (!stop)
            return stop;
        slice->stop = std::move(*stop);
    }
    if (skipOperator(":")) {
        if (!current().isOperator("]") && !current().isOperator(",")) {
            auto step = parseExpression();
            if (!step)
                return step;
            slice->step = std::move(*step);
        }
    }
    return ExpressionPtr(std::move(slice));
}

Result<CallArguments> Parser::parseCallArguments()
{
    const Token &open = advance();
    CallArguments arguments;
    bool requireComma = false;
    auto invalid = [&] {
        return failAt(open, "invalid syntax for function call expression");
    };
    while (!current().isOperator(")")) {
        if (requireComma) {
            if (auto comma = expectOperator(","); !comma)
                return fail(comma.error());
            if (current().isOperator(")"))
                break;
        }
        if (current().isOperator("*")) {
            if (arguments.starArguments || arguments.starKeywords)
                return invalid();
            advance();
            auto value = parseExpression();
            if (!value)
                return fail(value.error());
            arguments.starArguments = std::move(*value);
        } else if (current().isOperator("**")) {
            if (arguments.starKeywords)
                return invalid();
            advance();
            auto value = parseExpression();
            if (!value)
                return fail(value.error());
            arguments.starKeywords = std::move(*value);
        } else if (current().type == TokenType::Name && lookAhead().isOperator("=")) {
            if (arguments.starKeywords)
                return invalid();
            std::string key(current().text);
            advance();
            advance();
            auto value = parseExpression();
            if (!value)
                return fail(value.error());
            arguments.keyword.emplace_back(std::move(key), std::move(*value));
        } else {
            if (arguments.starArguments || arguments.starKeywords || !arguments.keyword.empty())
                return invalid();
            auto value = parseExpression();
            if (!value)
                return fail(value.error());
            arguments.positional.push_back(std::move(*value));
        }
        requireComma = true;
    }
    advance();
    return arguments;
}

Result<ExpressionPtr> Parser::parseFilter(ExpressionPtr node, bool startInline)
{
    while (current().isOperator("|") || startInline) {
        if (!startInline)
            advance();
        startInline = false;
        auto nameToken = expectName();
        if (!nameToken)
            return fail(nameToken.error());
        const Token &token = **nameToken;
        std::string name(token.text);
        while (current().isOperator(".")) {
            advance();
            auto part = expectName();
            if (!part)
                return fail(part.error());
            name += "." + std::string((*part)->text);
        }
        if (auto known = checkFilterName(token, name); !known)
            return fail(known.error());
        auto filter = makeNode<Filter>(token);
        filter->name = std::move(name);
        filter->hash = std::hash<std::string_view>{}(filter->name);
        filter->number = m_filterCount++;
        filter->input = std::move(node);
        if (current().isOperator("(")) {
            auto arguments = parseCallArguments();
            if (!arguments)
                return fail(arguments.error());
            filter->arguments = std::move(*arguments);
        }
        filter->readsInputInPlace
            = filter->input && hasNoEffects(*filter->input) && hasNoEffects(filter->arguments);
        node = std::move(filter);
    }
    return node;
}

Result<ExpressionPtr> Parser::parseTest(ExpressionPtr node)
{
    const Token &is = advance();
    const bool negated = skipName("not");
    auto nameToken = expectName();
    if (!nameToken)
        return fail(nameToken.error());
    std::string name((*nameToken)->text);
    while (current().isOperator(".")) {
        advance();
        auto part = expectName();
        if (!part)
            return fail(part.error());
        name += "." + std::string((*part)->text);
    }
    if (auto known = checkTestName(**nameToken, name); !known)
        return fail(known.error());
    auto test = makeNode<Test>(is);
    test->name = std::move(name);
    test->hash = std::hash<std::string_view>{}(test->name);
    test->input = std::move(node);
    test->negated = negated;
    const Token &next = current();
    if (next.isOperator("(")) {
        auto arguments = parseCallArguments();
        if (!arguments)
            return fail(arguments.error());
        test->arguments = std::move(*arguments);
    } else if ((next.type == TokenType::Name || next.type == TokenType::String
                || next.type == TokenType::Integer || next.type == TokenType::Float
                || next.isOperator("[") || next.isOperator("{"))
               && !next.isName("else") && !next.isName("or") && !next.isName("and")) {
        if (next.isName("is"))
            return failAt(next, "cannot chain multiple tests with 'is'");
        auto argument = parsePrimary();
        if (!argument)
            return argument;
        argument = parsePostfix(std::move(*argument));
        if (!argument)
            return argument;
        test->arguments.positional.push_back(std::move(*argument));
    }
    return ExpressionPtr(std::move(test));
}

} // namespace Trellis::Core::Jinja
