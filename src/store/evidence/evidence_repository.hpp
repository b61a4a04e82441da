#pragma once

#include "common/result.hpp"
#include "domain/evidence/evidence.hpp"
#include "store/forward.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::store {

/// Which items a listing returns. Every part is optional; all given parts must hold.
struct EvidenceFilter {
    /// Items linked to this target. With `aspect` too: linked for that aspect, or for
    /// the target as a whole (a link without aspect supports every aspect).
    std::optional<domain::EvidenceTarget> target;
    std::optional<domain::EvidenceAspect> aspect;
    /// Items with a valid-until on or before this day (expired or expiring by then).
    std::optional<Date> valid_until_by;
};

/// SQL for evidence: `evidence_blobs` (file bytes by SHA-256 per organisation),
/// `evidence_items`, `evidence_versions` and `evidence_links`. Every call is scoped to
/// one organisation; no call can read or write another organisation's rows.
class EvidenceRepository {
public:
    /// Stores `content` under its SHA-256 unless this organisation already has those
    /// bytes; returns the digest.
    static Result<std::string> store_content(
        Transaction& transaction, OrganisationId organisation, std::string_view content, Timestamp now);
    /// The bytes stored under `sha256` for `organisation`.
    static Result<std::string> content(Connection& connection, OrganisationId organisation, std::string const& sha256);

    /// Inserts the item (without versions or links) and returns it with its id.
    static Result<domain::EvidenceItem> insert_item(Transaction& transaction, domain::EvidenceItem item, Timestamp now);
    /// Adds the next version of a file item and makes it the item's current one (its
    /// effective date and valid-until become the item's). `expected_version` guards the
    /// item row against a concurrent change.
    static Result<domain::EvidenceVersion> add_version(Transaction& transaction, OrganisationId organisation,
        domain::EvidenceVersion version, std::optional<std::int64_t> expected_version);

    static Result<domain::EvidenceLink> add_link(Transaction& transaction, OrganisationId organisation,
        domain::EvidenceLink link, std::string const& created_by, Timestamp now);
    /// Removes the link; NotFound when there was none.
    static Result<void> remove_link(
        Transaction& transaction, OrganisationId organisation, domain::EvidenceLink const& link);

    /// The item with its current version, version count and links.
    static Result<domain::EvidenceItem> find(Connection& connection, OrganisationId organisation, EvidenceItemId id);
    /// Every version of a file item, newest first.
    static Result<std::vector<domain::EvidenceVersion>> versions(
        Connection& connection, OrganisationId organisation, EvidenceItemId id);
    /// The items that pass `filter`, newest effective date first, with current versions
    /// and links (two queries, however many items).
    static Result<std::vector<domain::EvidenceItem>> list(
        Connection& connection, OrganisationId organisation, EvidenceFilter const& filter);
};

} // namespace bolwerk::store
