#pragma once

#include "common/error.hpp"

namespace bolwerk::cli {

/// Process exit codes, after BSD sysexits.h.
enum class ExitCode : int {
    Ok = 0,
    Usage = 2,
    DataError = 65, ///< Bad input: invalid, not found, conflict.
    Unavailable = 69, ///< The database or another dependency cannot be reached.
    Internal = 70, ///< A bug in Bolwerk.
    NoPermission = 77,
};

ExitCode exit_code_for(Error const& error);

} // namespace bolwerk::cli
