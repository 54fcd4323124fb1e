#pragma once

#include "core/project/sandbox.h"

namespace Trellis::App {

// The sandbox mesh bundled in this executable (Qt resources under :/sandbox) and its writable
// copy in the user's data folder.
Core::Sandbox bundledSandbox();

} // namespace Trellis::App
