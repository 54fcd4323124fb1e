#pragma once

#include <QJsonObject>
#include <QString>

namespace Trellis::Core {

// The names dbt gives generic test nodes, so that Trellis's ids and file names match what users
// see from dbt: `unique_orders_order_id`, `accepted_values_orders_status__placed__shipped`,
// `source_not_null_app_rides_ride_id`; names of 64 characters or more become the first 30
// characters of the identifier plus an md5 of the full name. Pure functions.
class TestNaming
{
public:
    struct Names
    {
        QString shortName; // the test node's name
        QString fullName;  // before any shortening
    };

    // testType: the test macro, package-qualified with '_' ("dbt_utils_expression_is_true"), with
    // a "source_" prefix for tests on sources; target: the tested model, or "<source>_<table>".
    static Names synthesize(const QString &testType, const QString &target, const QJsonObject &arguments);

    // The ten hex digits that end a test's unique id: stable for the same declaration.
    static QString idSuffix(const QString &name, const QString &attachedNode, const QJsonObject &arguments,
                            const QString &file);
};

} // namespace Trellis::Core
