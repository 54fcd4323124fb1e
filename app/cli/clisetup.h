#pragma once

#include "app/cli/commandline.h"

class QCoreApplication;

namespace Trellis::App {

namespace Cli {
// The command line with every verb this build offers.
CommandLine makeCommandLine();
} // namespace Cli

// Loads Trellis's and Qt's translations for the user's locale into the application.
void installTranslations(QCoreApplication &app);

} // namespace Trellis::App
