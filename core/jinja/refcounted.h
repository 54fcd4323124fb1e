#pragma once

#include <atomic>
#include <cstdint>
#include <utility>

namespace Trellis::Core::Jinja {

// Base of every heap object a Value can point to (strings, lists, dicts, callables, host
// objects). The count is intrusive so a Value stays two words wide and a copy is one atomic
// increment; it is atomic because parsed templates (and the constants in them) are shared
// between threads. Objects are created through makeRef() and never copied.
class RefCounted
{
public:
    RefCounted(const RefCounted &) = delete;
    RefCounted &operator=(const RefCounted &) = delete;

    void retain() const noexcept { m_references.fetch_add(1, std::memory_order_relaxed); }
    void release() const noexcept
    {
        if (m_references.fetch_sub(1, std::memory_order_acq_rel) == 1)
            delete this;
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
    T *operator->() const noexcept { return m_object; }
    T &operator*() const noexcept { return *m_object; }
    explicit operator bool() const noexcept { return m_object != nullptr; }

private:
    T *m_object = nullptr;
};

template<typename T, typename... Args> Ref<T> makeRef(Args &&...args)
{
    return Ref<T>(new T(std::forward<Args>(args)...));
}

} // namespace Trellis::Core::Jinja
