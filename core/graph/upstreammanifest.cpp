#include "upstreammanifest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Trellis::Core {

namespace {

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &item : array.toArray())
        list.append(item.toString());
    return list;
}

// dbt writes versions as numbers or strings ("2", 2, 2.1).
QString versionText(const QJsonValue &version)
{
    if (version.isDouble())
        return QString::number(version.toDouble());
    return version.toString();
}

std::vector<ColumnDeclaration> columns(const QJsonObject &columnsObject)
{
    std::vector<ColumnDeclaration> columns;
    for (auto it = columnsObject.begin(); it != columnsObject.end(); ++it) {
        const QJsonObject json = it.value().toObject();
        ColumnDeclaration column;
        column.name = json.value(QLatin1String("name")).toString(it.key());
        column.description = json.value(QLatin1String("description")).toString();
        column.dataType = json.value(QLatin1String("data_type")).toString();
        column.constraints = json.value(QLatin1String("constraints")).toArray();
        column.meta = json.value(QLatin1String("meta")).toObject();
        column.tags = strings(json.value(QLatin1String("tags")));
        columns.push_back(column);
    }
    return columns;
}

Node modelFrom(const QJsonObject &json, const QString &manifestPath)
{
    Node node;
    node.type = ResourceType::Model;
    node.uniqueId = json.value(QLatin1String("unique_id")).toString();
    node.packageName = json.value(QLatin1String("package_name")).toString();
    node.name = json.value(QLatin1String("name")).toString();
    node.fqn = strings(json.value(QLatin1String("fqn")));
    node.path = json.value(QLatin1String("path")).toString();
    node.originalFilePath = json.value(QLatin1String("original_file_path")).toString();
    node.absolutePath = manifestPath;
    node.upstreamManifest = manifestPath;
    node.patchPath = json.value(QLatin1String("patch_path")).toString();
    node.description = json.value(QLatin1String("description")).toString();
    node.config = json.value(QLatin1String("config")).toObject();
    // Older manifests keep access and group beside the config only.
    for (const char *key : {"access", "group"}) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (!node.config.contains(QLatin1String(key)) && value.isString())
            node.config.insert(QLatin1String(key), value);
    }
    if (!node.config.contains(QLatin1String("contract")) && json.value(QLatin1String("contract")).isObject())
        node.config.insert(QStringLiteral("contract"), json.value(QLatin1String("contract")));
    if (!node.config.contains(QLatin1String("enabled")))
        node.config.insert(QStringLiteral("enabled"), true);
    node.tags = strings(json.value(QLatin1String("tags")));
    node.meta = json.value(QLatin1String("meta")).toObject();
    node.columns = columns(json.value(QLatin1String("columns")).toObject());
    node.constraints = json.value(QLatin1String("constraints")).toArray();
    node.version = versionText(json.value(QLatin1String("version")));
    node.latestVersion = versionText(json.value(QLatin1String("latest_version")));
    node.deprecationDate = json.value(QLatin1String("deprecation_date")).toString();
    node.checksum = json.value(QLatin1String("checksum")).toObject().value(QLatin1String("checksum")).toString();
    node.declaredAt = {manifestPath, 0, 0};
    return node;
}

} // namespace

Result<std::vector<Node>> UpstreamManifest::readModels(const QString &manifestPath, const QString &projectName)
{
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error{manifestPath, 0, 0, tr("cannot open the upstream manifest: %1").arg(file.errorString())});
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(Error{manifestPath, 0, 0,
                          tr("the upstream manifest is not a JSON object: %1 at byte %2")
                              .arg(parseError.errorString())
                              .arg(parseError.offset)});
    }
    std::vector<Node> models;
    const QJsonObject nodes = document.object().value(QLatin1String("nodes")).toObject();
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        const QJsonObject json = it.value().toObject();
        if (json.value(QLatin1String("resource_type")).toString() == QLatin1String("model")
            && json.value(QLatin1String("package_name")).toString() == projectName)
            models.push_back(modelFrom(json, manifestPath));
    }
    if (models.empty()) {
        return fail(Error{manifestPath, 0, 0,
                          tr("the upstream manifest has no models of project '%1'").arg(projectName)});
    }
    return models;
}

} // namespace Trellis::Core
