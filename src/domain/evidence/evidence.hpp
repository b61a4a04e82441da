#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/evidence/media_type.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::domain {

/// What an evidence item (Dutch: bewijsstuk) is: an uploaded file, a link to where the
/// proof lives (intranet, ticket system), or a written note (e.g. "observed on …").
enum class EvidenceKind : std::uint8_t { File, Link, Note };
std::string_view to_string(EvidenceKind kind); ///< "bestand", "link", "notitie"
Result<EvidenceKind> parse_evidence_kind(std::string_view text);

/// Which of the three BIO2 assessments a piece of evidence supports: opzet (design),
/// bestaan (existence), werking (operating effectiveness). BIO2 Deel 1 asks for proof
/// of all three for every measure.
enum class EvidenceAspect : std::uint8_t { Design, Existence, Operation };
std::string_view to_string(EvidenceAspect aspect); ///< "opzet", "bestaan", "werking"
Result<EvidenceAspect> parse_evidence_aspect(std::string_view text);

/// What an item can support: an overheidsmaatregel (C.CC.NN), an ISO/IEC 27002:2022
/// control (5.1–8.34) or a risk of the register.
enum class EvidenceTargetKind : std::uint8_t { Measure, Control, Risk };
std::string_view to_string(EvidenceTargetKind kind); ///< "measure", "control", "risk"
Result<EvidenceTargetKind> parse_evidence_target_kind(std::string_view text);

/// One thing an item supports. `reference` is normalised: "5.17.01", "5.17", or the
/// risk id in decimal. Build it with create() or parse().
struct EvidenceTarget {
    EvidenceTargetKind kind = EvidenceTargetKind::Measure;
    std::string reference;

    /// Checks `reference` for `kind`: a valid measure number, an existing control, a
    /// positive risk id.
    static Result<EvidenceTarget> create(EvidenceTargetKind kind, std::string_view reference);
    /// Reads the short forms people type: "5.17.01" (a measure), "5.17" (a control),
    /// "risk:12" or "risico:12" (a risk); also "measure:5.17.01" and "control:5.17".
    static Result<EvidenceTarget> parse(std::string_view text);
    /// "5.17.01", "5.17", "risk:12": the form parse() reads back.
    std::string to_string() const;

    friend bool operator==(EvidenceTarget const&, EvidenceTarget const&) = default;
    friend auto operator<=>(EvidenceTarget const&, EvidenceTarget const&) = default;
};

/// Whether evidence is still good on a given day.
enum class ExpiryStatus : std::uint8_t { Valid, ExpiringSoon, Expired };
std::string_view to_string(ExpiryStatus status); ///< "geldig", "verloopt_binnenkort", "verlopen"

inline constexpr std::chrono::days default_expiry_horizon{30};

/// The status on `today` of evidence valid until `valid_until` (inclusive: evidence
/// valid until 31 December is still valid that day). No end date means valid.
/// Expiring soon: at most `horizon` days left.
ExpiryStatus expiry_status(
    std::optional<Date> valid_until, Date today, std::chrono::days horizon = default_expiry_horizon);

/// One stored upload of a file item. Versions of an item are numbered from 1; a new
/// upload adds a version and never replaces one.
struct EvidenceVersion {
    EvidenceVersionId id{0};
    EvidenceItemId item_id{0};
    std::int64_t number = 1;
    std::string sha256; ///< Of the content; the key of the stored bytes.
    std::int64_t size = 0;
    MediaType media_type = MediaType::Unknown;
    std::string file_name; ///< Sanitised (sanitise_file_name).
    Date effective_on;
    std::optional<Date> valid_until;
    Timestamp uploaded_at;
    std::string uploaded_by; ///< The actor label.
};

/// A tie between an item and a target, optionally for one aspect.
struct EvidenceLink {
    EvidenceLinkId id{0};
    EvidenceItemId item_id{0};
    EvidenceTarget target;
    std::optional<EvidenceAspect> aspect;
};

/// An evidence item of one organisation. `effective_on` is the day the evidence speaks
/// about (the date of the report or the observation), apart from when it was uploaded.
/// For a file, `effective_on`, `valid_until` and `current` follow the newest version.
struct EvidenceItem {
    EvidenceItemId id{0};
    OrganisationId organisation_id{0};
    EvidenceKind kind = EvidenceKind::File;
    std::string title;
    std::string description;
    Date effective_on;
    std::optional<Date> valid_until;
    std::string url; ///< Link items only.
    std::string note; ///< Note items only.
    std::optional<EvidenceVersion> current; ///< File items only: the newest version.
    std::int64_t version_count = 0;
    std::vector<EvidenceLink> links;
    Timestamp created_at;
    std::string created_by;
    Timestamp updated_at;
    std::int64_t version = 1; ///< Optimistic concurrency of the item row.
};

/// What a user gives for a new item (or, for a file, a new version).
struct EvidenceDraft {
    EvidenceKind kind = EvidenceKind::File;
    std::string title;
    std::string description;
    Date effective_on;
    std::optional<Date> valid_until;
    std::string url;
    std::string note;
    std::vector<EvidenceTarget> targets;
    std::optional<EvidenceAspect> aspect; ///< Applies to every target of the draft.

    /// Trims the text, checks the title (1–200 characters), the description and note
    /// lengths, valid-until not before the effective date, a link's URL
    /// (check_link_url) and a note's text, and removes duplicate targets.
    static Result<EvidenceDraft> create(EvidenceDraft draft);
};

inline constexpr std::size_t max_evidence_title_length = 200;
inline constexpr std::size_t max_evidence_text_length = 20000;

} // namespace bolwerk::domain
