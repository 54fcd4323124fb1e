// The lexer's tokens and positions, the parser's errors, the definitions it reports and the
// slots names resolve to.

#include "core/jinja/environment.h"
#include "core/jinja/lexer.h"
#include "core/jinja/template.h"

#include <QTest>

using namespace Trellis::Core;
using namespace Trellis::Core::Jinja;

Q_DECLARE_METATYPE(Trellis::Core::Jinja::TokenType)

namespace {

QString describe(const std::vector<Token> &tokens)
{
    static const char *const names[]
        = {"data", "{{", "}}", "{%", "%}", "name", "string", "int", "float", "op", "end"};
    QStringList parts;
    for (const Token &token : tokens) {
        QString part = QString::fromLatin1(names[int(token.type)]);
        if (token.type == TokenType::String)
            part += QLatin1Char(':') + QString::fromStdString(token.stringValue);
        else if (token.type != TokenType::End && token.type != TokenType::VariableBegin
                 && token.type != TokenType::BlockBegin)
            part += QLatin1Char(':')
                + QString::fromUtf8(token.text.data(), qsizetype(token.text.size()));
        parts << part + QStringLiteral("@%1:%2").arg(token.line).arg(token.column);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestJinjaSyntax : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data();
    void tokens();
    void lexerErrors_data();
    void lexerErrors();
    void newlines();
    void parserErrors_data();
    void parserErrors();
    void definitions();
    void dbtBlocksCanBeDisabled();
    void namesResolveToSlots();
};

void TestJinjaSyntax::tokens_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text and variable")
        << QStringLiteral("a {{ x|f(1) }} b")
        << QStringLiteral("data:a @1:1 {{@1:3 name:x@1:6 op:|@1:7 name:f@1:8 op:(@1:9 "
                          "int:1@1:10 op:)@1:11 }}:}}@1:13 data: b@1:15 end@1:15");
    QTest::newRow("whitespace control")
        << QStringLiteral("a \n {%- if x -%} \n b")
        << QStringLiteral("data:a@1:1 {%@2:2 name:if@2:6 name:x@2:9 %}:-%}@2:11 "
                          "data:b@3:2 end@3:2");
    QTest::newRow("comment dropped with its whitespace")
        << QStringLiteral("x {#- note -#}\n y") << QStringLiteral("data:x@1:1 data:y@2:2 end@2:2");
    QTest::newRow("numbers")
        << QStringLiteral("{{ 1_000 0x1F 2.5e3 1e2 007 }}")
        << QStringLiteral("{{@1:1 int:1_000@1:4 int:0x1F@1:10 float:2.5e3@1:15 float:1e2@1:21 "
                          "int:00@1:25 int:7@1:27 }}:}}@1:29 end@1:29");
    QTest::newRow("string escapes")
        << QStringLiteral("{{ 'a\\n\\'b' \"\\u00e9\" }}")
        << QStringLiteral("{{@1:1 string:a\n'b@1:4 string:\u00e9@1:13 }}:}}@1:22 end@1:22");
    QTest::newRow("operators")
        << QStringLiteral("{{ a//b**c!=d }}")
        << QStringLiteral("{{@1:1 name:a@1:4 op://@1:5 name:b@1:7 op:**@1:8 name:c@1:10 "
                          "op:!=@1:11 name:d@1:13 }}:}}@1:15 end@1:15");
    QTest::newRow("every other operator")
        << QStringLiteral("{{ a==b>=c<=d>e<f=g/h*i%j~k+l-m.n|o,p;q:r }}")
        << QStringLiteral("{{@1:1 name:a@1:4 op:==@1:5 name:b@1:7 op:>=@1:8 name:c@1:10 "
                          "op:<=@1:11 name:d@1:13 op:>@1:14 name:e@1:15 op:<@1:16 name:f@1:17 "
                          "op:=@1:18 name:g@1:19 op:/@1:20 name:h@1:21 op:*@1:22 name:i@1:23 "
                          "op:%@1:24 name:j@1:25 op:~@1:26 name:k@1:27 op:+@1:28 name:l@1:29 "
                          "op:-@1:30 name:m@1:31 op:.@1:32 name:n@1:33 op:|@1:34 name:o@1:35 "
                          "op:,@1:36 name:p@1:37 op:;@1:38 name:q@1:39 op::@1:40 name:r@1:41 "
                          "}}:}}@1:43 end@1:43");
    QTest::newRow("raw body is text")
        << QStringLiteral("{% raw %}{{ x }}{% endraw %}")
        << QStringLiteral("{%@1:1 name:raw@1:4 %}:%}@1:8 data:{{ x }}@1:10 {%@1:17 "
                          "name:endraw@1:20 %}:%}@1:27 end@1:27");
    QTest::newRow("dict braces inside variable")
        << QStringLiteral("{{ {'a': 1}}}")
        << QStringLiteral("{{@1:1 op:{@1:4 string:a@1:5 op::@1:8 int:1@1:10 "
                          "op:}@1:11 }}:}}@1:12 end@1:12");
}

void TestJinjaSyntax::tokens()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const std::string text = Lexer::normalizeNewlines(source.toStdString(), false);
    auto tokens = Lexer(text, 100).tokenize();
    if (!tokens)
        QFAIL(qPrintable(tokens.error().toString()));
    QCOMPARE(describe(*tokens), expected);
}

