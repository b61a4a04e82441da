#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/evidence/evidence.hpp"
#include "store/forward.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::app {

inline constexpr std::int64_t default_max_evidence_file_bytes = 20 * 1024 * 1024;

/// Settings of the evidence use cases, checked at start-up.
struct EvidenceSettings {
    std::int64_t max_file_bytes = default_max_evidence_file_bytes;
    std::chrono::days expiry_horizon = domain::default_expiry_horizon;
};

/// A file as it arrived: the name the uploader's system gave it (sanitised before it
/// is stored) and the bytes. The declared media type is ignored on purpose: the type is
/// detected from the bytes (domain::detect_media_type).
struct EvidenceUpload {
    std::string file_name;
    std::string content;
};

/// Which items list() returns; every part optional.
struct EvidenceQuery {
    std::optional<domain::EvidenceTarget> target;
    /// With a target: links for this aspect or for the target as a whole.
    std::optional<domain::EvidenceAspect> aspect;
    /// Only items expired or expiring on this day (within the service's horizon).
    std::optional<Date> expiring_on;
};

/// An item with every version (newest first), for the detail page.
struct EvidenceDetail {
    domain::EvidenceItem item;
    std::vector<domain::EvidenceVersion> versions;
};

/// A file to send: the stored bytes of one version with its sanitised name and
/// detected type.
struct EvidenceDownload {
    std::string file_name;
    domain::MediaType media_type = domain::MediaType::Unknown;
    std::string sha256;
    std::string content;
};

/// Use cases of evidence (issue #5): files, links and notes that prove opzet, bestaan
/// and werking of measures. Each authorises the actor for the organisation (EvidenceRead
/// or EvidenceWrite), runs in one transaction, and writes an audit event for every change;
/// the audit trail records the file's SHA-256, size and type, never its contents.
/// Keeps references to `database` and `clock`; safe to share between threads.
class EvidenceService {
public:
    EvidenceService(store::Database& database, Clock const& clock, EvidenceSettings settings = {})
        : m_database(database)
        , m_clock(clock)
        , m_settings(settings)
    {
    }

    EvidenceSettings const& settings() const { return m_settings; }

    /// Stores the file (once per organisation per content) as version 1 of a new item
    /// and links it to the draft's targets. Refused (Invalid) when it is empty or larger
    /// than the limit, with a message naming the limit.
    Result<domain::EvidenceItem> add_file(
        Actor const& actor, OrganisationId organisation, domain::EvidenceDraft draft, EvidenceUpload const& upload);
    /// A link to where the proof lives; the draft's url is checked (http/https with a host).
    Result<domain::EvidenceItem> add_link(Actor const& actor, OrganisationId organisation, domain::EvidenceDraft draft);
    /// A written note (e.g. what was observed during a walk-through).
    Result<domain::EvidenceItem> add_note(Actor const& actor, OrganisationId organisation, domain::EvidenceDraft draft);

    /// The dates a new version speaks about.
    struct VersionDates {
        Date effective_on;
        std::optional<Date> valid_until;
    };
    /// Uploads a new version of a file item; earlier versions stay. `expected_version`
    /// (the item's row version), when given, refuses a concurrent change with Conflict.
    Result<domain::EvidenceVersion> add_version(Actor const& actor, OrganisationId organisation, EvidenceItemId item,
        EvidenceUpload const& upload, VersionDates const& dates, std::optional<std::int64_t> expected_version = {});

    Result<std::vector<domain::EvidenceItem>> list(
        Actor const& actor, OrganisationId organisation, EvidenceQuery const& query = {});
    /// Items whose valid-until falls on or before `on` + the horizon, expired included.
    Result<std::vector<domain::EvidenceItem>> list_expiring(Actor const& actor, OrganisationId organisation, Date on);
    Result<EvidenceDetail> get(Actor const& actor, OrganisationId organisation, EvidenceItemId item);
    /// The bytes of the current version, or of version `number`.
    Result<EvidenceDownload> content(
        Actor const& actor, OrganisationId organisation, EvidenceItemId item, std::optional<std::int64_t> number = {});

    Result<domain::EvidenceLink> link(Actor const& actor, OrganisationId organisation, EvidenceItemId item,
        domain::EvidenceTarget const& target, std::optional<domain::EvidenceAspect> aspect);
    Result<void> unlink(Actor const& actor, OrganisationId organisation, EvidenceItemId item,
        domain::EvidenceTarget const& target, std::optional<domain::EvidenceAspect> aspect);

    /// The status of `item` on `today` with this service's horizon.
    domain::ExpiryStatus status_of(domain::EvidenceItem const& item, Date today) const;

private:
    Result<domain::EvidenceItem> add_item(
        Actor const& actor, OrganisationId organisation, domain::EvidenceDraft draft, EvidenceUpload const* upload);
    Result<void> check_upload(EvidenceUpload const& upload) const;
    Result<store::PooledConnection> open_for_reading(Actor const& actor, OrganisationId organisation);

    store::Database& m_database;
    Clock const& m_clock;
    EvidenceSettings m_settings;
};

/// "20 MiB", "512 KiB", "300 bytes": a size for messages.
std::string describe_size(std::int64_t bytes);

} // namespace bolwerk::app
