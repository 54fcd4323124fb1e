#pragma once

#include "core/graph/manifest.h"

#include <QCoreApplication>

#include <vector>

namespace Trellis::Core {

// How well each public model serves as a data product, on the eight characteristics of one:
// discoverable (a description and a known owner), addressable (an enforced contract, and a
// latest_version when versioned), understandable (every column described), trustworthy (data
// tests, and freshness on the sources it reads), natively accessible (built as a relation, not
// ephemeral), interoperable (named as dbt's marts conventions say: fct_ or dim_), valuable on
// its own (used by another project or an exposure) and secure (grants). Pure function.
class DataProductScorecard
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::DataProductScorecard)

public:
    struct Check
    {
        QString characteristic; // "discoverable", …
        bool met = false;
        QString missing; // what to add when not met
    };

    struct ModelCard
    {
        const Node *model = nullptr;
        std::vector<Check> checks; // one per characteristic, in the order above
        int met() const;
    };

    // Every public model of the workspace's projects, in unique id order.
    static std::vector<ModelCard> score(const Manifest &manifest);

private:
    static std::vector<Check> checksFor(const Manifest &manifest, const Node &model,
                                        const QHash<QString, int> &testsPerNode);
};

} // namespace Trellis::Core
