#include "statemanifest.h"

#include "core/util/textfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Trellis::Core {

namespace {

// Versions are numbers or strings in manifest.json; Trellis keeps them as text.
QString versionText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

} // namespace

Result<std::vector<Node>> StateManifest::readModels(const QString &path)
{
    const QString file
        = QFileInfo(path).isDir() ? QDir(path).filePath(QStringLiteral("manifest.json")) : path;
    // Manifests of big meshes run to hundreds of megabytes.
    Result<QByteArray> bytes = TextFile::readUtf8(file, qint64(1) << 31);
    if (!bytes)
        return fail(bytes.error());
    return parseModels(*bytes, file);
}

Result<std::vector<Node>> StateManifest::parseModels(const QByteArray &json, const QString &path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(
            Error{path, 0, 0, tr("not a valid manifest.json: %1").arg(error.errorString())});
    if (!document.isObject() || !document.object().contains(QLatin1String("nodes")))
        return fail(Error{path, 0, 0, tr("not a manifest.json: it has no 'nodes'")});
    const QJsonObject nodes = document.object().value(QLatin1String("nodes")).toObject();
    std::vector<Node> models;
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        const QJsonObject object = it.value().toObject();
        if (object.value(QLatin1String("resource_type")).toString() == QLatin1String("model"))
            models.push_back(model(object));
    }
    std::sort(models.begin(), models.end(),
              [](const Node &a, const Node &b) { return a.uniqueId < b.uniqueId; });
    return models;
}

Node StateManifest::model(const QJsonObject &object)
{
    Node node;
    node.type = ResourceType::Model;
    node.uniqueId = object.value(QLatin1String("unique_id")).toString();
    node.name = object.value(QLatin1String("name")).toString();
    node.packageName = object.value(QLatin1String("package_name")).toString();
    node.originalFilePath = object.value(QLatin1String("original_file_path")).toString();
    node.patchPath = object.value(QLatin1String("patch_path")).toString();
    node.config = object.value(QLatin1String("config")).toObject();
    node.version = versionText(object.value(QLatin1String("version")));
    node.latestVersion = versionText(object.value(QLatin1String("latest_version")));
    node.deprecationDate = object.value(QLatin1String("deprecation_date")).toString();
    node.constraints = object.value(QLatin1String("constraints")).toArray();
    // dbt writes the contract on the node too; either says it is enforced.
    if (object.value(QLatin1String("contract"))
            .toObject()
            .value(QLatin1String("enforced"))
            .toBool()) {
        QJsonObject contract = node.config.value(QLatin1String("contract")).toObject();
        contract.insert(QStringLiteral("enforced"), true);
        node.config.insert(QStringLiteral("contract"), contract);
    }
    const QJsonObject columns = object.value(QLatin1String("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        ColumnDeclaration column;
        column.name = entry.value(QLatin1String("name")).toString(it.key());
        column.dataType = entry.value(QLatin1String("data_type")).toString();
        column.constraints = entry.value(QLatin1String("constraints")).toArray();
        node.columns.push_back(std::move(column));
    }
    return node;
}

} // namespace Trellis::Core
