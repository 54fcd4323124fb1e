#pragma once

#include <cstddef>
#include <cstdint>

namespace Trellis::Core::Jinja {

// Bounds that keep a hostile or broken template from exhausting the process: every one turns
// into an ordinary template error when exceeded. The defaults are far above what real dbt
// projects need (the largest measured template nests 14 levels and renders 300 kB).
struct RenderLimits
{
    // Nesting of brackets, operators and block tags the parser accepts.
    int maxNestingDepth = 200;
    // Depth of macro calls (a macro that calls itself forever stops here).
    int maxCallDepth = 100;
    // Frames of the interpreter's own recursion (expressions inside statements inside macro
    // calls); bounds the native stack a render can use, whatever the template's shape.
    int maxEvaluationDepth = 1500;
    // Statements, loop iterations, macro calls and native work units per render.
    std::uint64_t maxSteps = 50'000'000;
    // Bytes of rendered output, and of any single string or repr built along the way.
    std::size_t maxOutputBytes = 64u * 1024 * 1024;
    // Elements of a list built at once (range(), list repetition).
    std::int64_t maxSequenceLength = 10'000'000;
};

} // namespace Trellis::Core::Jinja
