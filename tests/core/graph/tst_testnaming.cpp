#include "core/graph/testnaming.h"
#include "core/project/yamldocument.h"

#include <QTest>

using Trellis::Core::TestNaming;

class TestTestNaming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Names as dbt generates them (seen in dbt's own manifests and target/ folders).
    void synthesizesDbtNames_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("arguments");
        QTest::addColumn<QString>("name");
        QTest::newRow("unique") << QStringLiteral("unique") << QStringLiteral("orders")
                                << QByteArray("column_name: order_id") << QStringLiteral("unique_orders_order_id");
        QTest::newRow("accepted_values")
            << QStringLiteral("accepted_values") << QStringLiteral("orders")
            << QByteArray("column_name: status\nvalues: [placed, shipped]")
            << QStringLiteral("accepted_values_orders_status__placed__shipped");
        QTest::newRow("relationships")
            << QStringLiteral("relationships") << QStringLiteral("orders")
            << QByteArray("column_name: customer_id\nto: ref('customers')\nfield: id")
            << QStringLiteral("relationships_orders_customer_id__id__ref_customers_");
        QTest::newRow("source test") << QStringLiteral("source_not_null") << QStringLiteral("app_rides")
                                     << QByteArray("column_name: ride_id")
                                     << QStringLiteral("source_not_null_app_rides_ride_id");
        QTest::newRow("booleans print as Python does")
            << QStringLiteral("accepted_values") << QStringLiteral("m")
            << QByteArray("column_name: flag\nvalues: [true, false]\nquote: false")
            << QStringLiteral("accepted_values_m_flag__False__True__False"); // sorted: quote < values
        QTest::newRow("long names are shortened with an md5")
            << QStringLiteral("dbt_utils_unique_combination_of_columns")
            << QStringLiteral("fct_station_daily_usage")
            << QByteArray("combination_of_columns: [station_id, usage_date]")
            << QStringLiteral("dbt_utils_unique_combination_o_") + QString();
    }

    void synthesizesDbtNames()
    {
        QFETCH(QString, type);
        QFETCH(QString, target);
        QFETCH(QByteArray, arguments);
        QFETCH(QString, name);
        const auto document = Trellis::Core::YamlDocument::parse(arguments, QStringLiteral("t.yml"));
        QVERIFY(document.ok());
        const auto names = TestNaming::synthesize(
            type, target, Trellis::Core::YamlDocument::toJson(document->root()).toObject());
        if (names.fullName.size() >= 64) {
            QVERIFY(names.shortName.startsWith(name));
            QCOMPARE(names.shortName.size(), 31 + 32);
        } else {
            QCOMPARE(names.shortName, name);
        }
    }
};

QTEST_GUILESS_MAIN(TestTestNaming)
#include "tst_testnaming.moc"
