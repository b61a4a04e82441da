#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "store/forward.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::store {

/// Whether an organisation publishes its VvT at all (a setting: the BIO2 texts disagree
/// on whether publication is mandatory). Off until someone switches it on.
struct StoredPublicationSetting {
    bool enabled = false;
    bool show_implementation = false; ///< The public page shows implementation status (since migration 16).
    std::optional<Timestamp> updated_at; ///< Absent while never set.
    std::string updated_by;
};

/// One period during which a version was published. The history is kept: unpublishing
/// closes the period, it never deletes it.
struct StoredPublication {
    std::int64_t id = 0;
    OrganisationId organisation{0};
    VvtVersionId version{0};
    std::int64_t version_number = 0;
    Timestamp published_at{};
    std::string published_by;
    std::optional<Timestamp> unpublished_at;
    std::string unpublished_by;

    bool current() const { return !unpublished_at.has_value(); }
};

/// SQL for `vvt_publication_settings` and `vvt_publications`, scoped to one
/// organisation on every call. Invariant: at most one open publication per organisation.
class VvtPublicationRepository {
public:
    static Result<StoredPublicationSetting> setting(Connection& connection, OrganisationId organisation);
    static Result<StoredPublicationSetting> set_setting(Transaction& transaction, OrganisationId organisation,
        bool enabled, bool show_implementation, std::string const& updated_by, Timestamp now);

    /// The open publication, if any.
    static Result<std::optional<StoredPublication>> current(Connection& connection, OrganisationId organisation);
    /// Closes the open publication (if any) and opens one for `version`.
    static Result<StoredPublication> publish(Transaction& transaction, OrganisationId organisation,
        VvtVersionId version, std::string const& published_by, Timestamp now);
    /// Closes the open publication; NotFound when nothing is published.
    static Result<StoredPublication> unpublish(
        Transaction& transaction, OrganisationId organisation, std::string const& unpublished_by, Timestamp now);
    /// Every publication, newest first.
    static Result<std::vector<StoredPublication>> history(Connection& connection, OrganisationId organisation);
};

} // namespace bolwerk::store
