#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "store/forward.hpp"

#include <optional>
#include <string>

namespace bolwerk::store {

/// One stored version of an organisation's risk methodology, as the JSON text that
/// app/ writes and reads (the store does not interpret it).
struct StoredMethodology {
    std::int64_t version = 0;
    std::string definition;
    Timestamp created_at;
    std::string created_by;
};

/// SQL for `risk_methodologies`: versions are only ever added.
class RiskMethodologyRepository {
public:
    /// The newest version, or nothing when the organisation has not set one.
    static Result<std::optional<StoredMethodology>> current(Connection& connection, OrganisationId organisation);
    /// Adds the next version and returns its number.
    static Result<std::int64_t> add(Transaction& transaction, OrganisationId organisation,
        std::string const& definition, std::string const& created_by, Timestamp now);
};

} // namespace bolwerk::store
