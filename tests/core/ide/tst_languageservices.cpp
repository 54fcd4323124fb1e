#include "core/graph/manifestbuilder.h"
#include "core/ide/languagesnapshot.h"

#include <QFile>
#include <QTest>

using namespace Trellis::Core;
using namespace Trellis::Core::Ide;

namespace {

const QString kSandbox = QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox/");

QString sandboxFile(const char *relative)
{
    return kSandbox + QLatin1String(relative);
}

QString read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

const CompletionItem *item(const Completion &completion, const QString &label)
{
    for (const CompletionItem &candidate : completion.items) {
        if (candidate.label == label)
            return &candidate;
    }
    return nullptr;
}

QString where(const std::optional<SourceLocation> &location)
{
    if (!location)
        return QStringLiteral("nowhere");
    return QStringLiteral("%1:%2")
        .arg(QString(location->file).remove(kSandbox))
        .arg(location->line);
}

} // namespace

class TestLanguageServices : public QObject
{
    Q_OBJECT

    std::unique_ptr<LanguageSnapshot> m_snapshot;
    const QString m_financeModel
        = sandboxFile("finance/models/intermediate/int_member_monthly_usage.sql");

    Completion completeAtEnd(const QString &file, const QString &text) const
    {
        return m_snapshot->complete(file, text, text.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_snapshot = std::make_unique<LanguageSnapshot>(
            std::make_shared<const Manifest>(ManifestBuilder::build(kSandbox)));
        QVERIFY(m_snapshot->manifest().find(QStringLiteral("model.platform.fct_rides")));
    }

    // finance lists platform in dependencies.yml: its public models come in the two-argument
    // form, its protected ones not at all, and marketing (not listed) not either.
    void refOffersUpstreamPublicModels()
    {
        const Completion completion
            = completeAtEnd(m_financeModel, QStringLiteral("select * from {{ ref('"));
        const CompletionItem *upstream = item(completion, QStringLiteral("fct_rides (platform)"));
        QVERIFY(upstream);
        QCOMPARE(upstream->insertText, QStringLiteral("platform', 'fct_rides'"));
        QVERIFY(upstream->detail.contains(QStringLiteral("public · contract enforced")));
        const CompletionItem *own = item(completion, QStringLiteral("stg_billing__payments"));
        QVERIFY(own);
        QCOMPARE(own->insertText, QStringLiteral("stg_billing__payments'"));
        QVERIFY(!item(completion, QStringLiteral("stg_bikeshare_app__rides (platform)")));
        QVERIFY(!item(completion, QStringLiteral("fct_channel_roi (marketing)")));
        QVERIFY(item(completion, QStringLiteral("platform")));
        const CompletionItem *version
            = item(completion, QStringLiteral("dim_members v1 (platform)"));
        QVERIFY(version);
        QCOMPARE(version->insertText, QStringLiteral("platform', 'dim_members', v=1"));
        QVERIFY(item(completion, QStringLiteral("dim_members (platform)"))
                    ->detail.contains(QStringLiteral("v2 (latest of 2)")));
    }

    void refNamesTheProjectFirst()
    {
        const Completion platform
            = completeAtEnd(m_financeModel, QStringLiteral("{{ ref(\"platform\", \"fct"));
        QCOMPARE(platform.items.size(), 1u);
        QCOMPARE(platform.items.front().insertText, QStringLiteral("fct_rides\""));
        QVERIFY(
            completeAtEnd(m_financeModel, QStringLiteral("{{ ref('marketing', '")).items.empty());
    }

    void sourceOffersSourcesThenTables()
    {
        const QString file
            = sandboxFile("platform/models/staging/bikeshare_app/stg_bikeshare_app__rides.sql");
        const Completion sources = completeAtEnd(file, QStringLiteral("{{ source('"));
        QVERIFY(item(sources, QStringLiteral("bikeshare_app")));
        QCOMPARE(item(sources, QStringLiteral("bikeshare_app"))->insertText,
                 QStringLiteral("bikeshare_app', '"));
        const Completion tables
            = completeAtEnd(file, QStringLiteral("{{ source('bikeshare_app', 'ri"));
        QVERIFY(item(tables, QStringLiteral("rides")));
    }

    void offersColumnsOfRefdModels()
    {
        const QString text = QStringLiteral("select r. from {{ ref('platform', 'fct_rides') }} r");
        const Completion completion
            = m_snapshot->complete(m_financeModel, text, text.indexOf(u'.') + 1);
        const CompletionItem *column = item(completion, QStringLiteral("ride_id"));
        QVERIFY(column);
        QCOMPARE(column->detail, QStringLiteral("bigint · fct_rides"));
        QVERIFY(m_snapshot->complete(m_financeModel, QStringLiteral("select x.") + text.mid(9), 9)
                    .items.empty());
    }

    void offersMacrosAndBuiltins()
    {
        const Completion macros = completeAtEnd(m_financeModel, QStringLiteral("{{ cents"));
        QVERIFY(item(macros, QStringLiteral("cents_to_currency")));
        QVERIFY(item(completeAtEnd(m_financeModel, QStringLiteral("{% if is_")),
                     QStringLiteral("is_incremental")));
        QVERIFY(item(completeAtEnd(m_financeModel, QStringLiteral("{{ date")),
                     QStringLiteral("datediff")));
    }

    void completesYamlKeysAndValues()
    {
        const QString file = sandboxFile("platform/models/marts/fleet/_fleet__models.yml");
        const QString yaml = QStringLiteral("models:\n  - name: x\n    config:\n      access: p");
        const Completion access = completeAtEnd(file, yaml);
        QCOMPARE(access.items.size(), 3u);
        const Completion group
            = completeAtEnd(file, QStringLiteral("models:\n  - name: x\n    group: "));
        QVERIFY(item(group, QStringLiteral("fleet_operations")));
        const Completion keys = completeAtEnd(file, QStringLiteral("models:\n  - name: x\n    de"));
        QVERIFY(item(keys, QStringLiteral("description")));
        QVERIFY(item(keys, QStringLiteral("deprecation_date")));
    }

    void findsDefinitions_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("needle"); // the cursor goes to the needle's first character
        QTest::addColumn<QString>("expected");
        QTest::newRow("cross-project ref")
            << "finance/models/intermediate/int_member_monthly_usage.sql"
            << "fct_rides')"
            << "platform/models/marts/fleet/fct_rides.sql:1";
        QTest::newRow("macro") << "finance/models/marts/revenue/fct_monthly_revenue.sql"
                               << "cents_to_currency"
                               << "finance/macros/cents_to_currency.sql:3";
        QTest::newRow("yaml entry to sql") << "platform/models/marts/fleet/_fleet__models.yml"
                                           << "fct_rides"
                                           << "platform/models/marts/fleet/fct_rides.sql:1";
        QTest::newRow("sql to yaml entry") << "platform/models/marts/fleet/fct_rides.sql"
                                           << "select"
                                           << "platform/models/marts/fleet/_fleet__models.yml:50";
        QTest::newRow("doc") << "platform/models/marts/core/_core__models.yml"
                             << "dim_members')"
                             << "platform/models/docs.md:1";
    }

