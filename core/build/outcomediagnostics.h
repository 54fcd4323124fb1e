#pragma once

#include "core/build/buildoutcome.h"
#include "core/diagnostics/diagnostic.h"
#include "core/graph/manifest.h"
#include "core/layout/lineagenodefacts.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace Trellis::Core::Build {

// Turns what a build or test run reported into the findings the editors and the problems panel
// show, placed where the user fixes them:
// - a failing or warning data test (TRL0503 / TRL0504) on the YAML line that declares it, and
//   once more on the first line of the tested model's SQL file, each pointing at the other;
// - an enforced contract that does not match (TRL0502): one finding per mismatching column on
//   the column's YAML entry (the model's entry for a column the contract lacks), and one on the
//   model's SQL file;
// - any other build error (TRL0501) where its error points, else on the node's file.
// Every finding carries the unique id of the node built or tested. Pure; thread-safe.
class OutcomeDiagnostics
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::Build::OutcomeDiagnostics)

public:
    static std::vector<Diagnostic> collect(const std::vector<NodeOutcome> &outcomes,
                                           const Manifest &manifest);

    // The worst outcome of each tested node's data tests among `outcomes`, keyed by the tested
    // node's unique id (what the lineage's test-status lens colours).
    static QHash<QString, TestStatus> testStatuses(const std::vector<NodeOutcome> &outcomes,
                                                   const Manifest &manifest);

    // The column names of a contract mismatch table (NodeOutcome::detail, as ContractCheck
    // writes it), each with its reason; empty when `detail` holds no such table.
    static QList<std::pair<QString, QString>> contractMismatches(const QString &detail);
};

} // namespace Trellis::Core::Build
