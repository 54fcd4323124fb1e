#pragma once

#include "core/jinja/smallobjectpool.h"

#include <atomic>
#include <cstdint>
#include <utility>

namespace Trellis::Core::Jinja {

// Base of every heap object a Value can point to (strings, lists, dicts, callables, host
// objects). The count is intrusive so a Value stays two words wide and a copy is one atomic
// increment; it is atomic because parsed templates (and the constants in them) are shared
// between threads. Objects are created through makeRef() and never copied.
//
// Atomic read-modify-writes are the dearest part of a render, so the two ends of an object's
// life avoid them: the first reference is a plain store (nobody else can see a new object),
// and the last owner frees without one (see release()).
class RefCounted
{
public:
    RefCounted(const RefCounted &) = delete;
    RefCounted &operator=(const RefCounted &) = delete;

    void retain() const noexcept { m_references.fetch_add(1, std::memory_order_relaxed); }
    void release() const noexcept
    {
        // A sole owner frees at once: no other thread holds a reference it could copy, so the
        // count cannot rise meanwhile, and the acquire load orders every earlier release by
        // another thread before the delete. Most values die this way, never shared.
        if (m_references.load(std::memory_order_acquire) == 1
            || m_references.fetch_sub(1, std::memory_order_acq_rel) == 1)
            delete this;
    }
    // Whether more than one reference exists, so that releasing one cannot destroy the object
    // (unless another thread releases the others meanwhile).
    bool isShared() const noexcept { return m_references.load(std::memory_order_relaxed) > 1; }
    // Takes the first reference to a new object, which no other thread can see yet.
    void adoptFirstReference() const noexcept { m_references.store(1, std::memory_order_relaxed); }

    // Values come and go by the thousand in a render; their objects live in a pool.
    static void *operator new(std::size_t size) { return SmallObjectPool::allocate(size); }
    static void operator delete(void *block, std::size_t size) noexcept
    {
        SmallObjectPool::deallocate(block, size);
    }

protected:
    RefCounted() = default;
    virtual ~RefCounted() = default;

private:
    mutable std::atomic<std::uint32_t> m_references{0};
};

// Owning pointer to a RefCounted object.
template<typename T> class Ref
{
public:
    Ref() = default;
    explicit Ref(T *object) noexcept
        : m_object(object)
    {
        if (m_object)
            m_object->retain();
    }
    Ref(const Ref &other) noexcept
        : Ref(other.m_object)
    { }
    Ref(Ref &&other) noexcept
        : m_object(std::exchange(other.m_object, nullptr))
    { }
    template<typename U>
    Ref(const Ref<U> &other) noexcept
        : Ref(other.get())
    { }
    template<typename U>
    Ref(Ref<U> &&other) noexcept
        : m_object(other.detach())
    { }
    // Owns `fresh`, a new object no reference points to yet (makeRef() builds them).
    static Ref adopt(T *fresh) noexcept
    {
        Ref ref;
        fresh->adoptFirstReference();
        ref.m_object = fresh;
        return ref;
    }
    ~Ref()
    {
        if (m_object)
            m_object->release();
    }
    Ref &operator=(Ref other) noexcept
    {
        std::swap(m_object, other.m_object);
        return *this;
    }

    T *get() const noexcept { return m_object; }
    // Hands this reference over to the caller, who must release it.
    T *detach() noexcept { return std::exchange(m_object, nullptr); }
    T *operator->() const noexcept { return m_object; }
    T &operator*() const noexcept { return *m_object; }
    explicit operator bool() const noexcept { return m_object != nullptr; }

private:
    T *m_object = nullptr;
};

template<typename T, typename... Args> Ref<T> makeRef(Args &&...args)
{
    return Ref<T>::adopt(new T(std::forward<Args>(args)...));
}

} // namespace Trellis::Core::Jinja
