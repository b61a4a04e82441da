#pragma once

#include "app/actor.hpp"
#include "app/vvt/vvt_export.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/catalog/builtin_index.hpp"
#include "domain/vvt/isms_scope.hpp"
#include "domain/vvt/statement.hpp"
#include "domain/vvt/statement_diff.hpp"
#include "store/forward.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::app {

/// The ISMS scope of an organisation with its version (0 while never stored: then the
/// scope is empty).
struct IsmsScopeView {
    domain::vvt::IsmsScope scope;
    std::int64_t version = 0;
    std::optional<Timestamp> updated_at;
    std::string updated_by;
};

/// One frozen VvT version, without its statement.
struct VvtVersionSummary {
    std::int64_t number = 0;
    std::string catalog; ///< "bio2@1.3"
    /// The content as frozen (domain::vvt::content_digest): the same for ever, also
    /// after approval (issue #13 item 3).
    std::string content_sha256;
    std::string sha256; ///< Of the stored JSON document (what the public page offers): the approved one once approved.
    std::string canonical_sha256; ///< domain::vvt::digest of that document, carried by every export.
    Timestamp created_at{};
    std::string created_by; ///< The actor label ("user:4", "operator:root").
    /// Who froze it, for people: the user's display name, else the label (filled by
    /// versions() and version()).
    std::string created_by_name;
    /// The approval record: who, when and the content digest it approves.
    std::optional<std::string> approved_by; ///< The bestuurder's name.
    std::optional<Timestamp> approved_at;
    std::optional<std::string> approved_content_sha256;
    bool published = false; ///< The version the public page shows now.

    bool approved() const { return approved_at.has_value(); }
};

/// One version with its statement and what changed since the version before it.
struct VvtVersionDetail {
    VvtVersionSummary summary;
    domain::vvt::StatementOfApplicability statement;
    std::optional<std::int64_t> previous_number; ///< Absent for version 1.
    domain::vvt::StatementDiff diff; ///< Against the previous version; empty for version 1.
};

struct VvtPublicationPeriod {
    std::int64_t version_number = 0;
    Timestamp published_at{};
    std::string published_by;
    std::optional<Timestamp> unpublished_at;
    std::string unpublished_by;
};

/// Whether the organisation publishes its VvT, what is published now and before.
struct VvtPublicationState {
    bool enabled = false;
    /// Whether the public page also shows the implementation status of each control.
    /// Off by default: a list of gaps helps an attacker, and the BIO2 (via ISO/IEC 27001
    /// 6.1.3 d) asks to publish applicability and its justification (issue #13 item 4).
    bool show_implementation = false;
    std::optional<VvtPublicationPeriod> current;
    std::vector<VvtPublicationPeriod> history; ///< Newest first, the current one included.
};

/// A change of the publication setting. An absent `show_implementation` keeps the
/// current choice.
struct VvtPublicationChoice {
    bool enabled = false;
    std::optional<bool> show_implementation;
};

/// What the public page of an organisation shows (or would show: a preview).
struct PublishedVvt {
    OrganisationId organisation{0};
    std::string organisation_name;
    VvtVersionSummary summary;
    domain::vvt::StatementOfApplicability statement;
    bool show_implementation = false; ///< The setting the page follows.
    /// The JSON document offered for download: with implementation status the stored
    /// document byte for byte (its SHA-256 is summary.sha256); without, the public
    /// shape report::vvt::public_statement_json, which names the version's content digest.
    std::string document;
    std::string document_sha256; ///< SHA-256 of `document`.
    std::optional<Timestamp> published_at; ///< Absent in a preview of what is not published yet.
};

/// Use cases of the ISMS scope and the statement of applicability (VvT, issue #5):
/// preview, frozen numbered versions, approval by a bestuurder, diff, publication
/// and exports. Reading needs AssessmentRead; editing the scope and freezing
/// VvtManage; approving VvtApprove; publication VvtPublish. Every change runs in one
/// transaction with its audit event. Keeps references to `database` and `clock`,
/// which must outlive it; safe to share between threads.
class VvtService {
public:
    /// Loads the built-in catalog index (for the control labels and catalog versions
    /// that were never imported).
    static Result<VvtService> create(store::Database& database, Clock const& clock);
    /// Shares an index loaded before: the web edge builds a service per request.
    VvtService(
        store::Database& database, Clock const& clock, std::shared_ptr<domain::catalog::BuiltinIndex const> index)
        : m_database(database)
        , m_clock(clock)
        , m_index(std::move(index))
    {
    }

