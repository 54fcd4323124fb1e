#include "enginetest.h"

#include "core/engine/relationname.h"
#include "core/engine/seedloader.h"
#include "core/engine/seedtypeinference.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTest>

using Trellis::Core::RelationName;
using Trellis::Core::SeedLoader;
using Trellis::Core::SeedOptions;
using Trellis::Core::SeedType;
using Trellis::Core::SeedTypeInference;

namespace {

const QString kSeedsDir = QStringLiteral(TRELLIS_TEST_DATA_DIR "/engine/seeds");

QString render(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL:
        return QStringLiteral("NULL");
    case SQLITE_INTEGER:
        return QString::number(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT: {
        QString text = QString::number(sqlite3_column_double(statement, column), 'g', 17);
        // A real that happens to be whole still reads as a real.
        if (!text.contains(u'.') && !text.contains(u'e'))
            text += QStringLiteral(".0");
        return text;
    }
    default: {
        QString text = QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
        text.replace(u'\r', QStringLiteral("\\r"))
            .replace(u'\n', QStringLiteral("\\n"))
            .replace(u'\t', QStringLiteral("\\t"));
        return text;
    }
    }
}

SeedOptions readOptions(const QString &caseDir)
{
    SeedOptions options;
    const QString path = caseDir + QStringLiteral("/options.ini");
    if (!QFile::exists(path))
        return options;
    QSettings ini(path, QSettings::IniFormat);
    const QString delimiter
        = ini.value(QStringLiteral("seed/delimiter"), QStringLiteral(",")).toString();
    options.delimiter = delimiter.isEmpty() ? ',' : char(delimiter.at(0).unicode());
    options.skipBadRows = ini.value(QStringLiteral("seed/skip_bad_rows"), false).toBool();
    ini.beginGroup(QStringLiteral("column_types"));
    for (const QString &key : ini.childKeys())
        options.columnTypes.insert(key, ini.value(key).toString());
    ini.endGroup();
    return options;
}

} // namespace

