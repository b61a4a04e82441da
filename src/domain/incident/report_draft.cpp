#include "domain/incident/report_draft.hpp"

#include "common/named_enum.hpp"
#include "common/text.hpp"

#include <functional>

namespace bolwerk::domain::incident {

namespace {

constexpr std::array recipient_names{EnumName<RecipientKind>{RecipientKind::Csirt, "csirt"},
    EnumName<RecipientKind>{RecipientKind::Supervisor, "supervisor"},
    EnumName<RecipientKind>{RecipientKind::DataProtectionAuthority, "data_protection_authority"},
    EnumName<RecipientKind>{RecipientKind::AffectedRecipients, "affected_recipients"}};

/// Whether a report kind carries a field: not at all, optionally, or as a requirement.
enum class Presence : std::uint8_t { No, Optional, Required };
// One letter each, so that the table below reads as a grid.
constexpr auto N = Presence::No; // NOLINT(readability-identifier-naming)
constexpr auto O = Presence::Optional; // NOLINT(readability-identifier-naming)
constexpr auto R = Presence::Required; // NOLINT(readability-identifier-naming)

struct Context {
    OrganisationProfile const& profile;
    Incident const& incident;
    ReportFacts const& facts;
};

std::string joined(std::vector<std::string> const& items)
{
    std::string text;
    for (auto const& item : items)
        text += (text.empty() ? "" : "\n") + std::string(trim(item));
    return text;
}

std::string text_of(bool value) { return value ? "true" : "false"; }

std::string text_of(std::optional<Cia> const& cia)
{
    if (!cia)
        return {};
    return "B:" + std::string(to_string(cia->availability)) + " I:" + std::string(to_string(cia->integrity))
        + " V:" + std::string(to_string(cia->confidentiality));
}

std::string contact_of(OrganisationProfile const& profile)
{
    std::vector<std::string> parts;
    for (auto const* part : {&profile.contact_name, &profile.contact_email, &profile.contact_phone}) {
        if (!trim(*part).empty())
            parts.push_back(*part);
    }
    return joined(parts);
}

struct FieldRule {
    std::string_view key;
    /// Presence per report kind, in the order of ReportKind: early warning,
    /// notification, interim, progress, final, data breach notification.
    std::array<Presence, all_report_kinds.size()> presence;
    std::function<std::string(Context const&)> value;
};

// The fields per report kind, reviewed here in one table. Sources: NIS2 art. 23(4)
// (a)–(e) for the Cbw reports, AVG art. 33(3) for the data breach notification.
std::vector<FieldRule> const& field_rules()
{
    static std::vector<FieldRule> const rules{
        {"entity", {R, R, R, R, R, R}, [](Context const& c) { return c.profile.entity_name; }},
        {"sector", {R, R, R, R, R, N}, [](Context const& c) { return c.profile.sector; }},
        {"contact", {R, R, R, R, R, R}, [](Context const& c) { return contact_of(c.profile); }},
        {"privacy_officer", {N, N, N, N, N, R}, [](Context const& c) { return c.profile.privacy_officer_contact; }},
        {"incident_reference", {R, R, R, R, R, R}, [](Context const& c) { return c.incident.id.to_string(); }},
        {"aware_at", {R, R, R, R, R, R},
            [](Context const& c) { return format_timestamp(c.incident.personal_data_awareness()); }},
        {"nature", {R, R, O, R, R, R}, [](Context const& c) { return c.incident.description; }},
        {"suspected_malicious", {R, R, N, N, N, N},
            [](Context const& c) { return text_of(c.incident.classification.suspected_malicious); }},
        {"cross_border", {R, R, N, R, R, N},
            [](Context const& c) { return text_of(c.incident.classification.cross_border()); }},
        {"member_states", {O, O, N, O, O, N},
            [](Context const& c) { return joined(c.incident.classification.member_states); }},
        {"status", {N, N, R, R, N, N}, [](Context const& c) { return std::string(to_string(c.incident.status)); }},
        {"severity", {N, R, O, R, R, N},
            [](Context const& c) { return std::string(to_string(c.incident.classification.severity)); }},
        {"impact", {N, R, O, R, R, N}, [](Context const& c) { return c.facts.impact; }},
        {"impact_classification", {N, O, N, O, O, N},
            [](Context const& c) { return text_of(c.facts.impact_classification); }},
        {"affected_services", {N, O, O, O, O, O},
            [](Context const& c) { return joined(c.incident.classification.services); }},
        {"cause", {N, O, O, O, R, N}, [](Context const& c) { return c.facts.cause; }},
        {"indicators_of_compromise", {N, O, O, O, O, N},
            [](Context const& c) { return joined(c.facts.indicators_of_compromise); }},
        {"measures_taken", {N, O, R, R, R, R}, [](Context const& c) { return joined(c.facts.measures_taken); }},
        {"measures_ongoing", {N, N, O, O, O, N}, [](Context const& c) { return joined(c.facts.measures_ongoing); }},
        {"data_subject_categories", {N, N, N, N, N, R},
            [](Context const& c) { return c.facts.data_subject_categories; }},
        {"approximate_data_subjects", {N, N, N, N, N, R},
            [](Context const& c) { return c.facts.approximate_data_subjects; }},
        {"approximate_records", {N, N, N, N, N, O}, [](Context const& c) { return c.facts.approximate_records; }},
        {"likely_consequences", {N, N, N, N, N, R}, [](Context const& c) { return c.facts.likely_consequences; }},
    };
    return rules;
}

} // namespace

std::string_view to_string(RecipientKind kind) { return enum_name(recipient_names, kind); }
Result<RecipientKind> parse_recipient_kind(std::string_view text)
{
    return parse_enum(recipient_names, text, "recipient");
}

Result<void> check_recipient(ReportKind kind, RecipientKind recipient)
{
    bool const to_authority = recipient == RecipientKind::DataProtectionAuthority;
    if ((regime_of(kind) == ReportingRegime::Avg) == to_authority)
        return ok();
    return Error::invalid(
        "a " + std::string(to_string(kind)) + " does not go to the " + std::string(to_string(recipient)),
        {.field = "recipient"});
}

std::vector<std::string> ReportDraft::missing() const
{
    std::vector<std::string> keys;
    for (auto const& field : fields) {
        if (field.required && trim(field.value).empty())
            keys.push_back(field.key);
    }
    return keys;
}

std::string ReportDraft::value(std::string_view key) const
{
    for (auto const& field : fields) {
        if (field.key == key)
            return field.value;
    }
    return {};
}

ReportDraft draft_report(
    ReportKind kind, OrganisationProfile const& profile, Incident const& incident, ReportFacts const& facts)
{
    Context const context{profile, incident, facts};
    ReportDraft draft{incident.id, kind, {}};
    for (auto const& rule : field_rules()) {
        auto const presence = rule.presence[static_cast<std::size_t>(kind)];
        if (presence != Presence::No)
            draft.fields.push_back({std::string(rule.key), rule.value(context), presence == Presence::Required});
    }
    return draft;
}

} // namespace bolwerk::domain::incident