    Result<IsmsScopeView> scope(Actor const& actor, OrganisationId organisation);
    /// Stores the scope (ISO 27001 4.3) after check_isms_scope. `expected_version` is
    /// the version that was read (0 for the first); Conflict when someone saved since.
    Result<IsmsScopeView> set_scope(Actor const& actor, OrganisationId organisation,
        domain::vvt::IsmsScope const& scope, std::int64_t expected_version);

    /// The VvT as it would be frozen now: an unnumbered draft built from the assessment,
    /// its catalog version and the scope.
    Result<domain::vvt::StatementOfApplicability> preview(Actor const& actor, OrganisationId organisation);
    /// Freezes the preview as the next numbered version (a draft until approved).
    Result<VvtVersionSummary> freeze(Actor const& actor, OrganisationId organisation);
    /// Newest first.
    Result<std::vector<VvtVersionSummary>> versions(Actor const& actor, OrganisationId organisation);
    Result<VvtVersionDetail> version(Actor const& actor, OrganisationId organisation, std::int64_t number);
    /// Approval by a bestuurder (ISO 27001 5.1, 6.1.3: top management approves the
    /// VvT): records the name and time and seals the version. Conflict when it is
    /// already approved.
    Result<VvtVersionSummary> approve(Actor const& actor, OrganisationId organisation, std::int64_t number);

    Result<VvtPublicationState> publication(Actor const& actor, OrganisationId organisation);
    /// Switches publication on or off and chooses what the public page shows. Off also
    /// ends the current publication.
    Result<VvtPublicationState> set_publication(
        Actor const& actor, OrganisationId organisation, VvtPublicationChoice const& choice);
    /// Publishes an approved version (replacing the one published before). Refused
    /// (Invalid) while publication is off, the version is not approved, or an exclusion
    /// lacks its risk reference (check_publishable names them all).
    Result<VvtPublicationState> publish(Actor const& actor, OrganisationId organisation, std::int64_t number);
    /// Ends the current publication; the history keeps it. NotFound when nothing is published.
    Result<VvtPublicationState> unpublish(Actor const& actor, OrganisationId organisation);

    /// The published VvT for the public page (no actor: it is public). NotFound when
    /// nothing is published or publication is off.
    Result<PublishedVvt> published(OrganisationId organisation);
    /// Exactly what the public page would show for version `number` (default: the one
    /// published now, else the newest approved one) under the current setting, for
    /// those who decide on publication. NotFound when there is no such version or no
    /// approved version yet.
    Result<PublishedVvt> public_preview(
        Actor const& actor, OrganisationId organisation, std::optional<std::int64_t> number = {});

    /// The preview (no number) or a frozen version as a file.
    Result<VvtFile> export_vvt(
        Actor const& actor, OrganisationId organisation, VvtFormat format, std::optional<std::int64_t> number = {});

private:
    Result<domain::vvt::StatementOfApplicability> build_current(
        store::Connection& connection, OrganisationId organisation, Timestamp now) const;
    Result<domain::catalog::VersionReference> default_catalog(store::Connection& connection) const;
    Result<domain::catalog::CatalogVersion> load_catalog(
        store::Connection& connection, domain::catalog::VersionReference const& reference) const;

    store::Database& m_database;
    Clock const& m_clock;
    /// Immutable; shared by the services of concurrent requests.
    std::shared_ptr<domain::catalog::BuiltinIndex const> m_index;
};

/// The public document of `published` as a file: JSON (the `document`) or PDF (without
/// implementation status unless the setting shows it). NotFound for other formats.
Result<VvtFile> public_vvt_file(PublishedVvt const& published, VvtFormat format);

} // namespace bolwerk::app
