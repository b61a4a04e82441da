#pragma once

#include "common/assert.hpp"
#include "common/error.hpp"

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace bolwerk {

/// Marks a value as the error alternative of a Result, as std::unexpected does.
/// `return Unexpected(Error::invalid("..."));` is spelled `return Error::invalid("...");`
/// in practice, because Result converts from Error implicitly.
template <typename T>
class Result;

namespace detail {
template <typename T>
struct IsResult : std::false_type {
};
template <typename T>
struct IsResult<Result<T>> : std::true_type {
};
/// U converts to the value type and is neither the value type, an Error nor a Result.
// clang-format 14 cannot lay out concepts and requires-clauses.
// clang-format off
template <typename T, typename U>
concept ConvertsToValue = std::is_constructible_v<T, U&&>
    && !std::is_same_v<std::remove_cvref_t<U>, T>
    && !std::is_same_v<std::remove_cvref_t<U>, Error>
    && !IsResult<std::remove_cvref_t<U>>::value;
// clang-format on
} // namespace detail

/// The value of an operation that can fail for a reason outside our code, or its Error.
/// The interface follows C++23 std::expected (has_value, value, error, and_then,
/// transform) so that it can become an alias once we move to C++23.
/// Accessing value() of an error (or error() of a value) is a bug and aborts.
template <typename T>
class [[nodiscard]] Result {
public:
    using value_type = T;

    Result(T value) // NOLINT(google-explicit-constructor): mirrors std::expected.
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }
    // clang-format off
    template <typename U>
        requires detail::ConvertsToValue<T, U>
    Result(U&& value) // NOLINT(google-explicit-constructor)
        : m_state(std::in_place_index<0>, T(std::forward<U>(value)))
    {
    }
    // clang-format on

    bool has_value() const { return m_state.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T& value() &
    {
        BOLWERK_VERIFY(has_value());
        return std::get<0>(m_state);
    }
    T const& value() const&
    {
        BOLWERK_VERIFY(has_value());
        return std::get<0>(m_state);
    }
    T&& value() &&
    {
        BOLWERK_VERIFY(has_value());
        return std::get<0>(std::move(m_state));
    }
    T* operator->() { return &value(); }
    T const* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    T const& operator*() const& { return value(); }

    Error const& error() const&
    {
        BOLWERK_VERIFY(!has_value());
        return std::get<1>(m_state);
    }
    Error&& error() &&
    {
        BOLWERK_VERIFY(!has_value());
        return std::get<1>(std::move(m_state));
    }

    /// Calls `f(value)` (which returns a Result) on success; passes the error on.
    template <typename F>
    auto and_then(F&& f) &&
    {
        using R = std::invoke_result_t<F, T&&>;
        if (!has_value())
            return R(std::move(*this).error());
        return std::forward<F>(f)(std::move(*this).value());
    }

    /// Maps the value with `f`; passes the error on.
    template <typename F>
    auto transform(F&& f) &&
    {
        using U = std::invoke_result_t<F, T&&>;
        if (!has_value())
            return Result<U>(std::move(*this).error());
        return Result<U>(std::forward<F>(f)(std::move(*this).value()));
    }

    /// Gives the value back to TRY; not for general use.
    T release_value() { return std::get<0>(std::move(m_state)); }
    Error release_error() { return std::get<1>(std::move(m_state)); }

private:
    std::variant<T, Error> m_state;
};

/// A Result that carries no value: success or an Error.
template <>
class [[nodiscard]] Result<void> {
public:
    using value_type = void;

    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {
    }

    bool has_value() const { return !m_error.has_value(); }
    explicit operator bool() const { return has_value(); }
    void value() const { BOLWERK_VERIFY(has_value()); }

    Error const& error() const&
    {
        BOLWERK_VERIFY(!has_value());
        return *m_error;
    }
    Error&& error() &&
    {
        BOLWERK_VERIFY(!has_value());
        return std::move(*m_error);
    }

    template <typename F>
    auto and_then(F&& f) &&
    {
        using R = std::invoke_result_t<F>;
        if (!has_value())
            return R(std::move(*this).error());
        return std::forward<F>(f)();
    }

    void release_value() { }
    Error release_error() { return std::move(*m_error); }

private:
    std::optional<Error> m_error;
};

/// Success without a value, for `return ok();` in functions returning Result<void>.
inline Result<void> ok() { return {}; }

} // namespace bolwerk

/// Evaluates `expression` (a Result); on error returns that error from the enclosing
/// function, otherwise yields the value. Uses a GCC/Clang statement expression, the one
/// compiler extension we allow (SerenityOS AK/Try.h does the same); MSVC would need a
/// different approach. It cannot be used inside a coroutine: use CO_TRY there.
#define TRY(expression) BOLWERK_TRY_IMPL(expression, BOLWERK_CONCAT(_bolwerk_try_result_, __COUNTER__))

// The variable gets a name unique to each use, so that a TRY nested inside another
// TRY's expression does not shadow the outer one.
#define BOLWERK_CONCAT_INNER(left, right) left##right
#define BOLWERK_CONCAT(left, right) BOLWERK_CONCAT_INNER(left, right)
#define BOLWERK_TRY_IMPL(expression, result)                                                                           \
    ({                                                                                                                 \
        auto result = (expression);                                                                                    \
        if (!result.has_value()) [[unlikely]]                                                                          \
            return result.release_error();                                                                             \
        result.release_value();                                                                                        \
    })