void TestJinjaSyntax::lexerErrors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("unterminated string") << QStringLiteral("x\n{{ 'abc }}") << 2 << 4
                                         << QStringLiteral("unterminated string literal");
    QTest::newRow("bad character")
        << QStringLiteral("{{ a $ b }}") << 1 << 6 << QStringLiteral("unexpected character '$'");
    QTest::newRow("exclamation mark without =")
        << QStringLiteral("{{ a ! b }}") << 1 << 6 << QStringLiteral("unexpected character '!'");
    QTest::newRow("closing bracket")
        << QStringLiteral("{{ a] }}") << 1 << 5 << QStringLiteral("unexpected ']'");
    QTest::newRow("mismatched bracket")
        << QStringLiteral("{{ (a] }}") << 1 << 6 << QStringLiteral("unexpected ']', expected ')'");
    QTest::newRow("comment") << QStringLiteral("a\n\n{# never closed") << 3 << 1
                             << QStringLiteral("missing end of comment tag");
    QTest::newRow("deep brackets") << QStringLiteral("{{ ") + QString(300, QLatin1Char('[')) << 1
                                   << 204 << QStringLiteral("brackets nested too deeply");
}

void TestJinjaSyntax::lexerErrors()
{
    QFETCH(QString, source);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const std::string text = source.toStdString();
    auto tokens = Lexer(text, 200).tokenize();
    QVERIFY(!tokens.ok());
    QCOMPARE(tokens.error().message, message);
    QCOMPARE(tokens.error().line, line);
    QCOMPARE(tokens.error().column, column);
}

void TestJinjaSyntax::newlines()
{
    QCOMPARE(Lexer::normalizeNewlines("a\r\nb\rc\n", false), std::string("a\nb\nc"));
    QCOMPARE(Lexer::normalizeNewlines("a\n\n", false), std::string("a\n"));
    QCOMPARE(Lexer::normalizeNewlines("a\n", true), std::string("a\n"));
}

void TestJinjaSyntax::parserErrors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("nesting mistake")
        << QStringLiteral("{% for x in y %}\n{% if x %}\n{% endfor %}") << 3
        << QStringLiteral("unexpected 'endfor', expected 'elif', 'else' or 'endif' to close 'if' "
                          "opened at line 2");
    QTest::newRow("never closed") << QStringLiteral("{% if x %}\nbody") << 1
                                  << QStringLiteral("'if' opened at line 1 is never closed");
    QTest::newRow("unknown tag") << QStringLiteral("\n{% frobnicate %}") << 2
                                 << QStringLiteral("unknown tag 'frobnicate'");
    QTest::newRow("unknown filter")
        << QStringLiteral("{{ x|lowr }}") << 1 << QStringLiteral("unknown filter 'lowr'");
    QTest::newRow("unknown test") << QStringLiteral("{{ x is frob }}") << 1
                                  << QStringLiteral("unknown test 'frob'");
    QTest::newRow("missing expression")
        << QStringLiteral("{{ }}") << 1 << QStringLiteral("expected an expression");
    QTest::newRow("break outside loop")
        << QStringLiteral("{% break %}") << 1 << QStringLiteral("'break' outside a loop");
    QTest::newRow("assign to literal")
        << QStringLiteral("{% set 1 = 2 %}") << 1 << QStringLiteral("cannot assign to const");
    QTest::newRow("default order")
        << QStringLiteral("{% macro m(a=1, b) %}{% endmacro %}") << 1
        << QStringLiteral("non-default argument follows default argument");
    QTest::newRow("include refused") << QStringLiteral("{% include 'x.sql' %}") << 1
                                     << QStringLiteral("templates cannot load other templates");
    QTest::newRow("deep parentheses")
        << QString(150, QLatin1Char('(')).prepend(QStringLiteral("{{ ")) << 1
        << QStringLiteral("nested too deeply");
    QTest::newRow("long operator chain")
        << QStringLiteral("{{ 1") + QStringLiteral(" + 1").repeated(300) + QStringLiteral(" }}")
        << 1 << QStringLiteral("nested too deeply");
}

void TestJinjaSyntax::parserErrors()
{
    QFETCH(QString, source);
    QFETCH(int, line);
    QFETCH(QString, message);
    Environment::Options options;
    options.limits.maxNestingDepth = 120;
    const Environment environment(options);
    auto parsed = environment.parse(source.toStdString(), "t.sql");
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    QCOMPARE(parsed.error().line, line);
    QCOMPARE(parsed.error().file, QStringLiteral("t.sql"));
}

