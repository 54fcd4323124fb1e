#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <yaml-cpp/yaml.h>

#include <vector>

namespace Trellis::Core {

// A position in a user's file; lines and columns are 1-based.
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;

    Error error(QString message) const { return Error{file, line, column, std::move(message)}; }
};

// A parsed YAML file (one document or several) that remembers its path, so every node can be
// turned into a location and every scalar into the value dbt would see. dbt reads YAML with
// PyYAML's safe loader (YAML 1.1), so plain scalars resolve as PyYAML resolves them: `yes`, `on`
// and `off` are booleans, `0x1F` is an integer, `~` is null. Immutable after load; thread-safe
// to read.
class YamlDocument
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::YamlDocument)

public:
    static Result<YamlDocument> load(const QString &path);
    static Result<YamlDocument> parse(const QByteArray &text, const QString &path);

    const QString &path() const { return m_path; }
    // The first document's root; null for an empty file.
    const YAML::Node &root() const { return m_root; }

    SourceLocation location(const YAML::Node &node) const;

    // The node's value in JSON terms: maps become objects (keys as strings), sequences arrays,
    // scalars resolved as PyYAML's safe loader resolves them.
    static QJsonValue toJson(const YAML::Node &node);
    static QJsonValue resolveScalar(const YAML::Node &scalar);
    static QString scalarText(const YAML::Node &node);

private:
    QString m_path;
    YAML::Node m_root;
};

} // namespace Trellis::Core
