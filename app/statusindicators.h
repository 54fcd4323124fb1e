#pragma once

#include "widgets/projecttree/projecttreemodel.h"

#include <QHash>
#include <QObject>

#include <memory>

class QFrame;
class QLabel;
class QStatusBar;

namespace Trellis::App {

// The status bar's permanent fields: the project and dbt node of the current file, and the
// parse state with its timing and problem count. It keeps the file → project and file → node
// lookups of the last manifest, so following the current file costs a hash lookup. GUI thread.
class StatusIndicators : public QObject
{
    Q_OBJECT

public:
    explicit StatusIndicators(QStatusBar *bar);

    // `nodeOfOwnFile` as LiveMeshState::nodeOfOwnFile.
    void setWorkspace(const std::vector<Widgets::ProjectListing> &projects,
                      std::shared_ptr<const QHash<QString, QString>> nodeOfOwnFile);
    void setCurrentFile(const QString &path);
    // "Parsing…" while work runs; the time taken and what was found once it is done.
    void showParsing();
    void showParsed(qint64 elapsedMs, qsizetype models, qsizetype problems);

    QString projectText() const;
    QString nodeText() const;

private:
    void showField(QLabel *field, const QString &text);

    QLabel *m_project;
    QLabel *m_node;
    QLabel *m_parse;
    std::vector<std::pair<QString, QString>> m_projectRoots; // (root path + '/', name)
    std::shared_ptr<const QHash<QString, QString>> m_nodeOfOwnFile;
    QHash<QLabel *, QFrame *> m_rules; // the separator after each optional field
};

} // namespace Trellis::App
