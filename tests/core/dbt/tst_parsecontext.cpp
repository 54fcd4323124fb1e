#include "core/dbt/datetimeobject.h"
#include "core/dbt/macropackage.h"
#include "core/dbt/parsecontext.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Trellis::Core;
using namespace Trellis::Core::Dbt;

namespace {

// "package.name@version:line" for each ref the render made.
QStringList describeRefs(const SqlCalls &calls)
{
    QStringList refs;
    for (const RefCall &ref : calls.refs) {
        refs.append(QStringLiteral("%1%2%3:%4")
                        .arg(ref.package.isEmpty() ? QString() : ref.package + QLatin1Char('.'), ref.name,
                             ref.version.isEmpty() ? QString() : QLatin1Char('@') + ref.version)
                        .arg(ref.location.line));
    }
    return refs;
}

} // namespace

// dbt's parse mode over real macro files: what a model's render records, wherever the call is
// made, and what it refuses with dbt's messages.
class TestParseContext : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    Jinja::Environment m_environment;
    DbtProject m_shop;
    DbtProject m_helpers;
    MacroPackage m_builtins;
    MacroPackage m_shopMacros;
    MacroPackage m_helperMacros;
    std::unique_ptr<ParseContext> m_context;

    QString writeMacroFile(const QString &name, const QByteArray &text)
    {
        const QString path = m_folder.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    Result<SqlCalls> render(const QString &sql, const QString &name = QStringLiteral("revenue"))
    {
        NodeContext node;
        node.uniqueId = QStringLiteral("model.shop.") + name;
        node.resourceType = QStringLiteral("model");
        node.name = name;
        node.packageName = QStringLiteral("shop");
        node.originalFilePath = QStringLiteral("models/%1.sql").arg(name);
        node.fqn = QStringList{QStringLiteral("shop"), name};
        return m_context->render(sql, m_folder.filePath(name + QStringLiteral(".sql")), node);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        m_shop.name = QStringLiteral("shop");
        m_shop.vars = QJsonObject{{QStringLiteral("start_date"), QStringLiteral("2020-01-01")},
                                  {QStringLiteral("include_customers"), true},
                                  {QStringLiteral("helpers"),
                                   QJsonObject{{QStringLiteral("fiscal_month"), 4}}}};
        m_shop.dispatch = QJsonArray{QJsonObject{
            {QStringLiteral("macro_namespace"), QStringLiteral("helpers")},
            {QStringLiteral("search_order"), QJsonArray{QStringLiteral("shop"), QStringLiteral("helpers")}}}};
        m_helpers.name = QStringLiteral("helpers");

        std::vector<Error> problems;
        m_builtins = MacroLoader::builtins(m_environment);
        QVERIFY(m_builtins.templates.size() >= 3);
        m_helperMacros = MacroLoader::load(
            QStringLiteral("helpers"),
            {writeMacroFile(QStringLiteral("helpers.sql"),
                            "{% macro cents(column) %}{{ return(adapter.dispatch('cents', 'helpers')(column)) }}{% endmacro %}\n"
                            "{% macro default__cents(column) %}({{ column }} / 100){% endmacro %}\n"
                            "{% macro calendar() %}{{ ref('helpers', 'calendar') }}{% endmacro %}\n")},
            m_environment, problems);
        m_shopMacros = MacroLoader::load(
            QStringLiteral("shop"),
            {writeMacroFile(QStringLiteral("shop.sql"),
                            "{% macro orders_relation() %}{{ ref('orders') }}{% endmacro %}\n"
                            "{% macro sqlite__cents(column) %}round({{ column }} / 100.0, 2){% endmacro %}\n"
                            "{% macro fiscal() %}{{ return(var('fiscal_month', 1)) }}{% endmacro %}\n"),
             writeMacroFile(QStringLiteral("broken.sql"), "{% macro broken( %}")},
            m_environment, problems);
        QCOMPARE(problems.size(), 1u);
        QVERIFY(problems.front().file.endsWith(QLatin1String("broken.sql")));
        QCOMPARE(problems.front().line, 1);

        ContextScope scope;
        scope.package = &m_shop;
        scope.root = &m_shop;
        scope.macroPackages = {&m_builtins, &m_helperMacros, &m_shopMacros};
        m_context = std::make_unique<ParseContext>(m_environment, scope);
        QVERIFY(m_context->setupProblems().empty());
    }

    void capturesLiteralCallsWithTheirLines()
    {
        auto calls = render(QStringLiteral("select *\nfrom {{ ref('orders') }}\njoin {{ ref('platform', 'members', v=2) }}\n"
                                           "join {{ source('app', 'rides') }}"));
        QVERIFY2(calls, qPrintable(calls ? QString() : calls.error().toString()));
        QCOMPARE(describeRefs(*calls), (QStringList{QStringLiteral("orders:2"), QStringLiteral("platform.members@2:3")}));
        QCOMPARE(calls->sources.size(), 1u);
        QCOMPARE(calls->sources.front().source, QStringLiteral("app"));
        QCOMPARE(calls->sources.front().location.line, 4);
    }

    void capturesRefsMadeInsideMacrosAndLoops()
    {
        auto calls = render(QStringLiteral("select * from {{ orders_relation() }}\n"
                                           "{% for name in ['customers', 'payments'] %}\njoin {{ ref(name) }}{% endfor %}\n"
                                           "join {{ calendar() }}"));
        QVERIFY2(calls, qPrintable(calls ? QString() : calls.error().toString()));
        // Refs the file does not spell literally are located at its first computed call.
        QCOMPARE(describeRefs(*calls), (QStringList{QStringLiteral("orders:3"), QStringLiteral("customers:3"),
                                                    QStringLiteral("payments:3"), QStringLiteral("helpers.calendar:3")}));
    }

    void isIncrementalIsFalseWhileParsing()
    {
        auto calls = render(QStringLiteral("{{ config(materialized='incremental') }}select * from {{ ref('orders') }}\n"
                                           "{% if is_incremental() %}where id > (select max(id) from {{ this }})"
                                           " and {{ ref('never') }}{% endif %}"));
        QVERIFY(calls);
        QCOMPARE(describeRefs(*calls), QStringList{QStringLiteral("orders:1")});
        QCOMPARE(calls->config.value(QLatin1String("materialized")).toString(), QStringLiteral("incremental"));
    }

    void configCallsMergeAndGetAnswersEmpty()
    {
        auto calls = render(QStringLiteral("{{ config(materialized='table', tags=['a', 'b'], meta={'owner': 'x'}) }}"
                                           "{{ config({'alias': 'rev'}) }}{% do config.set('pre_hook', 'select 1') %}"
                                           "{% if config.get('materialized') == 'table' %}{{ ref('wrong') }}{% endif %}"));
        QVERIFY2(calls, qPrintable(calls ? QString() : calls.error().toString()));
        QCOMPARE(calls->config.value(QLatin1String("materialized")).toString(), QStringLiteral("table"));
        QCOMPARE(calls->config.value(QLatin1String("tags")).toArray(),
                 (QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(calls->config.value(QLatin1String("meta")).toObject().value(QLatin1String("owner")).toString(),
                 QStringLiteral("x"));
        QCOMPARE(calls->config.value(QLatin1String("alias")).toString(), QStringLiteral("rev"));
        QCOMPARE(calls->config.value(QLatin1String("pre-hook")).toString(), QStringLiteral("select 1"));
        QVERIFY(calls->refs.empty()); // config.get() is '' at parse time, as in dbt
    }

    void varsFollowProjectAndPackageScopes()
    {
        auto calls = render(QStringLiteral("{% if var('include_customers') %}{{ ref('customers') }}{% endif %}"
                                           "{% if var('missing') is none %}{{ ref('defaulted') }}{% endif %}"
                                           "{% if var('start_date') == '2020-01-01' %}{{ ref('dated') }}{% endif %}"));
        QVERIFY(calls);
        QCOMPARE(describeRefs(*calls), (QStringList{QStringLiteral("customers:1"), QStringLiteral("defaulted:1"),
                                                    QStringLiteral("dated:1")}));
    }

    void dispatchFollowsTheSearchOrderAndAdapterPrefixes()
    {
        // helpers' dispatch config searches shop first, where sqlite__cents wins over default__.
        auto calls = render(QStringLiteral("{% set sql = cents('amount') %}{% if 'round' in sql %}{{ ref('dispatched') }}{% endif %}"
                                           "{% if dbt.type_string() | trim == 'text' %}{{ ref('typed') }}{% endif %}"));
        QVERIFY2(calls, qPrintable(calls ? QString() : calls.error().toString()));
        QCOMPARE(describeRefs(*calls), (QStringList{QStringLiteral("dispatched:1"), QStringLiteral("typed:1")}));

        auto missing = render(QStringLiteral("{{ adapter.dispatch('nothing', 'helpers')() }}"));
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(
                     QLatin1String("No macro named 'nothing' found within namespace: 'helpers'")),
                 qPrintable(missing.error().message));
        QVERIFY(missing.error().message.contains(QLatin1String("'shop.sqlite__nothing', 'shop.default__nothing'")));
    }

    void envVarsAreReadAndRequired()
    {
        qputenv("TRELLIS_PARSE_TEST_SCHEMA", "analytics");
        auto calls = render(QStringLiteral("{% if env_var('TRELLIS_PARSE_TEST_SCHEMA') == 'analytics' %}{{ ref('a') }}{% endif %}"
                                           "{{ ref(env_var('TRELLIS_PARSE_TEST_UNSET', 'fallback')) }}"));
        QVERIFY(calls);
        QCOMPARE(describeRefs(*calls), (QStringList{QStringLiteral("a:1"), QStringLiteral("fallback:1")}));

        auto missing = render(QStringLiteral("\n{{ env_var('TRELLIS_PARSE_TEST_UNSET') }}"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().message, QStringLiteral("Env var required but not provided: 'TRELLIS_PARSE_TEST_UNSET'"));
        QCOMPARE(missing.error().line, 2);
        auto secret = render(QStringLiteral("{{ env_var('DBT_ENV_SECRET_TOKEN', 'x') }}"));
        QVERIFY(!secret);
        QVERIFY(secret.error().message.startsWith(QLatin1String("Secret env vars are allowed only")));
    }

    void projectMacrosOverrideContextMembers()
    {
        std::vector<Error> problems;
        MacroPackage overriding = MacroLoader::load(
            QStringLiteral("shop"),
            {writeMacroFile(QStringLiteral("custom_ref.sql"),
                            "{% macro ref(name) %}{{ return(builtins.ref('shop', name)) }}{% endmacro %}")},
            m_environment, problems);
        QVERIFY(problems.empty());
        ContextScope scope;
        scope.package = &m_shop;
        scope.root = &m_shop;
        scope.macroPackages = {&m_builtins, &overriding};
        ParseContext context(m_environment, scope);
        NodeContext node;
        node.name = QStringLiteral("m");
        auto calls = context.render(QStringLiteral("{{ ref('orders') }}"), QStringLiteral("m.sql"), node);
        QVERIFY(calls);
        QCOMPARE(describeRefs(*calls), QStringList{QStringLiteral("shop.orders:1")});
    }

    void callsIntoUninstalledPackagesStillFindRefs()
    {
        ContextScope scope;
        scope.package = &m_shop;
        scope.root = &m_shop;
        scope.macroPackages = {&m_builtins};
        scope.missingPackages = {QStringLiteral("dbt_utils")};
        ParseContext context(m_environment, scope);
        NodeContext node;
        node.name = QStringLiteral("m");
        auto calls = context.render(QStringLiteral("select {{ dbt_utils.star(from=ref('orders'), except=['x']) }}\n"
                                                   "{% for c in dbt_utils.get_column_values(ref('lookup'), 'c') %}{{ ref(c) }}{% endfor %}\n"
                                                   "from {{ ref('payments') }}"),
                                    QStringLiteral("m.sql"), node);
        QVERIFY2(calls, qPrintable(calls ? QString() : calls.error().toString()));
        QCOMPARE(describeRefs(*calls), (QStringList{QStringLiteral("orders:1"), QStringLiteral("lookup:2"),
                                                    QStringLiteral("payments:3")}));
        // Without the placeholder the package is simply undefined, as in dbt.
        QVERIFY(!render(QStringLiteral("{{ dbt_utils.star(from=ref('orders')) }}")));
    }

    void datesFollowPythonsFormatting()
    {
        const DateTimeObject moment(QDateTime(QDate(2026, 3, 7), QTime(9, 5, 4, 250), QTimeZone::utc()),
                                    DateTimeObject::Kind::DateTime);
        QCOMPARE(QString::fromStdString(moment.str()), QStringLiteral("2026-03-07 09:05:04.250000+00:00"));
        QCOMPARE(QString::fromStdString(moment.strftime("%Y%m%d %H:%M %a %b %j %y %p %% %q")),
                 QStringLiteral("20260307 09:05 Sat Mar 066 26 AM % %q"));
        // run_started_at and modules.datetime as templates use them.
        auto calls = render(QStringLiteral("{% if run_started_at.strftime('%Y') | int > 2000 and run_started_at.year > 2000 %}"
                                           "{{ ref('dated') }}{% endif %}"
                                           "{% if modules.datetime.date.today().isoformat() | length == 10 %}{{ ref('today') }}{% endif %}"
                                           "{% if (modules.datetime.datetime.utcnow() | string).endswith('+00:00') %}{{ ref('now') }}{% endif %}"));
        QVERIFY2(calls, qPrintable(calls ? QString() : calls.error().toString()));
        QCOMPARE(describeRefs(*calls), (QStringList{QStringLiteral("dated:1"), QStringLiteral("today:1"), QStringLiteral("now:1")}));
    }

    void thisAndRefRenderAsSQLiteRelations()
    {
        auto calls = render(QStringLiteral("{% if this | string == '\"main\".\"revenue\"' and this.identifier == 'revenue' %}"
                                           "{{ ref('ok') }}{% endif %}"));
        QVERIFY2(calls, qPrintable(calls ? QString() : calls.error().toString()));
        QCOMPARE(describeRefs(*calls), QStringList{QStringLiteral("ok:1")});
    }

    void errorsCarryTheFileAndLine()
    {
        auto failed = render(QStringLiteral("select 1\n\n{{ exceptions.raise_compiler_error('orders must be a table') }}"));
        QVERIFY(!failed);
        QCOMPARE(failed.error().message, QStringLiteral("orders must be a table"));
        QCOMPARE(failed.error().line, 3);
        QVERIFY(failed.error().file.endsWith(QLatin1String("revenue.sql")));

        auto badArguments = render(QStringLiteral("{{ ref('a', 'b', 'c') }}"));
        QVERIFY(!badArguments);
        QCOMPARE(badArguments.error().message, QStringLiteral("ref() takes at most two arguments (3 given)"));

        auto undefinedMacro = render(QStringLiteral("{{ no_such_macro() }}"));
        QVERIFY(!undefinedMacro);
        QVERIFY(undefinedMacro.error().message.contains(QLatin1String("no_such_macro")));
    }

    void rendersDoNotLeakIntoEachOther()
    {
        QVERIFY(render(QStringLiteral("{{ config(materialized='table') }}{{ ref('a') }}")));
        auto second = render(QStringLiteral("select 1"), QStringLiteral("other"));
        QVERIFY(second);
        QVERIFY(second->refs.empty());
        QVERIFY(second->config.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestParseContext)
#include "tst_parsecontext.moc"
