#pragma once

#include "domain/incident/deadline.hpp"
#include "domain/incident/incident.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Drafts of the reports an incident owes (issue #15), pre-filled from the register with
// the fields the recipients ask for: NIS2 art. 23(4) (a) early warning, (b) notification,
// (c) interim, (d) final and (e) progress report; AVG art. 33(3) for the Autoriteit
// Persoonsgegevens. Pure functions; the app layer stores drafts and sends them.
namespace bolwerk::domain::incident {

/// Who receives a report. Stored: "csirt", "supervisor", "data_protection_authority",
/// "affected_recipients".
enum class RecipientKind : std::uint8_t {
    Csirt, ///< The sector's CSIRT.
    Supervisor, ///< The RDI, supervisor of the sector Overheid under the Cbw.
    DataProtectionAuthority, ///< The Autoriteit Persoonsgegevens.
    AffectedRecipients, ///< The recipients of the service (NIS2 art. 23(1), AVG art. 34).
};
std::string_view to_string(RecipientKind kind);
Result<RecipientKind> parse_recipient_kind(std::string_view text);

/// A recipient as the organisation configured it.
struct ReportRecipient {
    RecipientKind kind = RecipientKind::Csirt;
    std::string name; ///< e.g. the sector CSIRT's name
    std::string address; ///< portal URL or e-mail address where reports go
    friend bool operator==(ReportRecipient const&, ReportRecipient const&) = default;
};

/// Whether `recipient` may receive a report of `kind`: AVG reports go to the AP only;
/// Cbw reports to the CSIRT, the supervisor or the affected recipients.
Result<void> check_recipient(ReportKind kind, RecipientKind recipient);

/// The entity as reports name it.
struct OrganisationProfile {
    std::string entity_name;
    std::string sector = "Overheid";
    std::string contact_name;
    std::string contact_email;
    std::string contact_phone;
    std::string privacy_officer_contact; ///< The FG's contact details (AVG art. 33(3)(b)).
};

/// What the handler knows beyond the register's fields. Lists hold one item each.
struct ReportFacts {
    std::string cause; ///< Type of threat or root cause, if known.
    std::string impact; ///< Impact in words.
    std::optional<Cia> impact_classification; ///< derived_impact of the incident
    std::vector<std::string> indicators_of_compromise;
    std::vector<std::string> measures_taken;
    std::vector<std::string> measures_ongoing;
    std::string data_subject_categories; ///< AVG art. 33(3)(a)
    std::string approximate_data_subjects;
    std::string approximate_records;
    std::string likely_consequences; ///< AVG art. 33(3)(c)
};

/// One field of a report: a stable key (the UI and exports label it), its value as text
/// (lists one item per line, yes/no as "true"/"false", times in RFC 3339 UTC), and
/// whether the recipient requires it.
struct ReportField {
    std::string key;
    std::string value;
    bool required = false;
    friend bool operator==(ReportField const&, ReportField const&) = default;
};

struct ReportDraft {
    IncidentId incident{0};
    ReportKind kind = ReportKind::EarlyWarning;
    std::vector<ReportField> fields;

    /// Keys of required fields that are still empty.
    std::vector<std::string> missing() const;
    /// The value of `key`, empty when absent.
    std::string value(std::string_view key) const;
};

/// The draft of a report of `kind`: the fields that kind asks for, in a fixed order,
/// filled in from the profile, the incident (its status as it is now) and the facts.
ReportDraft draft_report(
    ReportKind kind, OrganisationProfile const& profile, Incident const& incident, ReportFacts const& facts);

} // namespace bolwerk::domain::incident
