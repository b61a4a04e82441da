#pragma once

#include "common/result.hpp"

#include <string>
#include <utility>
#include <vector>

namespace bolwerk::store {

/// A program run to completion: its arguments (argv[0] is looked up on PATH) and the
/// variables added to this process's environment for it. Secrets travel in the
/// environment or in files it names, never in `arguments` (visible in `ps`).
struct ChildProcess {
    std::vector<std::string> arguments;
    std::vector<std::pair<std::string, std::string>> environment;
};

/// Runs `process` with standard input and output on /dev/null and waits for it.
/// Unavailable when it cannot be started or exits non-zero; the message names the
/// program and holds the last lines it wrote to standard error.
Result<void> run_to_completion(ChildProcess const& process);

} // namespace bolwerk::store
