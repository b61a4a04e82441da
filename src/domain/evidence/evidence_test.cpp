#include "domain/evidence/evidence.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace bolwerk::domain {
namespace {

using namespace std::chrono;

TEST(ExpiryStatus, FollowsTheValidUntilDateAndHorizon)
{
    Date const today = sys_days{2026y / November / 25};
    struct Case {
        std::optional<Date> valid_until;
        days horizon;
        ExpiryStatus expected;
    };
    std::vector<Case> const cases{
        {std::nullopt, days{30}, ExpiryStatus::Valid},
        {today + days{31}, days{30}, ExpiryStatus::Valid},
        {today + days{30}, days{30}, ExpiryStatus::ExpiringSoon},
        {today + days{1}, days{30}, ExpiryStatus::ExpiringSoon},
        {today, days{30}, ExpiryStatus::ExpiringSoon}, // still valid on its last day
        {today - days{1}, days{30}, ExpiryStatus::Expired},
        {today + days{10}, days{7}, ExpiryStatus::Valid},
        {today + days{7}, days{7}, ExpiryStatus::ExpiringSoon},
        {today + days{1}, days{0}, ExpiryStatus::Valid},
    };
    for (auto const& test : cases) {
        EXPECT_EQ(expiry_status(test.valid_until, today, test.horizon), test.expected)
            << (test.valid_until ? format_date(*test.valid_until) : "none") << " horizon " << test.horizon.count();
    }
    EXPECT_EQ(expiry_status(today + days{30}, today), ExpiryStatus::ExpiringSoon) << "default horizon is 30 days";
    EXPECT_EQ(expiry_status(today + days{31}, today), ExpiryStatus::Valid);
}

TEST(EvidenceTarget, ParsesTheFormsPeopleType)
{
    struct Case {
        std::string input;
        EvidenceTargetKind kind;
        std::string reference;
    };
    std::vector<Case> const cases{
        {"5.17.01", EvidenceTargetKind::Measure, "5.17.01"},
        {" 8.08.05 ", EvidenceTargetKind::Measure, "8.08.05"},
        {"measure:5.17.01", EvidenceTargetKind::Measure, "5.17.01"},
        {"5.1.1", EvidenceTargetKind::Measure, "5.01.01"},
        {"8.16.3", EvidenceTargetKind::Measure, "8.16.03"},
        {"5.17", EvidenceTargetKind::Control, "5.17"},
        {"8.34", EvidenceTargetKind::Control, "8.34"},
        {"control:5.1", EvidenceTargetKind::Control, "5.1"},
        {"risk:12", EvidenceTargetKind::Risk, "12"},
        {"Risico:7", EvidenceTargetKind::Risk, "7"},
    };
    for (auto const& test : cases) {
        auto const target = EvidenceTarget::parse(test.input);
        ASSERT_TRUE(target) << test.input << ": " << target.error().to_string();
        EXPECT_EQ(target->kind, test.kind) << test.input;
        EXPECT_EQ(target->reference, test.reference) << test.input;
        EXPECT_EQ(EvidenceTarget::parse(target->to_string())->reference, test.reference) << "round trip";
    }
}

TEST(EvidenceTarget, RefusesWhatIsNoMeasureControlOrRisk)
{
    for (std::string const input :
        {"", "5", "5.17.100", "9.1", "8.35", "5.99.01", "risk:0", "risk:-3", "risk:abc", "risk:", "klant:5", "a.b.c"}) {
        auto const target = EvidenceTarget::parse(input);
        EXPECT_FALSE(target) << input;
        if (!target) {
            EXPECT_EQ(target.error().kind(), ErrorKind::Invalid) << input;
        }
    }
}

TEST(EvidenceEnums, RoundTripAndRefuseUnknownValues)
{
    for (auto const kind : {EvidenceKind::File, EvidenceKind::Link, EvidenceKind::Note})
        EXPECT_EQ(*parse_evidence_kind(to_string(kind)), kind);
    for (auto const aspect : {EvidenceAspect::Design, EvidenceAspect::Existence, EvidenceAspect::Operation})
        EXPECT_EQ(*parse_evidence_aspect(to_string(aspect)), aspect);
    EXPECT_EQ(*parse_evidence_aspect("Werking"), EvidenceAspect::Operation);
    EXPECT_FALSE(parse_evidence_aspect("effectiviteit"));
    EXPECT_FALSE(parse_evidence_kind("html"));
    EXPECT_FALSE(parse_evidence_target_kind("supplier"));
}

EvidenceDraft file_draft()
{
    EvidenceDraft draft;
    draft.kind = EvidenceKind::File;
    draft.title = "  Pentestrapport 2026  ";
    draft.effective_on = sys_days{2026y / October / 1};
    draft.valid_until = sys_days{2027y / October / 1};
    return draft;
}

TEST(EvidenceDraft, TrimsAndDeduplicatesTargets)
{
    auto draft = file_draft();
    draft.url = "https://ignored.example.nl";
    draft.targets
        = {*EvidenceTarget::parse("5.17.01"), *EvidenceTarget::parse("5.17"), *EvidenceTarget::parse("5.17.01")};
    auto const checked = EvidenceDraft::create(draft);
    ASSERT_TRUE(checked) << checked.error().to_string();
    EXPECT_EQ(checked->title, "Pentestrapport 2026");
    EXPECT_EQ(checked->targets.size(), 2u);
    EXPECT_TRUE(checked->url.empty()) << "a file keeps no URL";
}

TEST(EvidenceDraft, RefusesEachInvalidInputWithItsField)
{
    struct Case {
        std::string name;
        EvidenceDraft draft;
        std::string field;
    };
    std::vector<Case> cases;
    auto no_title = file_draft();
    no_title.title = "   ";
    cases.push_back({"empty title", no_title, "title"});
    auto long_title = file_draft();
    long_title.title = std::string(max_evidence_title_length + 1, 'x');
    cases.push_back({"long title", long_title, "title"});
    auto backwards = file_draft();
    backwards.valid_until = sys_days{2026y / September / 30};
    cases.push_back({"valid-until before effective", backwards, "valid_until"});
    auto bad_link = file_draft();
    bad_link.kind = EvidenceKind::Link;
    bad_link.url = "javascript:alert(1)";
    cases.push_back({"javascript link", bad_link, "url"});
    auto empty_note = file_draft();
    empty_note.kind = EvidenceKind::Note;
    empty_note.note = "  ";
    cases.push_back({"empty note", empty_note, "note"});
    auto long_description = file_draft();
    long_description.description = std::string(max_evidence_text_length + 1, 'x');
    cases.push_back({"long description", long_description, "description"});
    for (auto const& test : cases) {
        auto const checked = EvidenceDraft::create(test.draft);
        ASSERT_FALSE(checked) << test.name;
        EXPECT_EQ(checked.error().kind(), ErrorKind::Invalid) << test.name;
        EXPECT_EQ(checked.error().location().field, test.field) << test.name;
    }
}

TEST(EvidenceDraft, AcceptsValidUntilOnTheEffectiveDay)
{
    auto draft = file_draft();
    draft.valid_until = draft.effective_on;
    EXPECT_TRUE(EvidenceDraft::create(draft));
}

} // namespace
} // namespace bolwerk::domain
