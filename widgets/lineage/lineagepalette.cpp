#include "lineagepalette.h"

#include <array>

namespace Trellis::Widgets {

namespace {

// Mid-light hues that keep dark text readable and stay apart from each other.
constexpr std::array<QRgb, 10> kProjectHues{0x8ecae6, 0xffb703, 0x90be6d, 0xf4978e, 0xb8a1e3,
                                            0x84d2c5, 0xf9c74f, 0xa3b1c6, 0xe5989b, 0xc9ada7};

QColor accessColor(const QString &access)
{
    if (access == QLatin1String("public"))
        return QColor(0x7fc97f);
    if (access == QLatin1String("private"))
        return QColor(0xf28e8e);
    if (access == QLatin1String("protected"))
        return QColor(0xfdd49e);
    return QColor(0xe0e0e0);
}

QColor materializationColor(const QString &materialized)
{
    if (materialized == QLatin1String("table"))
        return QColor(0x80b1d3);
    if (materialized == QLatin1String("view"))
        return QColor(0xb3de69);
    if (materialized == QLatin1String("incremental"))
        return QColor(0xfb8072);
    if (materialized == QLatin1String("ephemeral"))
        return QColor(0xd9d9d9);
    if (materialized == QLatin1String("snapshot"))
        return QColor(0xbebada);
    return QColor(0xeeeeee);
}

QColor layerColor(const QString &layer)
{
    if (layer == QLatin1String("staging"))
        return QColor(0xc6dbef);
    if (layer == QLatin1String("intermediate"))
        return QColor(0x9ecae1);
    if (layer == QLatin1String("marts"))
        return QColor(0x6baed6);
    return QColor(0xeeeeee);
}

// Untested nodes stay pale so the eye goes to what has tests and to what failed.
QColor testColor(std::optional<Core::TestStatus> status, bool hasTests)
{
    if (!status)
        return hasTests ? QColor(0xc6dbef) : QColor(0xf4f4f4);
    switch (*status) {
    case Core::TestStatus::Pass:
        return QColor(0x7fc97f);
    case Core::TestStatus::Warn:
        return QColor(0xfdd49e);
    case Core::TestStatus::Fail:
        return QColor(0xf28e8e);
    case Core::TestStatus::Error:
        return QColor(0xd7a1e8);
    }
    return QColor(0xf4f4f4);
}

// Sources and seeds are the mesh's inputs whatever the lens: a neutral fill sets them apart.
QColor inputColor(Core::ResourceType type)
{
    return type == Core::ResourceType::Source ? QColor(0xf1efe6) : QColor(0xeef3e6);
}

} // namespace

void LineagePalette::setProjects(QStringList projects)
{
    projects.sort();
    projects.removeDuplicates();
    m_projects = std::move(projects);
}

QColor LineagePalette::projectColor(const QString &project) const
{
    qsizetype index = m_projects.indexOf(project);
    if (index < 0) {
        // A project the palette was not told about still gets a stable hue from its name.
        index = 0;
        for (const QChar c : project)
            index = (index * 31 + c.unicode()) % qsizetype(kProjectHues.size());
    }
    return QColor(kProjectHues[std::size_t(index) % kProjectHues.size()]);
}

QColor LineagePalette::clusterFill(const QString &project) const
{
    QColor color = projectColor(project);
    color.setAlpha(40);
    return color;
}

QColor LineagePalette::fill(const Core::LineageNodeFacts &facts, LineageLens lens,
                            std::optional<Core::TestStatus> testStatus) const
{
    if (facts.isProject || lens == LineageLens::Project)
        return projectColor(facts.project).lighter(115);
    // Sources are tested like models, so this lens colours them too.
    if (lens == LineageLens::TestStatus)
        return testColor(testStatus, facts.dataTestCount > 0);
    if (facts.type == Core::ResourceType::Source || facts.type == Core::ResourceType::Seed)
        return inputColor(facts.type);
    switch (lens) {
    case LineageLens::Access:
        return accessColor(facts.access);
    case LineageLens::Materialization:
        return materializationColor(facts.materialized);
    case LineageLens::Layer:
        return layerColor(facts.layer);
    case LineageLens::Project:
    case LineageLens::TestStatus:
        break;
    }
    return projectColor(facts.project);
}

QColor LineagePalette::badgeColor(const Core::LineageNodeFacts::Badge &badge)
{
    using Kind = Core::LineageNodeFacts::Badge::Kind;
    switch (badge.kind) {
    case Kind::Access:
        return accessColor(badge.text).darker(115);
    case Kind::Contract:
        return QColor(0x9bb7e0);
    case Kind::Version:
        return QColor(0xd7c4ec);
    case Kind::Deprecation:
        return badge.struckThrough ? QColor(0xe57373) : QColor(0xffcc80);
    case Kind::Materialization:
        return QColor(0xe6e6e6);
    }
    return QColor(0xe6e6e6);
}

std::vector<LineagePalette::LegendEntry> LineagePalette::legend(LineageLens lens) const
{
    switch (lens) {
    case LineageLens::Project: {
        std::vector<LegendEntry> entries;
        for (const QString &project : m_projects)
            entries.push_back({project, projectColor(project).lighter(115)});
        return entries;
    }
    case LineageLens::Access:
        return {{tr("public"), accessColor(QStringLiteral("public"))},
                {tr("protected"), accessColor(QStringLiteral("protected"))},
                {tr("private"), accessColor(QStringLiteral("private"))}};
    case LineageLens::Materialization:
        return {{tr("table"), materializationColor(QStringLiteral("table"))},
                {tr("view"), materializationColor(QStringLiteral("view"))},
                {tr("incremental"), materializationColor(QStringLiteral("incremental"))},
                {tr("ephemeral"), materializationColor(QStringLiteral("ephemeral"))}};
    case LineageLens::Layer:
        return {{tr("staging"), layerColor(QStringLiteral("staging"))},
                {tr("intermediate"), layerColor(QStringLiteral("intermediate"))},
                {tr("marts"), layerColor(QStringLiteral("marts"))}};
    case LineageLens::TestStatus: {
        std::vector<LegendEntry> entries{{tr("no tests"), testColor({}, false)},
                                         {tr("tested"), testColor({}, true)}};
        for (Core::TestStatus status : {Core::TestStatus::Pass, Core::TestStatus::Warn,
                                        Core::TestStatus::Fail, Core::TestStatus::Error})
            entries.push_back({testStatusName(status), testColor(status, true)});
        return entries;
    }
    }
    return {};
}

QString LineagePalette::lensName(LineageLens lens)
{
    switch (lens) {
    case LineageLens::Project:
        return tr("Project");
    case LineageLens::Access:
        return tr("Access");
    case LineageLens::Materialization:
        return tr("Materialization");
    case LineageLens::Layer:
        return tr("Layer");
    case LineageLens::TestStatus:
        return tr("Tests");
    }
    return {};
}

QString LineagePalette::testStatusName(Core::TestStatus status)
{
    switch (status) {
    case Core::TestStatus::Pass:
        return tr("pass");
    case Core::TestStatus::Warn:
        return tr("warn");
    case Core::TestStatus::Fail:
        return tr("fail");
    case Core::TestStatus::Error:
        return tr("error");
    }
    return {};
}

QColor LineagePalette::background() const
{
    return m_dark ? QColor(0x1e2227) : QColor(Qt::white);
}

QColor LineagePalette::edgeColor() const
{
    return m_dark ? QColor(0x8b949e) : QColor(0x8c959f);
}

QColor LineagePalette::emphasisedEdgeColor() const
{
    return m_dark ? QColor(0x58a6ff) : QColor(0x0969da);
}

QColor LineagePalette::labelColor() const
{
    return m_dark ? QColor(0xd0d7de) : QColor(0x1f2328);
}

QColor LineagePalette::clusterCaptionColor(const QString &project) const
{
    // The caption takes its project's hue: darkened on white, lightened on dark.
    const QColor hue = projectColor(project);
    return m_dark ? hue.lighter(125) : hue.darker(220);
}

} // namespace Trellis::Widgets
