#include "cyclefinder.h"

#include <algorithm>
#include <deque>
#include <unordered_map>
#include <unordered_set>

namespace Trellis::Core {

std::vector<std::vector<int>> CycleFinder::cycles(const std::vector<std::vector<int>> &edges)
{
    std::vector<std::vector<int>> result;
    for (std::vector<int> &component : components(edges)) {
        const int only = component.front();
        const bool selfLoop = component.size() == 1
            && std::find(edges[size_t(only)].begin(), edges[size_t(only)].end(), only)
                != edges[size_t(only)].end();
        if (component.size() > 1 || selfLoop)
            result.push_back(shortestCycle(edges, component));
    }
    std::sort(result.begin(), result.end());
    return result;
}

std::vector<std::vector<int>> CycleFinder::components(const std::vector<std::vector<int>> &edges)
{
    const int count = int(edges.size());
    std::vector<int> index(size_t(count), -1);
    std::vector<int> lowLink(size_t(count), 0);
    std::vector<bool> onStack(size_t(count), false);
    std::vector<int> stack;
    std::vector<std::vector<int>> found;
    int nextIndex = 0;
    // Explicit call stack: (vertex, position in its edge list).
    std::vector<std::pair<int, size_t>> calls;
    for (int root = 0; root < count; ++root) {
        if (index[size_t(root)] >= 0)
            continue;
        calls.push_back({root, 0});
        while (!calls.empty()) {
            auto &[vertex, next] = calls.back();
            const size_t v = size_t(vertex);
            if (next == 0 && index[v] < 0) {
                index[v] = lowLink[v] = nextIndex++;
                stack.push_back(vertex);
                onStack[v] = true;
            }
            if (next < edges[v].size()) {
                const int target = edges[v][next++];
                if (index[size_t(target)] < 0)
                    calls.push_back({target, 0});
                else if (onStack[size_t(target)])
                    lowLink[v] = std::min(lowLink[v], index[size_t(target)]);
                continue;
            }
            if (lowLink[v] == index[v]) {
                std::vector<int> component;
                int member = -1;
                do {
                    member = stack.back();
                    stack.pop_back();
                    onStack[size_t(member)] = false;
                    component.push_back(member);
                } while (member != vertex);
                std::sort(component.begin(), component.end());
                found.push_back(std::move(component));
            }
            const int finished = vertex;
            calls.pop_back();
            if (!calls.empty()) {
                const size_t parent = size_t(calls.back().first);
                lowLink[parent] = std::min(lowLink[parent], lowLink[size_t(finished)]);
            }
        }
    }
    return found;
}

std::vector<int> CycleFinder::shortestCycle(const std::vector<std::vector<int>> &edges,
                                            const std::vector<int> &component)
{
    const int start = component.front();
    const std::unordered_set<int> members(component.begin(), component.end());
    // Breadth-first from the start inside the component until an edge leads back to it.
    std::unordered_map<int, int> cameFrom;
    std::deque<int> queue{start};
    cameFrom[start] = start;
    while (!queue.empty()) {
        const int vertex = queue.front();
        queue.pop_front();
        std::vector<int> targets = edges[size_t(vertex)];
        std::sort(targets.begin(), targets.end());
        for (const int target : targets) {
            if (target == start) {
                std::vector<int> path{vertex};
                for (int step = vertex; step != start;) {
                    step = cameFrom[step];
                    path.push_back(step);
                }
                std::reverse(path.begin(), path.end());
                return path;
            }
            if (members.count(target) && !cameFrom.count(target)) {
                cameFrom[target] = vertex;
                queue.push_back(target);
            }
        }
    }
    return {start};
}

} // namespace Trellis::Core
