#include "domain/incident/report_draft.hpp"
#include "domain/incident/sent_report.hpp"

#include "common/digest.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::incident {
namespace {

using namespace std::chrono;

Timestamp utc(std::string_view text) { return parse_timestamp(text).value(); }

Timestamp const now = utc("2026-12-09T09:00:00Z");

OrganisationProfile profile()
{
    return {"Gemeente Voorbeeld", "Overheid", "A. de Vries", "ciso@voorbeeld.nl", "+31 10 123 4567", "fg@voorbeeld.nl"};
}

Incident ransomware()
{
    Incident incident;
    incident.id = IncidentId(42);
    incident.title = "Ransomware op de bestandsserver";
    incident.description = "Bestanden op de bestandsserver zijn versleuteld.";
    incident.aware_at = utc("2026-12-07T13:05:00Z");
    incident.status = IncidentStatus::InProgress;
    incident.classification.type = IncidentType::Ransomware;
    incident.classification.severity = Severity::High;
    incident.classification.services = {"Burgerzaken", "Vergunningen"};
    incident.classification.member_states = {"BE"};
    incident.classification.suspected_malicious = true;
    return incident;
}

ReportFacts facts()
{
    ReportFacts result;
    result.impact = "Balie burgerzaken twee dagen dicht";
    result.impact_classification = Cia{CiaLevel::Hoog, CiaLevel::Midden, CiaLevel::Hoog};
    result.indicators_of_compromise = {"185.0.2.10", "sha256:abc"};
    result.measures_taken = {"Server geïsoleerd", "Wachtwoorden gereset"};
    return result;
}

std::vector<std::string> keys(ReportDraft const& draft)
{
    std::vector<std::string> result;
    for (auto const& field : draft.fields)
        result.push_back(field.key);
    return result;
}

TEST(ReportDraft, EachReportAsksForTheFieldsItsRecipientNeeds)
{
    using Keys = std::vector<std::string>;
    struct Case {
        ReportKind kind;
        Keys keys;
    };
    Case const cases[]{
        {ReportKind::EarlyWarning,
            Keys{"entity", "sector", "contact", "incident_reference", "aware_at", "nature", "suspected_malicious",
                "cross_border", "member_states"}},
        {ReportKind::Notification,
            Keys{"entity", "sector", "contact", "incident_reference", "aware_at", "nature", "suspected_malicious",
                "cross_border", "member_states", "severity", "impact", "impact_classification", "affected_services",
                "cause", "indicators_of_compromise", "measures_taken"}},
        {ReportKind::InterimReport,
            Keys{"entity", "sector", "contact", "incident_reference", "aware_at", "nature", "status", "severity",
                "impact", "affected_services", "cause", "indicators_of_compromise", "measures_taken",
                "measures_ongoing"}},
        {ReportKind::FinalReport,
            Keys{"entity", "sector", "contact", "incident_reference", "aware_at", "nature", "cross_border",
                "member_states", "severity", "impact", "impact_classification", "affected_services", "cause",
                "indicators_of_compromise", "measures_taken", "measures_ongoing"}},
        {ReportKind::DataBreachNotification,
            Keys{"entity", "contact", "privacy_officer", "incident_reference", "aware_at", "nature",
                "affected_services", "measures_taken", "data_subject_categories", "approximate_data_subjects",
                "approximate_records", "likely_consequences"}},
    };
    for (auto const& test : cases) {
        EXPECT_EQ(keys(draft_report(test.kind, profile(), ransomware(), facts())), test.keys) << to_string(test.kind);
    }
}

TEST(ReportDraft, IsFilledInFromTheRegister)
{
    auto const draft = draft_report(ReportKind::Notification, profile(), ransomware(), facts());
    EXPECT_EQ(draft.value("entity"), "Gemeente Voorbeeld");
    EXPECT_EQ(draft.value("contact"), "A. de Vries\nciso@voorbeeld.nl\n+31 10 123 4567");
    EXPECT_EQ(draft.value("incident_reference"), "42");
    EXPECT_EQ(draft.value("aware_at"), "2026-12-07T13:05:00.000000Z");
    EXPECT_EQ(draft.value("suspected_malicious"), "true");
    EXPECT_EQ(draft.value("cross_border"), "true");
    EXPECT_EQ(draft.value("member_states"), "BE");
    EXPECT_EQ(draft.value("severity"), "high");
    EXPECT_EQ(draft.value("impact_classification"), "B:hoog I:midden V:hoog");
    EXPECT_EQ(draft.value("affected_services"), "Burgerzaken\nVergunningen");
    EXPECT_EQ(draft.value("indicators_of_compromise"), "185.0.2.10\nsha256:abc");
    EXPECT_EQ(draft.value("cause"), ""); // not known yet, and optional in a notification
    EXPECT_TRUE(draft.missing().empty());
    // The final report needs the cause.
    EXPECT_EQ(draft_report(ReportKind::FinalReport, profile(), ransomware(), facts()).missing(),
        std::vector<std::string>{"cause"});
}

SendDetails to_csirt(Timestamp sent_at)
{
    return {{RecipientKind::Csirt, "Sector-CSIRT", "https://melden.example.nl"}, "portal", sent_at, "A. de Vries", ""};
}

TEST(SentReport, FreezesTheReportWithADigestOfItsCanonicalText)
{
    auto const draft = draft_report(ReportKind::EarlyWarning, profile(), ransomware(), facts());
    auto const sent = mark_sent(draft, to_csirt(utc("2026-12-08T08:00:00Z")), utc("2026-12-08T13:05:00Z"), now);
    ASSERT_TRUE(sent) << sent.error().message();
    EXPECT_EQ(sent->digest, sha256_hex(canonical_text(*sent)));
    EXPECT_TRUE(digest_matches(*sent));
    auto const text = canonical_text(*sent);
    EXPECT_TRUE(text.starts_with("bolwerk-incident-report/1\nincident 2\n42\nkind 13\nearly_warning\n")) << text;
    EXPECT_NE(text.find("\nfield.entity 18\nGemeente Voorbeeld\n"), std::string::npos) << text;

    auto tampered = *sent;
    tampered.fields[0].value = "Gemeente Anders";
    EXPECT_FALSE(digest_matches(tampered));
    // Length prefixes keep field boundaries unambiguous: "ab" + "c" is not "a" + "bc".
    auto left = *sent;
    auto right = *sent;
    left.fields[0].value = "ab";
    left.fields[1].value = "c";
    right.fields[0].value = "a";
    right.fields[1].value = "bc";
    EXPECT_NE(canonical_text(left), canonical_text(right));
}

TEST(SentReport, RefusesToFreezeAnIncompleteMisaddressedOrUnexplainedLateReport)
{
    auto const due = utc("2026-12-08T13:05:00Z");
    auto const on_time = utc("2026-12-08T08:00:00Z");
    auto const early_warning = draft_report(ReportKind::EarlyWarning, profile(), ransomware(), facts());
    auto const final_report = draft_report(ReportKind::FinalReport, profile(), ransomware(), facts());
    struct Case {
        std::string_view name;
        ReportDraft draft;
        SendDetails details;
        std::string_view field;
    };
    auto with = [&](auto change) {
        auto details = to_csirt(on_time);
        change(details);
        return details;
    };
    Case const cases[]{
        {"required field empty", final_report, to_csirt(on_time), "cause"},
        {"Cbw report to the AP", early_warning,
            with([](SendDetails& d) { d.recipient.kind = RecipientKind::DataProtectionAuthority; }), "recipient"},
        {"no channel", early_warning, with([](SendDetails& d) { d.channel = " "; }), "channel"},
        {"no sender", early_warning, with([](SendDetails& d) { d.sent_by = ""; }), "sent_by"},
        {"unnamed recipient", early_warning, with([](SendDetails& d) { d.recipient.name = ""; }), "recipient"},
        {"sent in the future", early_warning, with([&](SendDetails& d) { d.sent_at = now + seconds{1}; }), "sent_at"},
        {"late without reason", early_warning, with([&](SendDetails& d) { d.sent_at = due + minutes{1}; }),
            "late_reason"},
    };
    for (auto const& test : cases) {
        auto const result = mark_sent(test.draft, test.details, due, now);
        ASSERT_FALSE(result) << test.name;
        EXPECT_EQ(result.error().location().field, test.field) << test.name;
    }
    auto late = to_csirt(due + minutes{1});
    late.late_reason = "Portaal onbereikbaar, telefonisch gemeld om 14:00";
    auto const accepted = mark_sent(early_warning, late, due, now);
    ASSERT_TRUE(accepted);
    EXPECT_EQ(accepted->late_reason, late.late_reason);
}

TEST(SentReport, OnlyDataBreachNotificationsGoToTheAuthority)
{
    EXPECT_TRUE(check_recipient(ReportKind::DataBreachNotification, RecipientKind::DataProtectionAuthority));
    EXPECT_FALSE(check_recipient(ReportKind::DataBreachNotification, RecipientKind::Csirt));
    EXPECT_TRUE(check_recipient(ReportKind::FinalReport, RecipientKind::Supervisor));
    EXPECT_TRUE(check_recipient(ReportKind::Notification, RecipientKind::AffectedRecipients));
    EXPECT_EQ(parse_recipient_kind("CSIRT").value(), RecipientKind::Csirt);
}

} // namespace
} // namespace bolwerk::domain::incident
