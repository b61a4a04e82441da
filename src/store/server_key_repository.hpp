#pragma once

#include "common/clock.hpp"
#include "common/result.hpp"
#include "store/forward.hpp"

#include <string>

namespace bolwerk::store {

/// SQL for `server_keys` (migration 9): secrets the server keeps for itself, one per
/// purpose, shared by every node on the database.
class ServerKeyRepository {
public:
    /// The key stored for `purpose`; stores `candidate` first when there is none. When
    /// nodes race, one insert wins and every node gets the winner's key.
    static Result<std::string> find_or_insert(
        Connection& connection, std::string const& purpose, std::string const& candidate, Timestamp now);
};

} // namespace bolwerk::store
