#pragma once

#include "core/diagnostics/diagnostic.h"
#include "core/graph/manifest.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace Trellis::Core {

// The latest outcome of a node's data tests, as a build or test run reports it: the worst
// outcome among the tests that depend on the node.
enum class TestStatus { Pass, Warn, Fail, Error };

// What a lineage shows about one node: its name, where it lives and the governance facts that
// become badges (access, enforced contract, version "v2 of 3", deprecation, materialization).
// Also stands for a whole project in the project-level view (isProject). Plain values, built
// from a Manifest on any thread; the view and the command line read the same facts, so a
// picture and its JSON never disagree.
struct LineageNodeFacts
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::LineageNodeFacts)

public:
    struct Badge
    {
        enum class Kind { Access, Contract, Version, Deprecation, Materialization };
        Kind kind;
        QString text;
        bool struckThrough = false; // a deprecation date that has passed
    };

    QString id;
    QString name; // what the node shows: the model name, "source.table", or the project
    ResourceType type = ResourceType::Model;
    QString project;
    QString group;
    QString access; // private, protected or public; empty for what has no access
    bool contractEnforced = false;
    QString version; // empty when unversioned
    int versionCount = 0;
    bool latestVersion = false;
    QDate deprecationDate;
    QString materialized;
    QString layer; // staging, intermediate, marts, or empty
    QString filePath; // absolute; the YAML file for what only YAML declares
    QString description;
    std::optional<Severity> worstDiagnostic; // of the node's file
    bool isProject = false;
    int memberCount = 0; // nodes inside, for a project
    int dataTestCount = 0; // data tests that depend on the node (its own and relationships)

    // The facts of every node in `manifest` named by `ids`, in that order; unknown ids are
    // skipped. Diagnostics are matched to nodes by file.
    static std::vector<LineageNodeFacts> collect(const Manifest &manifest, const QStringList &ids);

    static LineageNodeFacts forProject(const QString &project, int memberCount);

    // The badges to draw, in a fixed order; `today` decides whether a deprecation has passed.
    std::vector<Badge> badges(const QDate &today) const;
    QString typeName() const;
};

} // namespace Trellis::Core
