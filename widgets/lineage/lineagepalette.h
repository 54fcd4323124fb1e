#pragma once

#include "core/layout/lineagenodefacts.h"

#include <QColor>
#include <QCoreApplication>
#include <QStringList>

#include <utility>
#include <vector>

namespace Trellis::Widgets {

// What a lineage's fill colour says about each node.
enum class LineageLens { Project, Access, Materialization, Layer };

// The colours of a lineage: fills by lens, the project hues that also tint the clusters, and
// badge colours. Projects get hues in name order from a fixed list, so each project keeps its
// colour from one picture (and one run) to the next. A value; GUI thread or headless renderer.
class LineagePalette
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Widgets::LineagePalette)

public:
    struct LegendEntry
    {
        QString label;
        QColor color;
    };

    // Every project the colours should tell apart, e.g. the manifest's projects.
    void setProjects(QStringList projects);

    QColor projectColor(const QString &project) const;
    QColor fill(const Core::LineageNodeFacts &facts, LineageLens lens) const;
    // The pastel tint of a project's cluster background.
    QColor clusterFill(const QString &project) const;
    static QColor badgeColor(const Core::LineageNodeFacts::Badge &badge);
    // What each colour of `lens` means, for the legend; project colours for `projects`.
    std::vector<LegendEntry> legend(LineageLens lens) const;

    static QString lensName(LineageLens lens);

private:
    QStringList m_projects;
};

} // namespace Trellis::Widgets
