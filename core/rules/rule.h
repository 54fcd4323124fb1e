#pragma once

#include "core/rules/rulecontext.h"

#include <vector>

namespace Trellis::Core {

// One family of checks over a manifest (access, cycles, versions, …). A rule only reads the
// context and appends what it finds; it keeps no state between runs, so one instance can check
// any number of manifests, from any thread. It names the codes it reports, so a check can skip
// a family whose codes are all turned off.
class Rule
{
public:
    virtual ~Rule() = default;
    virtual QStringList codes() const = 0;
    virtual void check(const RuleContext &context, std::vector<Diagnostic> &findings) const = 0;
};

} // namespace Trellis::Core
