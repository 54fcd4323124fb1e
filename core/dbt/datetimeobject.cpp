#include "datetimeobject.h"

#include "core/dbt/hostobject.h"
#include "core/jinja/callable.h"

#include <QLocale>

namespace Trellis::Core::Dbt {

using Jinja::Arguments;
using Jinja::CallContext;
using Jinja::Value;

namespace {

std::string padded(int value, int width)
{
    std::string text = std::to_string(value);
    return std::string(size_t(std::max(0, width - int(text.size()))), '0') + text;
}

Value method(std::string name, std::function<Value()> body)
{
    return Jinja::NativeFunction::make(std::move(name), [body](CallContext &, Arguments &) -> Result<Value> {
        return body();
    });
}

} // namespace

DateTimeObject::DateTimeObject(QDateTime utc, Kind kind)
    : m_utc(std::move(utc))
    , m_kind(kind)
{ }

Value DateTimeObject::make(QDateTime utc, Kind kind)
{
    return Value::object(Jinja::makeRef<DateTimeObject>(std::move(utc), kind));
}

std::string DateTimeObject::strftime(std::string_view format) const
{
    const QDate date = m_utc.date();
    const QTime time = m_kind == Kind::Date ? QTime(0, 0) : m_utc.time();
    const QLocale c = QLocale::c();
    std::string out;
    for (size_t i = 0; i < format.size(); ++i) {
        if (format[i] != '%' || i + 1 == format.size()) {
            out += format[i];
            continue;
        }
        switch (format[++i]) {
        case 'Y': out += padded(date.year(), 4); break;
        case 'y': out += padded(date.year() % 100, 2); break;
        case 'm': out += padded(date.month(), 2); break;
        case 'd': out += padded(date.day(), 2); break;
        case 'H': out += padded(time.hour(), 2); break;
        case 'I': out += padded(time.hour() % 12 == 0 ? 12 : time.hour() % 12, 2); break;
        case 'M': out += padded(time.minute(), 2); break;
        case 'S': out += padded(time.second(), 2); break;
        case 'f': out += padded(time.msec() * 1000, 6); break;
        case 'j': out += padded(date.dayOfYear(), 3); break;
        case 'p': out += time.hour() < 12 ? "AM" : "PM"; break;
        case 'a': out += c.dayName(date.dayOfWeek(), QLocale::ShortFormat).toStdString(); break;
        case 'A': out += c.dayName(date.dayOfWeek(), QLocale::LongFormat).toStdString(); break;
        case 'b': out += c.monthName(date.month(), QLocale::ShortFormat).toStdString(); break;
        case 'B': out += c.monthName(date.month(), QLocale::LongFormat).toStdString(); break;
        case 'w': out += std::to_string(date.dayOfWeek() % 7); break;
        case 'z': out += m_kind == Kind::Date ? "" : "+0000"; break;
        case 'Z': out += m_kind == Kind::Date ? "" : "UTC"; break;
        case '%': out += '%'; break;
        default:
            out += '%';
            out += format[i];
        }
    }
    return out;
}

std::string DateTimeObject::str() const
{
    return strftime(m_kind == Kind::Date ? "%Y-%m-%d" : "%Y-%m-%d %H:%M:%S.%f+00:00");
}

std::string DateTimeObject::repr() const
{
    return m_kind == Kind::Date ? "datetime.date(" + strftime("%Y, %m, %d") + ")"
                                : "datetime.datetime(" + strftime("%Y, %m, %d, %H, %M, %S") + ", tzinfo=<UTC>)";
}

Value DateTimeObject::attribute(std::string_view name) const
{
    const QDate date = m_utc.date();
    const QTime time = m_utc.time();
    if (name == "year")
        return Value::integer(date.year());
    if (name == "month")
        return Value::integer(date.month());
    if (name == "day")
        return Value::integer(date.day());
    if (m_kind == Kind::DateTime) {
        if (name == "hour")
            return Value::integer(time.hour());
        if (name == "minute")
            return Value::integer(time.minute());
        if (name == "second")
            return Value::integer(time.second());
        if (name == "microsecond")
            return Value::integer(time.msec() * 1000);
        if (name == "date") {
            const QDateTime utc = m_utc;
            return method("date", [utc] { return make(utc, Kind::Date); });
        }
        if (name == "timestamp") {
            const double seconds = double(m_utc.toMSecsSinceEpoch()) / 1000.0;
            return method("timestamp", [seconds] { return Value::number(seconds); });
        }
    }
    if (name == "strftime") {
        const Jinja::Ref<const DateTimeObject> self(this);
        return Jinja::NativeFunction::make("strftime", [self](CallContext &, Arguments &arguments) -> Result<Value> {
            auto bound = Jinja::bindArguments("strftime", arguments, {"format"}, 1);
            if (!bound)
                return fail(bound.error());
            return Value::string(self->strftime((*bound)[0]->str()));
        });
    }
    if (name == "isoformat") {
        const std::string iso = strftime(m_kind == Kind::Date ? "%Y-%m-%d" : "%Y-%m-%dT%H:%M:%S.%f+00:00");
        return method("isoformat", [iso] { return Value::string(iso); });
    }
    return Object::attribute(name);
}

Value modulesObject()
{
    const auto now = [] { return DateTimeObject::make(QDateTime::currentDateTimeUtc()); };
    const Value datetimeType = HostObject::make("type", {{"now", method("now", now)}, {"utcnow", method("utcnow", now)}});
    const Value dateType = HostObject::make(
        "type", {{"today", method("today", [] {
                      return DateTimeObject::make(QDateTime::currentDateTimeUtc(), DateTimeObject::Kind::Date);
                  })}});
    return HostObject::make("modules", {{"datetime", HostObject::make("module", {{"datetime", datetimeType},
                                                                                 {"date", dateType}})}});
}

} // namespace Trellis::Core::Dbt
