#pragma once

#include "core/layout/lineagenodefacts.h"

#include <QColor>
#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace Trellis::Widgets {

// What a lineage's fill colour says about each node.
enum class LineageLens { Project, Access, Materialization, Layer, TestStatus };

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
    // `testStatus` is the node's latest test outcome, if known (TestStatus lens only).
    QColor fill(const Core::LineageNodeFacts &facts, LineageLens lens,
                std::optional<Core::TestStatus> testStatus = {}) const;
    // The pastel tint of a project's cluster background.
    QColor clusterFill(const QString &project) const;
    static QColor badgeColor(const Core::LineageNodeFacts::Badge &badge);
    // What each colour of `lens` means, for the legend; project colours for `projects`.
    std::vector<LegendEntry> legend(LineageLens lens) const;

    static QString lensName(LineageLens lens);
    static QString testStatusName(Core::TestStatus status);

    // On a dark background: the fills stay light (dark text sits on them), but the background,
    // edges and cluster captions change so the picture reads on a dark window.
    void setDark(bool dark) { m_dark = dark; }
    bool isDark() const { return m_dark; }
    QColor background() const;
    QColor edgeColor() const;
    QColor emphasisedEdgeColor() const;
    QColor clusterCaptionColor(const QString &project) const;
    // Text drawn straight on the background, e.g. an overview's names.
    QColor labelColor() const;

private:
    QStringList m_projects;
    bool m_dark = false;
};

} // namespace Trellis::Widgets
