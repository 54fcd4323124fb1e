#include "statusindicators.h"

#include <QLabel>
#include <QStatusBar>

#include <algorithm>

namespace Trellis::App {

StatusIndicators::StatusIndicators(QStatusBar *bar)
    : QObject(bar)
    , m_project(new QLabel(bar))
    , m_node(new QLabel(bar))
    , m_parse(new QLabel(bar))
{
    m_project->setToolTip(tr("The project of the current file"));
    m_node->setToolTip(tr("The dbt node the current file defines"));
    m_node->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Fields apart by a margin and a rule, as desktop status bars separate theirs; a field's
    // rule shows and hides with it.
    for (QLabel *field : {m_project, m_node}) {
        field->setContentsMargins(8, 0, 8, 0);
        bar->addPermanentWidget(field);
        auto *rule = new QFrame(bar);
        rule->setFrameShape(QFrame::VLine);
        rule->setFrameShadow(QFrame::Sunken);
        bar->addPermanentWidget(rule);
        m_rules.insert(field, rule);
    }
    m_parse->setContentsMargins(8, 0, 8, 0);
    bar->addPermanentWidget(m_parse);
    showField(m_project, QString());
    showField(m_node, QString());
}

void StatusIndicators::setWorkspace(const std::vector<Widgets::ProjectListing> &projects,
                                    std::shared_ptr<const QHash<QString, QString>> nodeOfOwnFile)
{
    m_projectRoots.clear();
    for (const Widgets::ProjectListing &project : projects)
        m_projectRoots.emplace_back(project.rootPath + QLatin1Char('/'), project.name);
    // A file of a nested project belongs to the innermost one: try the longest roots first.
    std::sort(m_projectRoots.begin(), m_projectRoots.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    m_nodeOfOwnFile = std::move(nodeOfOwnFile);
}

void StatusIndicators::setCurrentFile(const QString &path)
{
    QString project;
    for (const auto &[root, name] : m_projectRoots) {
        if (path.startsWith(root)) {
            project = name;
            break;
        }
    }
    showField(m_project, project.isEmpty() ? QString() : tr("Project: %1").arg(project));
    showField(m_node, m_nodeOfOwnFile ? m_nodeOfOwnFile->value(path) : QString());
}

void StatusIndicators::showField(QLabel *field, const QString &text)
{
    field->setText(text);
    field->setVisible(!text.isEmpty());
    m_rules.value(field)->setVisible(!text.isEmpty());
}

void StatusIndicators::showParsing()
{
    m_parse->setText(tr("Parsing…"));
}

void StatusIndicators::showParsed(qint64 elapsedMs, qsizetype models, qsizetype problems)
{
    m_parse->setText(
        tr("Models: %1 · Problems: %2 · Parsed in %3 ms").arg(models).arg(problems).arg(elapsedMs));
}

QString StatusIndicators::projectText() const
{
    return m_project->text();
}

QString StatusIndicators::nodeText() const
{
    return m_node->text();
}

} // namespace Trellis::App
