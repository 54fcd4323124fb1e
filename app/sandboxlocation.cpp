#include "sandboxlocation.h"

namespace Trellis::App {

Core::Sandbox bundledSandbox()
{
    return Core::Sandbox(QStringLiteral(":/sandbox"), Core::Sandbox::defaultInstallPath());
}

} // namespace Trellis::App
