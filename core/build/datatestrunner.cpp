#include "datatestrunner.h"

#include "core/engine/guardedsql.h"

namespace Trellis::Core::Build {

DataTestRunner::DataTestRunner(sqlite3 *db, int timeLimitMs)
    : m_db(db)
    , m_timeLimitMs(timeLimitMs)
{ }

void DataTestRunner::run(const Node &test, const QString &sql, NodeOutcome &outcome) const
{
    const QJsonObject &config = test.config;
    const auto setting = [&](const char *key, const char *fallback) {
        const QJsonValue value = config.value(QLatin1String(key));
        return value.isString() && !value.toString().trimmed().isEmpty()
            ? value.toString()
            : QString::fromLatin1(fallback);
    };
    const QString failCalc = setting("fail_calc", "count(*)");
    const QString warnIf = setting("warn_if", "!= 0");
    const QString errorIf = setting("error_if", "!= 0");
    const QJsonValue limit = config.value(QLatin1String("limit"));
    const QString limited
        = limit.isDouble() ? QStringLiteral("\nlimit %1").arg(limit.toInteger()) : QString();
    const QString body = QStringLiteral("(\n%1%2\n) dbt_internal_test").arg(sql, limited);

    const GuardedSql guarded(m_db, m_timeLimitMs);
    Result<SqlRows> verdict
        = guarded.query(QStringLiteral("select\n    %1 as failures,\n    %1 %2 as should_warn,\n   "
                                       " %1 %3 as should_error\nfrom %4")
                            .arg(failCalc, warnIf, errorIf, body));
    if (!verdict || verdict->rows.isEmpty()) {
        outcome.status = NodeOutcome::Status::Error;
        Error error = verdict ? Error{} : verdict.error();
        // Five lines of Trellis's wrapper precede the test's own SQL.
        error.line = error.line > 5 ? error.line - 5 : 0;
        if (error.line == 0)
            error.column = 0;
        if (error.message.isEmpty())
            error.message = tr("the test query gave no result");
        outcome.errors.append(error);
        return;
    }
    const QVariantList &row = verdict->rows.front();
    outcome.failures = row.value(0).toLongLong();
    const bool shouldWarn = row.value(1).toLongLong() != 0;
    const bool shouldError = row.value(2).toLongLong() != 0;
    const bool severityError
        = setting("severity", "error").compare(QLatin1String("error"), Qt::CaseInsensitive) == 0;
    if (severityError && shouldError)
        outcome.status = NodeOutcome::Status::Fail;
    else if (shouldWarn)
        outcome.status = NodeOutcome::Status::Warn;
    else
        outcome.status = NodeOutcome::Status::Pass;
    if (outcome.status != NodeOutcome::Status::Pass) {
        if (Result<SqlRows> sample
            = guarded.query(QStringLiteral("select * from %1").arg(body), kSampleRows))
            outcome.sample = std::move(*sample);
    }
}

} // namespace Trellis::Core::Build
