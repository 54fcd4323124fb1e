#pragma once

#include "core/jinja/object.h"

#include <QDateTime>

namespace Trellis::Core::Dbt {

// Python's datetime (or date) as dbt's context hands it out: `run_started_at` and
// `modules.datetime.datetime.now()`. Supports the parts templates use: year … microsecond,
// strftime(), isoformat(), date(), timestamp(), and Python's str() ("2026-11-21
// 09:30:00.000000+00:00"). Times are UTC, as run_started_at is.
class DateTimeObject final : public Jinja::Object
{
public:
    enum class Kind { DateTime, Date };

    DateTimeObject(QDateTime utc, Kind kind);
    static Jinja::Value make(QDateTime utc, Kind kind = Kind::DateTime);

    std::string typeName() const override { return m_kind == Kind::Date ? "date" : "datetime"; }
    Jinja::Value attribute(std::string_view name) const override;
    std::string str() const override;
    std::string repr() const override;

    // Python's strftime for the directives templates use; unknown ones are kept as written.
    std::string strftime(std::string_view format) const;

private:
    QDateTime m_utc;
    Kind m_kind;
};

// `modules` of dbt's context: `modules.datetime` (datetime.now/utcnow, date.today).
Jinja::Value modulesObject();

} // namespace Trellis::Core::Dbt
