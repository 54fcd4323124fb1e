#pragma once

#include "app/appsettings.h"

#include <QPalette>
#include <QString>

namespace Trellis::App {

// Light and dark looks for the whole application. Following the desktop leaves the platform's
// own style and palette in place (they change with the desktop by themselves); an explicit
// light or dark choice uses the Fusion style with Trellis's palette, which Fusion honours in
// full. Qt 6.4 has no colour-scheme hint, so "is it dark" is read from the palette's lightness.
// GUI thread; the first instance remembers the desktop's look before anything changes it.
class Theme
{
public:
    Theme();

    void apply(ThemeChoice choice);
    static bool isDark(const QPalette &palette);

private:
    static QPalette lightPalette();
    static QPalette darkPalette();

    QString m_desktopStyle;
    QPalette m_desktopPalette;
};

} // namespace Trellis::App
