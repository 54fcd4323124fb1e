#pragma once

#include "core/graph/node.h"

#include <QIcon>
#include <QString>

namespace Trellis::Widgets::Icons {

// The application's SVG icons (resources/icons), loaded once and shared. GUI thread only.
QIcon project();
QIcon folder();
QIcon forFile(const QString &fileName);
QIcon severity(int severity);
QIcon application();
// A dbt resource; models show their access (public, protected, private) as a coloured badge.
QIcon forNode(Core::ResourceType type, const QString &access = QString());

} // namespace Trellis::Widgets::Icons
