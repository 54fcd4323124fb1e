#include "smallobjectpool.h"

#include <array>
#include <new>

// Under AddressSanitizer every object goes to the heap, so that a use after free stays
// visible to it rather than landing in a recycled block.
#if defined(__SANITIZE_ADDRESS__)
#define TRELLIS_POOL_BYPASSED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TRELLIS_POOL_BYPASSED 1
#endif
#endif
#ifndef TRELLIS_POOL_BYPASSED
#define TRELLIS_POOL_BYPASSED 0
#endif

namespace Trellis::Core::Jinja {

namespace {

constexpr std::size_t kGranularity = 16;
constexpr std::size_t kClasses = SmallObjectPool::kLargestBlock / kGranularity;
// Blocks kept per size class and thread: enough for the objects one render frees in a burst,
// little enough (at most 128 kB for the largest class) that an idle thread holds no real
// memory.
constexpr std::size_t kCachedBlocks = 512;

struct FreeBlock
{
    FreeBlock *next;
};

struct SizeClass
{
    FreeBlock *head = nullptr;
    std::size_t count = 0;
};

// One thread's caches; returns every block to the heap when the thread ends.
struct ThreadCache
{
    std::array<SizeClass, kClasses> classes;

    ~ThreadCache();
};

// The running thread's cache, or null once it is gone: objects destroyed during thread or
// program exit then go straight to the heap. Plain pointers, so reading them is always safe.
thread_local ThreadCache *t_cache = nullptr;
thread_local bool t_cacheDestroyed = false;

ThreadCache::~ThreadCache()
{
    t_cache = nullptr;
    t_cacheDestroyed = true;
    for (SizeClass &sizeClass : classes) {
        while (FreeBlock *block = sizeClass.head) {
            sizeClass.head = block->next;
            ::operator delete(block);
        }
    }
}

ThreadCache *cache()
{
    if (!t_cache && !t_cacheDestroyed) {
        thread_local ThreadCache storage;
        t_cache = &storage;
    }
    return t_cache;
}

std::size_t classOf(std::size_t size)
{
    return (size + kGranularity - 1) / kGranularity - 1;
}

} // namespace

void *SmallObjectPool::allocate(std::size_t size)
{
    if (TRELLIS_POOL_BYPASSED || size == 0 || size > kLargestBlock)
        return ::operator new(size);
    const std::size_t index = classOf(size);
    if (ThreadCache *threadCache = cache()) {
        SizeClass &sizeClass = threadCache->classes[index];
        if (FreeBlock *block = sizeClass.head) {
            sizeClass.head = block->next;
            --sizeClass.count;
            return block;
        }
    }
    // Every block of a class has the class's full size, so any block may serve any request
    // of that class later.
    return ::operator new((index + 1) * kGranularity);
}

void SmallObjectPool::deallocate(void *block, std::size_t size) noexcept
{
    if (TRELLIS_POOL_BYPASSED || size == 0 || size > kLargestBlock) {
        ::operator delete(block);
        return;
    }
    ThreadCache *threadCache = cache();
    if (!threadCache || threadCache->classes[classOf(size)].count >= kCachedBlocks) {
        ::operator delete(block);
        return;
    }
    SizeClass &sizeClass = threadCache->classes[classOf(size)];
    sizeClass.head = new (block) FreeBlock{sizeClass.head};
    ++sizeClass.count;
}

} // namespace Trellis::Core::Jinja
