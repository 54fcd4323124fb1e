#pragma once

#include <QString>

#include <utility>
#include <variant>

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
template<typename T, typename E = Error>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    template<typename F>
    Result(Failure<F> failure)
        : m_state(std::in_place_index<1>, std::move(failure.error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const { return value(); }
    T &operator*() { return value(); }

    const E &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

// Result of an operation that yields nothing but may fail.
template<typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    template<typename F>
    Result(Failure<F> failure)
        : m_error(std::move(failure.error))
        , m_failed(true)
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const E &error() const { return m_error; }

private:
    E m_error{};
    bool m_failed = false;
};

} // namespace Trellis::Core
