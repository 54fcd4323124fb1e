#pragma once

#include <QIcon>
#include <QString>

namespace Trellis::Widgets::Icons {

// The application's SVG icons (resources/icons), loaded once and shared. GUI thread only.
QIcon project();
QIcon folder();
QIcon forFile(const QString &fileName);
QIcon severity(int severity);
QIcon application();

} // namespace Trellis::Widgets::Icons
