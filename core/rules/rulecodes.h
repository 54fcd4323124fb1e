#pragma once

#include <QString>

// The stable codes of the mesh rules, documented with an example each in docs/diagnostics.md.
// TRL02xx: mesh structure (access, groups, project dependencies, cycles, names);
// TRL03xx: versions and contracts, including breaking changes against a baseline;
// TRL04xx: governance (TRL040x what a project publishes, TRL041x–042x the DAG's shape, TRL043x
// tests, TRL044x documentation, TRL045x names and folders, TRL046x performance).
namespace Trellis::Core::RuleCode {

inline const QString PrivateRef = QStringLiteral("TRL0201");
inline const QString CrossProjectRef = QStringLiteral("TRL0202");
inline const QString PrivateWithoutGroup = QStringLiteral("TRL0203");
inline const QString InvalidAccess = QStringLiteral("TRL0204");
inline const QString UnknownGroup = QStringLiteral("TRL0205");
inline const QString ProjectNotListed = QStringLiteral("TRL0210");
inline const QString ProjectCycle = QStringLiteral("TRL0211");
inline const QString NodeCycle = QStringLiteral("TRL0212");
inline const QString AmbiguousRef = QStringLiteral("TRL0213");
inline const QString DuplicateName = QStringLiteral("TRL0214");

inline const QString DeprecatedRef = QStringLiteral("TRL0301");
inline const QString UpcomingDeprecation = QStringLiteral("TRL0302");
inline const QString DeprecatedModel = QStringLiteral("TRL0303");
inline const QString InvalidDeprecationDate = QStringLiteral("TRL0304");
inline const QString ContractWithoutColumns = QStringLiteral("TRL0310");
inline const QString ColumnWithoutDataType = QStringLiteral("TRL0311");
inline const QString ContractOnEphemeral = QStringLiteral("TRL0312");
inline const QString ContractOnPython = QStringLiteral("TRL0313");
inline const QString UnsupportedConstraints = QStringLiteral("TRL0314");
inline const QString BreakingChange = QStringLiteral("TRL0320");
inline const QString ContractedModelRemoved = QStringLiteral("TRL0321");

inline const QString PublicWithoutContract = QStringLiteral("TRL0401");
inline const QString UndocumentedPublicModel = QStringLiteral("TRL0402");
inline const QString ExposureOnNonPublic = QStringLiteral("TRL0403");
inline const QString DirectJoinToSource = QStringLiteral("TRL0410");
inline const QString SourceOutsideStaging = QStringLiteral("TRL0411");
inline const QString StagingOnStaging = QStringLiteral("TRL0412");
inline const QString StagingOnDownstream = QStringLiteral("TRL0413");
inline const QString RootModel = QStringLiteral("TRL0414");
inline const QString UnusedSource = QStringLiteral("TRL0415");
inline const QString MultipleSourcesJoined = QStringLiteral("TRL0416");
inline const QString SourceFanout = QStringLiteral("TRL0417");
inline const QString ModelFanout = QStringLiteral("TRL0418");
inline const QString RejoiningUpstream = QStringLiteral("TRL0419");
inline const QString HardCodedReference = QStringLiteral("TRL0420");
inline const QString DuplicateSource = QStringLiteral("TRL0421");
inline const QString TooManyJoins = QStringLiteral("TRL0422");
inline const QString MissingPrimaryKeyTests = QStringLiteral("TRL0430");
inline const QString TestCoverage = QStringLiteral("TRL0431");
inline const QString SourceWithoutFreshness = QStringLiteral("TRL0432");
inline const QString UndocumentedModel = QStringLiteral("TRL0440");
inline const QString UndocumentedSourceTable = QStringLiteral("TRL0441");
inline const QString UndocumentedSource = QStringLiteral("TRL0442");
inline const QString DocumentationCoverage = QStringLiteral("TRL0443");
inline const QString ModelNaming = QStringLiteral("TRL0450");
inline const QString ModelDirectory = QStringLiteral("TRL0451");
inline const QString SourceDirectory = QStringLiteral("TRL0452");
inline const QString TestDirectory = QStringLiteral("TRL0453");
inline const QString ChainedViews = QStringLiteral("TRL0460");
inline const QString ExposureParentMaterialization = QStringLiteral("TRL0461");

} // namespace Trellis::Core::RuleCode
