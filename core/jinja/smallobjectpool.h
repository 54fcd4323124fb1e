#pragma once

#include <cstddef>

namespace Trellis::Core::Jinja {

// Memory for the small heap objects behind Values (strings, lists, dicts, loop contexts),
// which a render creates and destroys by the thousand. Each thread keeps a bounded cache of
// freed blocks per size class, so most allocations are a pop from a list instead of a trip
// through malloc. A block may be freed on another thread than the one that allocated it: it
// then joins that thread's cache. Blocks larger than kLargestBlock go to the global heap.
class SmallObjectPool
{
public:
    // Room for a loop context (232 bytes), created for every loop a template runs.
    static constexpr std::size_t kLargestBlock = 256;

    static void *allocate(std::size_t size);
    // `size` must be the size given to allocate().
    static void deallocate(void *block, std::size_t size) noexcept;
};

} // namespace Trellis::Core::Jinja
