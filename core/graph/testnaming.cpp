#include "testnaming.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Trellis::Core {

namespace {

// Python's str() of a JSON value, as dbt formats test arguments into names.
QString pythonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Null:
        return QStringLiteral("None");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    }
}

QString md5Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5).toHex());
}

} // namespace

TestNaming::Names TestNaming::synthesize(const QString &testType, const QString &target,
                                         const QJsonObject &arguments)
{
    // Arguments in sorted key order (QJsonObject iterates sorted), each flattened: a mapping
    // contributes its values, a list its items.
    QStringList parts;
    for (auto it = arguments.begin(); it != arguments.end(); ++it) {
        if (it.key() == QLatin1String("model"))
            continue;
        const QJsonValue value = it.value();
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto field = object.begin(); field != object.end(); ++field)
                parts.append(pythonText(field.value()));
        } else if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                parts.append(pythonText(item));
        } else {
            parts.append(pythonText(value));
        }
    }
    static const QRegularExpression unsafe(QStringLiteral("[^0-9a-zA-Z_]+"));
    for (QString &part : parts)
        part.replace(unsafe, QStringLiteral("_"));

    const QString identifier = testType + QLatin1Char('_') + target;
    Names names;
    names.fullName = identifier + QLatin1Char('_') + parts.join(QLatin1String("__"));
    names.shortName = names.fullName.size() >= 64
                          ? identifier.left(30) + QLatin1Char('_') + md5Hex(names.fullName)
                          : names.fullName;
    return names;
}

QString TestNaming::idSuffix(const QString &name, const QString &attachedNode,
                             const QJsonObject &arguments, const QString &file)
{
    const QString key = name + QLatin1Char('\n') + attachedNode + QLatin1Char('\n')
                        + QString::fromUtf8(QJsonDocument(arguments).toJson(QJsonDocument::Compact))
                        + QLatin1Char('\n') + file;
    return md5Hex(key).left(10);
}

} // namespace Trellis::Core
