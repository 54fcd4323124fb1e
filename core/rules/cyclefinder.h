#pragma once

#include <vector>

namespace Trellis::Core {

// Finds the cycles of a directed graph given as adjacency lists over vertices 0..n-1: one cycle
// per strongly connected component that has one (a component of several vertices, or a vertex
// with an edge to itself). Each cycle starts at the component's smallest vertex and follows a
// shortest path back to it, so the result is deterministic. Iterative (Tarjan's algorithm), so a
// chain of 10,000 models does not exhaust the stack. Pure function.
class CycleFinder
{
public:
    static std::vector<std::vector<int>> cycles(const std::vector<std::vector<int>> &edges);

private:
    static std::vector<std::vector<int>> components(const std::vector<std::vector<int>> &edges);
    static std::vector<int> shortestCycle(const std::vector<std::vector<int>> &edges,
                                          const std::vector<int> &component);
};

} // namespace Trellis::Core
