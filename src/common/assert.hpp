#pragma once

/// Assertions for programmer mistakes, never for user input (STYLE.md 4.6).
/// BOLWERK_VERIFY always checks; BOLWERK_ASSERT only in debug builds.
/// A failed check prints the expression and location to stderr and aborts.

namespace bolwerk::detail {
[[noreturn]] void assertion_failed(char const* expression, char const* file, int line, char const* function);
} // namespace bolwerk::detail

#define BOLWERK_VERIFY(expression)                                                                                     \
    do {                                                                                                               \
        if (!(expression)) [[unlikely]]                                                                                \
            ::bolwerk::detail::assertion_failed(#expression, __FILE__, __LINE__, __func__);                            \
    } while (0)

#ifdef NDEBUG
#    define BOLWERK_ASSERT(expression) ((void)0)
#else
#    define BOLWERK_ASSERT(expression) BOLWERK_VERIFY(expression)
#endif

#define BOLWERK_UNREACHABLE() ::bolwerk::detail::assertion_failed("unreachable", __FILE__, __LINE__, __func__)
