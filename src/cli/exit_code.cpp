#include "cli/exit_code.hpp"

#include "cli/arguments.hpp"

namespace bolwerk::cli {

ExitCode exit_code_for(Error const& error)
{
    if (is_usage_error(error))
        return ExitCode::Usage;
    switch (error.kind()) {
    case ErrorKind::Invalid:
    case ErrorKind::NotFound:
    case ErrorKind::Conflict: return ExitCode::DataError;
    case ErrorKind::Forbidden: return ExitCode::NoPermission;
    case ErrorKind::Unavailable: return ExitCode::Unavailable;
    case ErrorKind::Internal: return ExitCode::Internal;
    }
    return ExitCode::Internal;
}

} // namespace bolwerk::cli
