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

/// One frozen version of an organisation's VvT. `statement` is the JSON document
/// (report::vvt::statement_json) exactly as offered for download and
/// `statement_sha256` the SHA-256 of those bytes; `canonical_sha256` is the
/// format-independent digest (domain::vvt::digest) that every export carries.
struct StoredVvtVersion {
    VvtVersionId id{0};
    OrganisationId organisation{0};
    std::int64_t number = 0; ///< 1, 2, … per organisation.
    std::string catalog; ///< "bio2@1.3"
    std::string statement;
    std::string statement_sha256;
    std::string canonical_sha256;
    /// domain::vvt::content_digest as frozen, never changed; empty for a version frozen
    /// before migration 13 (app/ computes it from the statement then).
    std::string content_sha256;
    Timestamp created_at{};
    std::string created_by;
    std::optional<std::string> approved_by_name; ///< The bestuurder; set exactly when approved.
    std::optional<std::string> approved_content_sha256; ///< The content the approval refers to (since migration 13).
    std::optional<UserId> approved_by_user; ///< Absent when the operator recorded the approval.
    std::optional<Timestamp> approved_at;

    bool approved() const { return approved_at.has_value(); }
};

/// What approving a version writes: the approved document, who approved it and the
/// content digest it approves. The version's content_sha256 stays as frozen.
struct VvtApproval {
    std::string content_sha256;
    std::string statement;
    std::string statement_sha256;
    std::string canonical_sha256;
    std::string approved_by_name;
    std::optional<UserId> approved_by_user;
    Timestamp approved_at{};
};

/// SQL for `vvt_versions`, scoped to one organisation on every call. Versions are
/// added, approved once, and never changed after that.
class VvtVersionRepository {
public:
    /// The number the next version will get (1 for the first).
    static Result<std::int64_t> next_number(Connection& connection, OrganisationId organisation);
    /// Adds a version; its number must be next_number (Conflict when another freeze won).
    static Result<StoredVvtVersion> insert(Transaction& transaction, StoredVvtVersion version);
    /// Records the approval of a draft version; Conflict when it is already approved.
    static Result<StoredVvtVersion> approve(
        Transaction& transaction, OrganisationId organisation, std::int64_t number, VvtApproval const& approval);
    static Result<StoredVvtVersion> find(Connection& connection, OrganisationId organisation, std::int64_t number);
    static Result<StoredVvtVersion> find(Connection& connection, OrganisationId organisation, VvtVersionId id);
    /// Every version, newest first, without the statement text (it can be large).
    static Result<std::vector<StoredVvtVersion>> list(Connection& connection, OrganisationId organisation);
};

} // namespace bolwerk::store
