#pragma once

#include "core/graph/manifest.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>
#include <vector>

namespace Trellis::Core {

// How many of each project's models have something (a test, a description): the evaluator's
// coverage percentages (fct_test_coverage, fct_documentation_coverage), with the first models
// that lack it named for the finding.
class ProjectCoverage
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::ProjectCoverage)

public:
    // A project below the target.
    struct Shortfall
    {
        const DbtProject *project = nullptr;
        int covered = 0;
        int models = 0;
        double percent = 0; // rounded to two decimals, as the evaluator compares it
        QString missing;    // "a, b, c, d, e and 3 more"
    };

    void count(const Node &model, bool covered);
    // A warning with `code` at each workspace project whose coverage is below `target` percent,
    // by name. `message` is the rule's own (translated) text, with %1 the project, %2 the
    // covered models, %3 all models, %4 the percentage, %5 the target and %6 the models lacking.
    void reportBelow(const Manifest &manifest, double target, const QString &code,
                     const QString &message, std::vector<Diagnostic> &findings) const;

private:
    // The workspace projects whose coverage is below `target` percent, by name.
    std::vector<Shortfall> below(const Manifest &manifest, double target) const;

    static constexpr qsizetype kNamed = 5; // models without it that a finding names

    struct Counts
    {
        int models = 0;
        int missing = 0;
        QStringList named;
    };
    std::map<QString, Counts> m_byProject;
    // A project's models mostly follow each other: spares a lookup per model.
    const QString *m_previousProject = nullptr;
    Counts *m_previousCounts = nullptr;
};

} // namespace Trellis::Core
