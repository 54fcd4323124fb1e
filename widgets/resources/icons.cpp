#include "icons.h"

#include <QHash>

namespace Trellis::Widgets::Icons {

namespace {

QIcon named(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}

} // namespace

QIcon project() { return named(QStringLiteral("project")); }
QIcon folder() { return named(QStringLiteral("folder")); }
QIcon application() { return named(QStringLiteral("trellis")); }

QIcon forFile(const QString &fileName)
{
    const QString suffix = fileName.section(QLatin1Char('.'), -1).toLower();
    if (fileName == QLatin1String("dbt_project.yml"))
        return named(QStringLiteral("dbt-project"));
    if (suffix == QLatin1String("sql"))
        return named(QStringLiteral("file-sql"));
    if (suffix == QLatin1String("yml") || suffix == QLatin1String("yaml"))
        return named(QStringLiteral("file-yaml"));
    if (suffix == QLatin1String("csv"))
        return named(QStringLiteral("file-csv"));
    if (suffix == QLatin1String("md"))
        return named(QStringLiteral("file-doc"));
    return named(QStringLiteral("file"));
}

QIcon severity(int severity)
{
    static const QString names[] = {QStringLiteral("severity-info"),
                                    QStringLiteral("severity-warning"),
                                    QStringLiteral("severity-error")};
    return named(names[qBound(0, severity, 2)]);
}

QIcon forNode(Core::ResourceType type, const QString &access)
{
    using Core::ResourceType;
    switch (type) {
    case ResourceType::Model:
        if (access == QLatin1String("public") || access == QLatin1String("private"))
            return named(QStringLiteral("node-model-") + access);
        return named(QStringLiteral("node-model-protected"));
    case ResourceType::Seed:
        return named(QStringLiteral("node-seed"));
    case ResourceType::Snapshot:
        return named(QStringLiteral("node-snapshot"));
    case ResourceType::Analysis:
        return named(QStringLiteral("node-analysis"));
    case ResourceType::Test:
        return named(QStringLiteral("node-test"));
    case ResourceType::Source:
        return named(QStringLiteral("node-source"));
    case ResourceType::Exposure:
        return named(QStringLiteral("node-exposure"));
    case ResourceType::Group:
        return named(QStringLiteral("node-group"));
    case ResourceType::Macro:
        return named(QStringLiteral("node-macro"));
    case ResourceType::Doc:
        return named(QStringLiteral("file-doc"));
    }
    return named(QStringLiteral("file"));
}

} // namespace Trellis::Widgets::Icons
