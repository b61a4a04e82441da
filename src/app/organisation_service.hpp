#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/organisation.hpp"
#include "store/forward.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace bolwerk::app {

/// Raw input for creating or changing an organisation, as it comes from a form, an
/// API call or the command line; validated by the use case.
struct OrganisationInput {
    std::string name;
    std::string kind;
    std::optional<std::string> oin;
    std::optional<std::string> kvk_number;
};

/// The organisation as JSON: the state the audit trail's digests cover, and the shape
/// that the CLI prints with --json.
nlohmann::json organisation_to_json(domain::Organisation const& organisation);

/// Use cases on organisations. Each one authorises the actor, runs in one
/// transaction and writes its audit event in that transaction.
/// Keeps references to `database` and `clock`, which must outlive it. Safe to share
/// between threads (it has no state of its own).
class OrganisationService {
public:
    OrganisationService(store::Database& database, Clock const& clock)
        : m_database(database)
        , m_clock(clock)
    {
    }

    Result<domain::Organisation> create(Actor const& actor, OrganisationInput const& input);
    /// Applies `input` if the organisation is still at `expected_version` (Conflict otherwise).
    Result<domain::Organisation> update(
        Actor const& actor, OrganisationId id, OrganisationInput const& input, std::int64_t expected_version);
    Result<domain::Organisation> show(Actor const& actor, OrganisationId id);
    /// Every organisation for the operator and administrators; a user's own otherwise.
    Result<std::vector<domain::Organisation>> list(Actor const& actor);

private:
    store::Database& m_database;
    Clock const& m_clock;
};

} // namespace bolwerk::app
