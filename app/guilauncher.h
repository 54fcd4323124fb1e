#pragma once

namespace Trellis::App {

// Runs the IDE: parses the GUI's own options (a workspace path, --screenshot FILE), installs the
// sandbox mesh when no path is given, and shows the main window. Returns the exit code.
int runGui(int argc, char *argv[]);

} // namespace Trellis::App