void TestJinjaSyntax::definitions()
{
    const Environment environment;
    auto parsed
        = environment.parse("{% macro first(a, b='x') %}{% endmacro %}\n"
                            "{% test not_empty(model, column_name) %}select 1{% endtest %}\n"
                            "{% materialization view, adapter='sqlite' %}{% endmaterialization %}\n"
                            "{% materialization table, default %}{% endmaterialization %}\n"
                            "{% docs orders %}The **orders** {{ not parsed }}{% enddocs %}\n"
                            "{% snapshot orders_snapshot %}select * from x{% endsnapshot %}\n",
                            "macros.sql");
    if (!parsed)
        QFAIL(qPrintable(parsed.error().toString()));
    const auto &definitions = (*parsed)->definitions();
    QCOMPARE(definitions.size(), std::size_t(6));
    QCOMPARE(definitions[0].callableName, std::string("first"));
    QCOMPARE(definitions[0].parameters.size(), std::size_t(2));
    QVERIFY(!definitions[0].parameters[0].hasDefault);
    QVERIFY(definitions[0].parameters[1].hasDefault);
    QCOMPARE(definitions[1].kind, Ast::DefinitionKind::Test);
    QCOMPARE(definitions[1].callableName, std::string("test_not_empty"));
    QCOMPARE(definitions[1].line, 2);
    QCOMPARE(definitions[2].callableName, std::string("materialization_view_sqlite"));
    QCOMPARE(definitions[3].callableName, std::string("materialization_table_default"));
    QCOMPARE(definitions[4].kind, Ast::DefinitionKind::Docs);
    QCOMPARE(definitions[4].docsText, std::string("The **orders** {{ not parsed }}"));
    QCOMPARE(definitions[5].callableName, std::string("snapshot_orders_snapshot"));
    QCOMPARE(definitions[5].line, 6);
    // Rendering the file defines the blocks and prints nothing else.
    auto rendered = environment.render(**parsed);
    QVERIFY(rendered.ok());
    QCOMPARE(*rendered, std::string("\n\n\n\n\n"));
}

void TestJinjaSyntax::dbtBlocksCanBeDisabled()
{
    Environment::Options options;
    options.dbtBlocks = false;
    const Environment environment(options);
    auto parsed = environment.parse("{% test x(model) %}{% endtest %}", "t.sql");
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().message.contains(QStringLiteral("unknown tag 'test'")));
}

void TestJinjaSyntax::namesResolveToSlots()
{
    const Environment environment;
    auto parsed = environment.parse("{% set top = 1 %}"
                                    "{% for x in items %}"
                                    "{% if x %}{% set y = x %}{% endif %}"
                                    "{% macro m() %}{{ x }}{{ top }}{{ other }}{% endmacro %}"
                                    "{% endfor %}",
                                    "t.sql");
    if (!parsed)
        QFAIL(qPrintable(parsed.error().toString()));
    const Template &tmpl = **parsed;
    using Names = std::vector<std::string_view>;
    QCOMPARE(tmpl.topLevelLayout().names, Names({"top"}));

    const auto &loop = static_cast<const Ast::For &>(*tmpl.body()[1]);
    // The target first, then `loop`, then what the body assigns, even under an `if`.
    QCOMPARE(loop.bodyFrame.names, Names({"x", "loop", "y", "m"}));
    QCOMPARE(loop.loopSlot, 1u);
    QVERIFY(!static_cast<const Ast::Name &>(*loop.iterable).slot.valid()); // a variable

    // The macro copies the loop's `x`, which it reads; it reads the top level live and
    // `other` from the render's variables.
    const auto &macro = static_cast<const Ast::Macro &>(*loop.body[1]);
    QCOMPARE(macro.frame.names, Names({"x"}));
    QCOMPARE(macro.captures.size(), std::size_t(1));
    QCOMPARE(macro.captures[0].slot, 0u);
    QCOMPARE(macro.captures[0].source.hops, 0u);
    QCOMPARE(macro.captures[0].source.slot, 0u);
    const auto name = [&](std::size_t index) -> const Ast::SlotRef & {
        const auto &output = static_cast<const Ast::Output &>(*macro.body[index]);
        return static_cast<const Ast::Name &>(*output.expression).slot;
    };
    QCOMPARE(name(0).hops, 0u);
    QCOMPARE(name(0).slot, 0u);
    QCOMPARE(name(1).hops, 1u); // the macro's scope, then the top level
    QCOMPARE(name(1).slot, 0u);
    QVERIFY(!name(2).valid());
}

QTEST_GUILESS_MAIN(TestJinjaSyntax)
#include "tst_jinjasyntax.moc"