    void findsDefinitions()
    {
        QFETCH(QString, file);
        QFETCH(QString, needle);
        QFETCH(QString, expected);
        const QString path = kSandbox + file;
        const QString text = read(path);
        const qsizetype offset = text.indexOf(needle);
        QVERIFY(offset >= 0);
        QCOMPARE(where(m_snapshot->definitions().definition(path, text, offset + 1)), expected);
    }

    void findsReferencesAcrossTheMesh()
    {
        const QString path = sandboxFile("platform/models/marts/fleet/fct_rides.sql");
        const auto references = m_snapshot->definitions().references(path, read(path), 0);
        QStringList places;
        for (const SourceLocation &location : references)
            places.append(where(location));
        QVERIFY2(places.contains(
                     QStringLiteral("finance/models/intermediate/int_member_monthly_usage.sql:9")),
                 qPrintable(places.join(QLatin1Char(' '))));
    }

    void describesARefOnHover()
    {
        const QString text = read(m_financeModel);
        const QString html = m_snapshot->hovers().html(m_financeModel, text,
                                                       text.indexOf(QLatin1String("fct_rides')")));
        for (const char *expected : {"fct_rides", "fleet_operations", "Fleet Analytics", "public",
                                     "enforced", "ride_id", "bigint"})
            QVERIFY2(html.contains(QLatin1String(expected)), expected);
        const QString versioned = QStringLiteral("{{ ref('platform', 'dim_members', v=1) }}");
        const QString card = m_snapshot->hovers().html(m_financeModel, versioned, 22);
        QVERIFY2(card.contains(QStringLiteral("v2 (latest)"))
                     && card.contains(QStringLiteral("2027-06-30")),
                 qPrintable(card));
        // dim_members is described by a doc block: the card reads its first paragraph.
        QVERIFY2(card.contains(QStringLiteral("One row per Lantern Cycles member"))
                     && !card.contains(QStringLiteral("doc(")) && !card.contains(QStringLiteral("<b>Versions</b>")),
                 qPrintable(card));
    }
};

QTEST_GUILESS_MAIN(TestLanguageServices)
#include "tst_languageservices.moc"
