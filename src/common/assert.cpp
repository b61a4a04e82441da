#include "common/assert.hpp"

#include <cstdio>
#include <cstdlib>

namespace bolwerk::detail {

void assertion_failed(char const* expression, char const* file, int line, char const* function)
{
    // Nothing is left to do when stderr fails: the process stops either way.
    (void)std::fprintf(
        stderr, "bolwerk: internal error: assertion '%s' failed in %s at %s:%d\n", expression, function, file, line);
    (void)std::fflush(stderr);
    std::abort();
}

} // namespace bolwerk::detail
