#include "common/assert.hpp"

#include <cstdio>
#include <cstdlib>

namespace bolwerk::detail {

void assertion_failed(char const* expression, char const* file, int line, char const* function)
{
    std::fprintf(
        stderr, "bolwerk: internal error: assertion '%s' failed in %s at %s:%d\n", expression, function, file, line);
    std::fflush(stderr);
    std::abort();
}

} // namespace bolwerk::detail
