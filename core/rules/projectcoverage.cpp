#include "projectcoverage.h"

#include <cmath>

namespace Trellis::Core {

void ProjectCoverage::count(const Node &model, bool covered)
{
    if (!m_previousProject || *m_previousProject != model.packageName) {
        m_previousProject = &model.packageName;
        m_previousCounts = &m_byProject[model.packageName];
    }
    Counts &counts = *m_previousCounts;
    ++counts.models;
    if (!covered && ++counts.missing <= kNamed)
        counts.named.append(model.name);
}

std::vector<ProjectCoverage::Shortfall> ProjectCoverage::below(const Manifest &manifest,
                                                               double target) const
{
    std::vector<Shortfall> shortfalls;
    for (const auto &[projectName, counts] : m_byProject) {
        Shortfall shortfall;
        shortfall.project = manifest.project(projectName);
        shortfall.models = counts.models;
        shortfall.covered = counts.models - counts.missing;
        shortfall.percent = std::round(shortfall.covered * 10000.0 / counts.models) / 100;
        if (shortfall.percent >= target || !shortfall.project)
            continue;
        shortfall.missing = counts.named.join(QLatin1String(", "));
        if (counts.missing > kNamed) {
            shortfall.missing = tr("%1 and %n more", nullptr, int(counts.missing - kNamed))
                                    .arg(shortfall.missing);
        }
        shortfalls.push_back(std::move(shortfall));
    }
    return shortfalls;
}

void ProjectCoverage::reportBelow(const Manifest &manifest, double target, const QString &code,
                                  const QString &message, std::vector<Diagnostic> &findings) const
{
    for (const Shortfall &shortfall : below(manifest, target)) {
        findings.push_back({Severity::Warning, code, shortfall.project->projectFile, 1, 1,
                            message.arg(shortfall.project->name)
                                .arg(shortfall.covered)
                                .arg(shortfall.models)
                                .arg(shortfall.percent)
                                .arg(target)
                                .arg(shortfall.missing)});
    }
}

} // namespace Trellis::Core
