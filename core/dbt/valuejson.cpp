#include "valuejson.h"

#include "core/jinja/dict.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Trellis::Core::Dbt {

QJsonValue toJson(const Jinja::Value &value)
{
    using Jinja::ValueKind;
    switch (value.kind()) {
    case ValueKind::Undefined:
    case ValueKind::None:
        return QJsonValue::Null;
    case ValueKind::Bool:
        return value.asBool();
    case ValueKind::Int:
        return qint64(value.asInt());
    case ValueKind::Float:
        return value.asFloat();
    case ValueKind::String:
        return QString::fromUtf8(value.text());
    case ValueKind::List:
    case ValueKind::Tuple: {
        QJsonArray array;
        for (const Jinja::Value &item : value.items())
            array.append(toJson(item));
        return array;
    }
    case ValueKind::Dict: {
        QJsonObject object;
        for (const auto &[key, item] : value.asDict().entries())
            object.insert(QString::fromStdString(key.str()), toJson(item));
        return object;
    }
    case ValueKind::Callable:
    case ValueKind::Object:
        return QString::fromStdString(value.str());
    }
    return QJsonValue::Null;
}

} // namespace Trellis::Core::Dbt
