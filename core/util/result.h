#pragma once

#include <QString>

#include <memory>
#include <new>
#include <type_traits>
#include <utility>

namespace Trellis::Core {

// Where something went wrong in a user's file, and what to do about it. Lines and columns are
// 1-based; 0 means "unknown" (e.g. a file that could not be opened at all).
struct Error
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    // "file:line:col: message", the form every command-line verb prints.
    QString toString() const;
};

// Wraps an error so that Result<T, E> can be built from it even when T and E are alike.
template<typename E>
struct Failure
{
    E error;
};

template<typename E>
Failure<std::decay_t<E>> fail(E &&error)
{
    return {std::forward<E>(error)};
}

// The outcome of an operation that can fail: either a value or an error, never both. Core
// returns these instead of bool + lastError(), so a caller cannot forget to look.
// Failures are rare and successes are everywhere (the template engine returns one per
// expression it evaluates): the error lives on the heap so that a success is the value and one
// null pointer, built, tested and destroyed inline.
template<typename T, typename E = Error>
class [[nodiscard]] Result
{
public:
    // Two overloads rather than one by value: a result is built from a value at every return
    // of the template engine, and taking the value by value would move it twice.
    Result(T &&value) noexcept(std::is_nothrow_move_constructible_v<T>)
    {
        new (&m_value) T(std::move(value));
    }
    Result(const T &value) { new (&m_value) T(value); }
    template<typename F>
    Result(Failure<F> failure)
        : m_error(new E(std::move(failure.error)))
        , m_failed(true)
    {}
    Result(const Result &other)
        : m_failed(other.m_failed)
    {
        if (m_failed)
            m_error = other.m_error ? new E(*other.m_error) : nullptr;
        else
            new (&m_value) T(other.m_value);
    }
    Result(Result &&other) noexcept(std::is_nothrow_move_constructible_v<T>)
        : m_failed(other.m_failed)
    {
        if (m_failed)
            m_error = std::exchange(other.m_error, nullptr);
        else
            new (&m_value) T(std::move(other.m_value));
    }
    Result &operator=(const Result &other)
    {
        if (this != &other) {
            Result copy(other);
            *this = std::move(copy);
        }
        return *this;
    }
    Result &operator=(Result &&other) noexcept(std::is_nothrow_move_constructible_v<T>)
    {
        if (this != &other) {
            destroy();
            m_failed = other.m_failed;
            if (m_failed)
                m_error = std::exchange(other.m_error, nullptr);
            else
                new (&m_value) T(std::move(other.m_value));
        }
        return *this;
    }
    template<typename F>
    Result &operator=(Failure<F> failure)
    {
        destroy();
        m_error = new E(std::move(failure.error));
        m_failed = true;
        return *this;
    }
    ~Result() { destroy(); }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return m_value; }
    T &value() & { return m_value; }
    T &&value() && { return std::move(m_value); }
    const T *operator->() const { return &m_value; }
    T *operator->() { return &m_value; }
    const T &operator*() const { return m_value; }
    T &operator*() { return m_value; }

    const E &error() const { return *m_error; }

private:
    // Small enough to be inlined wherever a result dies: the error's destruction, rare and
    // large, is out of line.
    [[gnu::always_inline]] void destroy()
    {
        if (m_failed) [[unlikely]]
            destroyError();
        else
            m_value.~T();
    }
    [[gnu::noinline, gnu::cold]] void destroyError() { delete m_error; }

    union {
        T m_value;
        E *m_error; // owned; null only in a failed result that was moved from
    };
    bool m_failed = false;
};

// Result of an operation that yields nothing but may fail: a success is one null pointer.
template<typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    template<typename F>
    Result(Failure<F> failure)
        : m_error(std::make_unique<E>(std::move(failure.error)))
    {}
    Result(const Result &other)
        : m_error(other.m_error ? std::make_unique<E>(*other.m_error) : nullptr)
    {}
    Result(Result &&other) noexcept = default;
    Result &operator=(const Result &other)
    {
        m_error = other.m_error ? std::make_unique<E>(*other.m_error) : nullptr;
        return *this;
    }
    Result &operator=(Result &&other) noexcept = default;

    bool ok() const { return !m_error; }
    explicit operator bool() const { return ok(); }
    const E &error() const { return *m_error; }

private:
    std::unique_ptr<E> m_error;
};

} // namespace Trellis::Core
