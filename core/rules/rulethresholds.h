#pragma once

namespace Trellis::Core {

// The numbers dbt-project-evaluator lets a project tune through its vars, with the evaluator's
// defaults. trellis-rules.yml sets them under `thresholds:`, by the evaluator's var names, so a
// team that tuned the evaluator can copy its values over. A value.
struct RuleThresholds
{
    int modelsFanout = 3; // models_fanout_threshold: leaf children of one parent
    int tooManyJoins = 7; // too_many_joins_threshold: direct parents of one model
    int chainedViews = 5; // chained_views_threshold: views in a row upstream of a model
    double testCoverageTarget = 100; // test_coverage_target: percent of models with a test
    // documentation_coverage_target: percent of models with a description
    double documentationCoverageTarget = 100;
};

} // namespace Trellis::Core
