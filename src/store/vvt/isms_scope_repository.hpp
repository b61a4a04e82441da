#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "store/forward.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace bolwerk::store {

/// The stored ISMS scope of one organisation: JSON text that app/ writes and reads
/// (the store does not interpret it), with a version for optimistic concurrency.
struct StoredIsmsScope {
    std::string definition;
    Timestamp updated_at{};
    std::string updated_by;
    std::int64_t version = 0;
};

/// SQL for `isms_scopes`: one row per organisation.
class IsmsScopeRepository {
public:
    /// The scope, or nothing when the organisation has not set one.
    static Result<std::optional<StoredIsmsScope>> find(Connection& connection, OrganisationId organisation);
    /// Stores the scope. `expected_version` is 0 for the first scope of the
    /// organisation, else the version that was read; Conflict when it is stale.
    static Result<StoredIsmsScope> save(Transaction& transaction, OrganisationId organisation,
        std::string const& definition, std::int64_t expected_version, std::string const& updated_by, Timestamp now);
};

} // namespace bolwerk::store