// Each folder under tests/data/engine/seeds is one case: seed.csv, optional options.ini
// (delimiter, skip_bad_rows, column_types) and expected.txt (the table's columns and rows, or
// the problems reported).
class TestSeedLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loads_data()
    {
        QTest::addColumn<QString>("caseDir");
        const QStringList cases
            = QDir(kSeedsDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 10);
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << kSeedsDir + QLatin1Char('/') + name;
    }
    void loads()
    {
        QFETCH(QString, caseDir);
        auto connection = EngineTest::memoryConnection();
        sqlite3 *db = connection.handle();
        QVERIFY(EngineTest::execute(db, "ATTACH ':memory:' AS seeds"));
        const RelationName table { QStringLiteral("seeds"), QStringLiteral("seed") };
        const auto outcome = SeedLoader(db).loadFile(caseDir + QStringLiteral("/seed.csv"), table,
                                                     readOptions(caseDir));
        QStringList actual;
        if (!outcome.ok()) {
            for (const auto &error : outcome.error())
                actual.append(QStringLiteral("error: %1: %2").arg(error.line).arg(error.message));
        } else {
            QStringList columns;
            for (const auto &column : outcome->columns)
                columns.append(column.name + QLatin1Char(' ') + column.type);
            actual.append(QStringLiteral("columns: ") + columns.join(QLatin1String(" | ")));
            sqlite3_stmt *statement = nullptr;
            QCOMPARE(sqlite3_prepare_v2(db, "SELECT * FROM seeds.seed ORDER BY rowid", -1,
                                        &statement, nullptr),
                     SQLITE_OK);
            qint64 rows = 0;
            while (sqlite3_step(statement) == SQLITE_ROW) {
                QStringList values;
                for (int i = 0; i < sqlite3_column_count(statement); ++i)
                    values.append(render(statement, i));
                actual.append(QStringLiteral("row: ") + values.join(QLatin1String(" | ")));
                ++rows;
            }
            sqlite3_finalize(statement);
            QCOMPARE(outcome->rowCount, rows);
            for (const auto &warning : outcome->warnings)
                actual.append(
                    QStringLiteral("warning: %1: %2").arg(warning.line).arg(warning.message));
        }
        QFile expectedFile(caseDir + QStringLiteral("/expected.txt"));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QString expected = QString::fromUtf8(expectedFile.readAll()).trimmed();
        QCOMPARE(actual.join(u'\n'), expected);
    }

    void failedLoadLeavesTheOldTable()
    {
        auto connection = EngineTest::memoryConnection();
        sqlite3 *db = connection.handle();
        const RelationName table { QStringLiteral("main"), QStringLiteral("s") };
        SeedLoader loader(db);
        QVERIFY(loader.loadData("a\n1\n2\n", QStringLiteral("s.csv"), table).ok());
        QVERIFY(!loader.loadData("a\n1,2\n", QStringLiteral("s.csv"), table).ok());
        QCOMPARE(EngineTest::evaluate(db, QStringLiteral("SELECT count(*) FROM s")),
                 QStringLiteral("2"));
        // A second good load replaces the table.
        QVERIFY(loader.loadData("b\nx\n", QStringLiteral("s.csv"), table).ok());
        QCOMPARE(EngineTest::evaluate(db, QStringLiteral("SELECT b FROM s")), QStringLiteral("x"));
    }

    void reportsMissingFileAndHeader()
    {
        auto connection = EngineTest::memoryConnection();
        SeedLoader loader(connection.handle());
        const RelationName table { QStringLiteral("main"), QStringLiteral("s") };
        const auto missing = loader.loadFile(QStringLiteral("/no/such/seed.csv"), table);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().first().file, QStringLiteral("/no/such/seed.csv"));
        const auto empty = loader.loadData(QByteArrayView(), QStringLiteral("e.csv"), table);
        QVERIFY(!empty.ok());
        QVERIFY(empty.error().first().message.contains(QStringLiteral("header")));
        const auto unknownColumn = loader.loadData(
            "a\n1\n", QStringLiteral("u.csv"), table,
            SeedOptions { ',', { { QStringLiteral("zz"), QStringLiteral("int") } }, false });
        QVERIFY(!unknownColumn.ok());
        QVERIFY(unknownColumn.error().first().message.contains(QStringLiteral("'zz'")));
    }

    void capsTheProblemList()
    {
        QByteArray csv("a,b\n");
        for (int i = 0; i < 250; ++i)
            csv += "1\n";
        auto connection = EngineTest::memoryConnection();
        const auto outcome
            = SeedLoader(connection.handle())
                  .loadData(csv, QStringLiteral("many.csv"),
                            RelationName { QStringLiteral("main"), QStringLiteral("m") });
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().size(), SeedLoader::kMaxReportedProblems + 1);
        QVERIFY(outcome.error().last().message.contains(QStringLiteral("150 more")));
        QCOMPARE(outcome.error().first().line, 2);
    }

    void inference_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<int>("type");
        QTest::newRow("integers") << QStringList { QStringLiteral("1"), QStringLiteral("-2"),
                                                   QStringLiteral("+3") }
                                  << int(SeedType::Integer);
        QTest::newRow("too big for int64")
            << QStringList { QStringLiteral("99999999999999999999") } << int(SeedType::Number);
        QTest::newRow("decimals") << QStringList { QStringLiteral("1"), QStringLiteral("2.5"),
                                                   QStringLiteral(".5"), QStringLiteral("1e-3") }
                                  << int(SeedType::Number);
        QTest::newRow("dates") << QStringList { QStringLiteral("2024-01-01"), QStringLiteral("") }
                               << int(SeedType::Date);
        QTest::newRow("bad date is text")
            << QStringList { QStringLiteral("2024-02-30") } << int(SeedType::Text);
        QTest::newRow("timestamps") << QStringList { QStringLiteral("2024-01-01 10:00:00"),
                                                     QStringLiteral("2024-01-01T10:00:00.123Z") }
                                    << int(SeedType::Timestamp);
        QTest::newRow("dates and timestamps are text")
            << QStringList { QStringLiteral("2024-01-01"), QStringLiteral("2024-01-01 10:00:00") }
            << int(SeedType::Text);
        QTest::newRow("booleans") << QStringList { QStringLiteral("true"), QStringLiteral("False"),
                                                   QStringLiteral("NULL") }
                                  << int(SeedType::Boolean);
        QTest::newRow("yes is text")
            << QStringList { QStringLiteral("yes") } << int(SeedType::Text);
        QTest::newRow("only nulls is integer, as in dbt")
            << QStringList { QStringLiteral(""), QStringLiteral("null") } << int(SeedType::Integer);
        QTest::newRow("nan is text")
            << QStringList { QStringLiteral("nan") } << int(SeedType::Text);
    }
    void inference()
    {
        QFETCH(QStringList, values);
        QFETCH(int, type);
        SeedTypeInference inference;
        for (const QString &value : values) {
            const QByteArray utf8 = value.toUtf8();
            inference.add(std::string_view(utf8.constData(), size_t(utf8.size())));
        }
        QCOMPARE(int(inference.type()), type);
    }
};

QTEST_GUILESS_MAIN(TestSeedLoader)
#include "tst_seedloader.moc"
