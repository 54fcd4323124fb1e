#pragma once

#include "core/jinja/ast.h"
#include "core/jinja/token.h"

#include <functional>
#include <string>
#include <vector>

namespace Trellis::Core::Jinja {

// Builds the syntax tree from the lexer's tokens following Jinja2's grammar (operator
// precedence, tuple rules, test arguments, tag syntax) plus the `do`, `break`/`continue`
// extensions and dbt's block tags. Errors carry the line Jinja2 reports for the same mistake.
// Like Jinja2's compiler it rejects a filter or test name the environment does not know,
// except inside an `if` (where Jinja2 defers that check to run time).
class Parser
{
public:
    // What the environment knows: its filters and tests, and whether dbt's block tags
    // (test, materialization, snapshot, docs) are tags at all.
    struct Names
    {
        std::function<bool(std::string_view)> isFilter;
        std::function<bool(std::string_view)> isTest;
        bool dbtBlocks = true;
    };

    Parser(std::vector<Token> tokens, Names names, int maxNestingDepth);

    Result<Ast::Body> parseTemplate();

private:
    struct OpenBlock
    {
        std::string tag;
        int line;
        std::vector<std::string_view> endTags;
    };

    // Statements
    Result<Ast::Body> parseBody(std::vector<std::string_view> endTags);
    Result<Ast::Body> parseBlockBody(std::string_view tag, int line,
                                     std::vector<std::string_view> endTags, bool dropEndTag);
    Result<Ast::StatementPtr> parseStatement();
    Result<Ast::StatementPtr> parseFor(const Token &tag);
    Result<Ast::StatementPtr> parseIf(const Token &tag);
    Result<Ast::StatementPtr> parseSet(const Token &tag);
    Result<Ast::StatementPtr> parseMacro(const Token &tag, Ast::DefinitionKind kind);
    Result<Ast::StatementPtr> parseCallBlock(const Token &tag);
    Result<Ast::StatementPtr> parseFilterBlock(const Token &tag);
    Result<Ast::StatementPtr> parseWith(const Token &tag);
    Result<Ast::StatementPtr> parseRaw(const Token &tag);
    Result<Ast::StatementPtr> parseDocs(const Token &tag);
    Result<Ast::StatementPtr> parseMaterialization(const Token &tag);
    Result<void> parseSignature(Ast::Macro &macro);
    Result<Ast::ExpressionPtr> parseAssignTarget(bool nameOnly, bool withNamespace,
                                                 std::vector<std::string_view> extraEndNames = {});

    // Expressions, lowest precedence first (as Jinja2's parser names them)
    Result<Ast::ExpressionPtr> parseTuple(bool simplified, bool withCondition,
                                          std::vector<std::string_view> extraEndNames = {},
                                          bool explicitParentheses = false);
    Result<Ast::ExpressionPtr> parseExpression(bool withCondition = true);
    Result<Ast::ExpressionPtr> parseConditional();
    Result<Ast::ExpressionPtr> parseOr();
    Result<Ast::ExpressionPtr> parseAnd();
    // Left-associative `a KEYWORD b KEYWORD c` (or, and) over the next tighter level.
    Result<Ast::ExpressionPtr> parseKeywordChain(const char *keyword, Ast::ExpressionKind kind,
                                                 Result<Ast::ExpressionPtr> (Parser::*operand)());
    Result<Ast::ExpressionPtr> parseNot();
    Result<Ast::ExpressionPtr> parseCompare();
    Result<Ast::ExpressionPtr> parseAdditive();
    Result<Ast::ExpressionPtr> parseConcat();
    Result<Ast::ExpressionPtr> parseMultiplicative();
    Result<Ast::ExpressionPtr> parsePower();
    Result<Ast::ExpressionPtr> parseUnary(bool withFilter);
    Result<Ast::ExpressionPtr> parsePrimary();
    Result<Ast::ExpressionPtr> parsePostfix(Ast::ExpressionPtr node);
    Result<Ast::ExpressionPtr> parseFilterExpression(Ast::ExpressionPtr node);
    Result<Ast::ExpressionPtr> parseSubscript(Ast::ExpressionPtr node);
    Result<Ast::ExpressionPtr> parseSubscribed();
    Result<Ast::ExpressionPtr> parseFilter(Ast::ExpressionPtr node, bool startInline);
    Result<Ast::ExpressionPtr> parseTest(Ast::ExpressionPtr node);
    Result<Ast::ExpressionPtr> parseList();
    Result<Ast::ExpressionPtr> parseDict();
    Result<Ast::CallArguments> parseCallArguments();

    // Token stream
    const Token &current() const { return m_tokens[m_position]; }
    const Token &lookAhead() const;
    const Token &advance();
    bool skipOperator(std::string_view op);
    bool skipName(std::string_view name);
    Result<const Token *> expectOperator(std::string_view op);
    Result<const Token *> expectType(TokenType type);
    Result<const Token *> expectName(std::string_view name = {});
    bool atTupleEnd(const std::vector<std::string_view> &extraEndNames) const;

    Failure<Error> failAt(const Token &token, std::string message) const;
    Failure<Error> failAt(int line, int column, std::string message) const;
    Failure<Error> failUnexpected(const Token &token) const;
    Failure<Error> failEndOfTemplate() const;
    Failure<Error> failUnknownTag(const Token &tag) const;
    Result<void> deepen(const Token &at);
    void noteLoopAssignment(const Ast::Expression &target);
    Result<void> checkFilterName(const Token &at, const std::string &name) const;
    Result<void> checkTestName(const Token &at, const std::string &name) const;

    std::vector<Token> m_tokens;
    std::size_t m_position = 0;
    Names m_names;
    int m_maxNestingDepth;
    int m_depth = 0;
    // >0 inside an if statement or inline if, where unknown filters/tests fail only at run time.
    int m_softScopes = 0;
    std::uint32_t m_filterCount = 0;
    int m_loopDepth = 0;
    // For loops around the current statement, macros in them included: Jinja2 forbids
    // assigning `loop` anywhere in one, once the whole template has parsed.
    int m_forNesting = 0;
    const Ast::Name *m_loopAssignment = nullptr; // the first such assignment
    std::vector<OpenBlock> m_openBlocks;
};

} // namespace Trellis::Core::Jinja
