#include "yamldocument.h"

#include "core/util/textfile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace Trellis::Core {

namespace {

// PyYAML's implicit resolvers (yaml/resolver.py, YAML 1.1), as regular expressions over the
// whole scalar. Dates and timestamps stay strings: JSON has no date type, and dbt compares them
// as text anyway.
const QRegularExpression &boolPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"));
    return re;
}

const QRegularExpression &intPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
        "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"));
    return re;
}

const QRegularExpression &floatPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9_]+(?:[eE][-+][0-9]+)?"
        "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"));
    return re;
}

const QRegularExpression &nullPattern()
{
    static const QRegularExpression re(QStringLiteral("^(?:~|null|Null|NULL|)$"));
    return re;
}

bool isTrue(const QString &text)
{
    static const QStringList yes{QStringLiteral("yes"), QStringLiteral("true"),
                                 QStringLiteral("on")};
    return yes.contains(text.toLower());
}

QJsonValue parseInteger(QString text)
{
    text.remove(QLatin1Char('_'));
    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'))) {
        negative = text.startsWith(QLatin1Char('-'));
        text.remove(0, 1);
    }
    qint64 value = 0;
    bool ok = false;
    if (text.startsWith(QLatin1String("0b"))) {
        value = text.mid(2).toLongLong(&ok, 2);
    } else if (text.startsWith(QLatin1String("0x"))) {
        value = text.mid(2).toLongLong(&ok, 16);
    } else if (text.contains(QLatin1Char(':'))) {
        // Sexagesimal, e.g. 1:30 = 90. PyYAML 1.1 still reads these as integers.
        ok = true;
        for (const QString &part : text.split(QLatin1Char(':')))
            value = value * 60 + part.toLongLong();
    } else if (text.size() > 1 && text.startsWith(QLatin1Char('0'))) {
        value = text.toLongLong(&ok, 8);
    } else {
        value = text.toLongLong(&ok, 10);
    }
    if (!ok)
        return QJsonValue(text); // out of range: keep the digits rather than invent a number
    return QJsonValue(negative ? -value : value);
}

QJsonValue parseFloat(QString text)
{
    text.remove(QLatin1Char('_'));
    const QString lower = text.toLower();
    if (lower.endsWith(QLatin1String(".inf")))
        return lower.startsWith(QLatin1Char('-')) ? -std::numeric_limits<double>::infinity()
                                                  : std::numeric_limits<double>::infinity();
    if (lower == QLatin1String(".nan"))
        return std::numeric_limits<double>::quiet_NaN();
    return text.toDouble();
}

} // namespace

Result<YamlDocument> YamlDocument::load(const QString &path)
{
    Result<QByteArray> bytes = TextFile::readUtf8(path);
    if (!bytes)
        return fail(bytes.error());
    return parse(*bytes, path);
}

Result<YamlDocument> YamlDocument::parse(const QByteArray &text, const QString &path)
{
    YamlDocument document;
    document.m_path = path;
    try {
        document.m_root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        return fail(Error{path, e.mark.line + 1, e.mark.column + 1,
                          tr("invalid YAML: %1").arg(QString::fromStdString(e.msg))});
    }
    return document;
}

SourceLocation YamlDocument::location(const YAML::Node &node) const
{
    const YAML::Mark mark = node.Mark();
    if (mark.is_null())
        return {m_path, 0, 0};
    return {m_path, mark.line + 1, mark.column + 1};
}

QString YamlDocument::scalarText(const YAML::Node &node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

QJsonValue YamlDocument::resolveScalar(const YAML::Node &scalar)
{
    const QString text = scalarText(scalar);
    // Quoted scalars carry the "!" tag in yaml-cpp and are always strings.
    if (scalar.Tag() == "!")
        return text;
    // Most scalars in dbt YAML are names and descriptions: a first character that no implicit
    // type can start with settles it without running the patterns.
    if (!text.isEmpty()) {
        static const QString typeStarts = QStringLiteral("0123456789+-.~yYnNtTfFoO");
        if (!typeStarts.contains(text.front()))
            return text;
    }
    if (nullPattern().match(text).hasMatch())
        return QJsonValue::Null;
    if (boolPattern().match(text).hasMatch())
        return isTrue(text);
    if (intPattern().match(text).hasMatch())
        return parseInteger(text);
    if (floatPattern().match(text).hasMatch())
        return parseFloat(text);
    return text;
}

namespace {

// Deeper than any real dbt file; a recursive alias (`a: &x [1, *x]`) stops here instead of
// recursing until the stack overflows.
constexpr int kMaxDepth = 128;

QJsonValue toJsonBounded(const YAML::Node &node, int depth);

} // namespace

QJsonValue YamlDocument::toJson(const YAML::Node &node)
{
    return toJsonBounded(node, 0);
}

namespace {

QJsonValue toJsonBounded(const YAML::Node &node, int depth)
{
    if (depth > kMaxDepth)
        return QJsonValue::Null;
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return QJsonValue::Null;
    case YAML::NodeType::Scalar:
        return YamlDocument::resolveScalar(node);
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(toJsonBounded(item, depth + 1));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &entry : node)
            object.insert(YamlDocument::scalarText(entry.first), toJsonBounded(entry.second, depth + 1));
        return object;
    }
    }
    return QJsonValue::Null;
}

} // namespace

} // namespace Trellis::Core
