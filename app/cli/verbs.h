#pragma once

#include "app/cli/commandline.h"

namespace Trellis::App::Cli {

// The headless verbs, one file each.
Verb parseVerb();
Verb renderVerb();
Verb lsVerb();
Verb manifestVerb();
Verb checkVerb();
Verb scorecardVerb();
Verb lineageVerb();
Verb compileVerb();
Verb buildVerb();
Verb testVerb();
Verb showVerb();

} // namespace Trellis::App::Cli
