#include "core/ide/jinjacall.h"
#include "core/ide/jinjasqlscanner.h"
#include "core/ide/sqlcursoranalyzer.h"

#include <QTest>

using namespace Trellis::Core::Ide;

Q_DECLARE_METATYPE(TokenKind)
Q_DECLARE_METATYPE(SqlCursorContext::Kind)

namespace {

TokenKind kindAt(const QString &text, qsizetype offset)
{
    const ScanResult result = JinjaSqlScanner::scan(text);
    for (const Token &token : result.tokens) {
        if (offset >= token.start && offset < token.start + token.length)
            return token.kind;
    }
    qFatal("no token at %lld", qlonglong(offset));
}

// The offset of the `|` marker in `marked`, and the text without it.
std::pair<QString, qsizetype> cursor(const QString &marked)
{
    const qsizetype at = marked.indexOf(QLatin1Char('|'));
    return {QString(marked).remove(at, 1), at};
}

} // namespace

class TestJinjaSqlAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifiesTokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("word");
        QTest::addColumn<TokenKind>("kind");
        const QString model = QStringLiteral(
            "select id, count(*) as n -- total\nfrom {{ ref('orders') }} /* {{ x }} */\n"
            "where s = 'a{{ var(\"v\") }}b' {# note #} and \"Quoted\" > 42");
        QTest::newRow("keyword") << model << "select" << TokenKind::SqlKeyword;
        QTest::newRow("function") << model << "count" << TokenKind::SqlFunction;
        QTest::newRow("identifier") << model << "id" << TokenKind::SqlIdentifier;
        QTest::newRow("line comment") << model << "total" << TokenKind::SqlComment;
        QTest::newRow("delimiter") << model << "{{ ref" << TokenKind::JinjaDelimiter;
        QTest::newRow("dbt name") << model << "ref(" << TokenKind::JinjaDbtName;
        QTest::newRow("jinja string") << model << "'orders'" << TokenKind::JinjaString;
        QTest::newRow("jinja in block comment") << model << "x }}" << TokenKind::JinjaIdentifier;
        QTest::newRow("block comment") << model << "*/" << TokenKind::SqlComment;
        QTest::newRow("sql string") << model << "'a{{" << TokenKind::SqlString;
        QTest::newRow("jinja in sql string") << model << "var(" << TokenKind::JinjaDbtName;
        QTest::newRow("sql string after jinja") << model << "b'" << TokenKind::SqlString;
        QTest::newRow("jinja comment") << model << "note" << TokenKind::JinjaComment;
        QTest::newRow("quoted identifier") << model << "Quoted" << TokenKind::SqlQuotedIdentifier;
        QTest::newRow("number") << model << "42" << TokenKind::SqlNumber;
    }

    void classifiesTokens()
    {
        QFETCH(QString, text);
        QFETCH(QString, word);
        QFETCH(TokenKind, kind);
        const qsizetype at = text.indexOf(word);
        QVERIFY(at >= 0);
        QCOMPARE(kindAt(text, at), kind);
    }

    void countsBlocksForFolding()
    {
        const QString text = QStringLiteral(
            "{% if a %}\nselect (\n  1)\n{% set x %}y{% endset %}\n{% set z = 1 %}\n{% endif %}\n");
        const ScanResult result = JinjaSqlScanner::scan(text);
        QList<int> depths;
        for (const LineEnd &line : result.lines)
            depths.append(line.state.depth);
        QCOMPARE(depths, (QList<int>{1, 2, 1, 1, 1, 0}));
    }

    // Restarting at a line with the state recorded there gives the tokens a full scan gives.
    void restartsAtAnyLine()
    {
        const QString text = QStringLiteral(
            "select '{{ a\n}}' /* x\n{{ 'multi\nline' }} */ {% if b %}\n{% endif %} from t\n");
        const ScanResult full = JinjaSqlScanner::scan(text);
        for (const LineEnd &line : full.lines) {
            const ScanState restored = ScanState::fromInt(line.state.toInt());
            QCOMPARE(restored, line.state);
            const ScanResult rest
                = JinjaSqlScanner::scan(QStringView(text).mid(line.offset), restored);
            QCOMPARE(rest.end, full.end);
            for (const Token &token : rest.tokens)
                QCOMPARE(kindAt(text, line.offset + token.start), token.kind);
        }
    }

    void findsCallsWithArguments()
    {
        const QString text = QStringLiteral(
            "{{ ref('platform', 'dim_members', v=1) }} {{ dbt_utils.star(from=ref(\"x\")) }}");
        const ScanResult scan = JinjaSqlScanner::scan(text);
        const auto calls = JinjaCallFinder::find(text, scan.tokens);
        QCOMPARE(calls.size(), 3u);
        QCOMPARE(calls[0].callee, QStringLiteral("ref"));
        QCOMPARE(calls[0].argument(0), QStringLiteral("platform"));
        QCOMPARE(calls[0].argument(1), QStringLiteral("dim_members"));
        QCOMPARE(calls[0].version, QStringLiteral("1"));
        QCOMPARE(calls[1].callee, QStringLiteral("dbt_utils.star"));
        QCOMPARE(JinjaCallFinder::at(calls, text.indexOf(QLatin1String("\"x\"")))->callee,
                 QStringLiteral("ref"));
    }

    void analysesTheCursor_data()
    {
        QTest::addColumn<QString>("marked");
        QTest::addColumn<SqlCursorContext::Kind>("kind");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("qualifier");
        using K = SqlCursorContext::Kind;
        QTest::newRow("ref") << "select * from {{ ref('|" << K::RefModel << ""
                             << ""
                             << "";
        QTest::newRow("ref prefix") << "{{ ref(\"fct_|\") }}" << K::RefModel << "fct_"
                                    << ""
                                    << "";
        QTest::newRow("ref project") << "{{ ref('platform', 'dim|" << K::RefProjectModel << "dim"
                                     << "platform"
                                     << "";
        QTest::newRow("source") << "{{ source('|') }}" << K::SourceName << ""
                                << ""
                                << "";
        QTest::newRow("source table") << "{{ source('app', 'ri|') }}" << K::SourceTable << "ri"
                                      << "app"
                                      << "";
        QTest::newRow("doc") << "{{ doc('x|" << K::DocName << "x"
                             << ""
                             << "";
        QTest::newRow("macro") << "{{ cents_|" << K::JinjaName << "cents_"
                               << ""
                               << "";
        QTest::newRow("package macro") << "{% do dbt_utils.st|" << K::JinjaName << "st"
                                       << ""
                                       << "dbt_utils";
        QTest::newRow("column") << "select r.ri| from {{ ref('fct_rides') }} r" << K::Column << "ri"
                                << ""
                                << "r";
        QTest::newRow("after jinja") << "select {{ x }}|" << K::Column << ""
                                     << ""
                                     << "";
        QTest::newRow("comment") << "select 1 -- ref('|" << K::None << ""
                                 << ""
                                 << "";
        QTest::newRow("after literal") << "{{ ref('a'|) }}" << K::None << ""
                                       << ""
                                       << "";
    }

    void analysesTheCursor()
    {
        QFETCH(QString, marked);
        QFETCH(SqlCursorContext::Kind, kind);
        QFETCH(QString, prefix);
        QFETCH(QString, package);
        QFETCH(QString, qualifier);
        const auto [text, offset] = cursor(marked);
        const SqlCursorContext context = SqlCursorAnalyzer(text).completionContext(offset);
        QCOMPARE(context.kind, kind);
        QCOMPARE(context.prefix, prefix);
        QCOMPARE(context.package, package);
        QCOMPARE(context.qualifier, qualifier);
    }

    // Completing inside `ref('fc|t')` replaces the whole literal's text and its closing quote.
    void replacesTheWholeArgument()
    {
        const auto [text, offset] = cursor(QStringLiteral("{{ ref('fc|t') }}"));
        const SqlCursorContext context = SqlCursorAnalyzer(text).completionContext(offset);
        QCOMPARE(text.mid(context.replaceStart, context.replaceEnd - context.replaceStart),
                 QStringLiteral("fct'"));
    }

    void findsRelationAliases()
    {
        const QString text
            = QStringLiteral("select * from {{ ref('a') }} as x join {{ ref('p', 'b') }} y "
                             "join {{ source('s', 't') }} on 1 = 1");
        const auto relations = SqlCursorAnalyzer(text).relations();
        QCOMPARE(relations.size(), 3u);
        QCOMPARE(relations[0].alias, QStringLiteral("x"));
        QCOMPARE(relations[1].package, QStringLiteral("p"));
        QCOMPARE(relations[1].alias, QStringLiteral("y"));
        QVERIFY(relations[2].isSource);
        QCOMPARE(relations[2].alias, QString());
    }
};

QTEST_GUILESS_MAIN(TestJinjaSqlAnalysis)
#include "tst_jinjasqlanalysis.moc"
