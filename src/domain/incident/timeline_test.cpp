#include "domain/incident/timeline.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::incident {
namespace {

using namespace std::chrono;

Timestamp utc(std::string_view text) { return parse_timestamp(text).value(); }

IncidentId const incident{5};
Timestamp const start = utc("2026-10-25T00:30:00Z");

std::vector<TimelineEntry> write(std::vector<TimelineEntryDraft> const& drafts)
{
    std::vector<TimelineEntry> timeline;
    auto time = start;
    for (auto const& draft : drafts) {
        timeline.push_back(append_entry(
            timeline, incident, draft, TimelineEntryId(static_cast<std::int64_t>(timeline.size()) + 1), time)
                               .value());
        time += minutes{30};
    }
    return timeline;
}

TEST(Timeline, AppendsEntriesWithAuthorAndRecordingTime)
{
    auto const timeline = write({{TimelineEntryKind::Observation, " ciso ", " Versleutelde bestanden op F: "}});
    ASSERT_EQ(timeline.size(), 1u);
    EXPECT_EQ(timeline[0].author, "ciso");
    EXPECT_EQ(timeline[0].text, "Versleutelde bestanden op F:");
    EXPECT_EQ(timeline[0].recorded_at, start);
    EXPECT_EQ(timeline[0].happened_at(), start);
    EXPECT_EQ(timeline[0].incident, incident);
    EXPECT_EQ(parse_timeline_entry_kind(to_string(TimelineEntryKind::Evidence)).value(), TimelineEntryKind::Evidence);
}

TEST(Timeline, RefusesEntriesThatBreakTheRecord)
{
    auto const timeline = write({{TimelineEntryKind::Observation, "ciso", "eerste"},
        {TimelineEntryKind::Observation, "ciso", "correctie", std::nullopt, TimelineEntryId(1)}});
    struct Case {
        TimelineEntryDraft draft;
        std::string_view field;
        ErrorKind kind;
    };
    Case const cases[]{
        {{TimelineEntryKind::Action, "ciso", "  "}, "text", ErrorKind::Invalid},
        {{TimelineEntryKind::Action, "ciso", std::string(20001, 'x')}, "text", ErrorKind::Invalid},
        {{TimelineEntryKind::Action, "", "tekst"}, "author", ErrorKind::Invalid},
        {{TimelineEntryKind::Action, "ciso", "tekst", start + hours{2}}, "occurred_at", ErrorKind::Invalid},
        {{TimelineEntryKind::Action, "ciso", "tekst", std::nullopt, TimelineEntryId(9)}, "corrects",
            ErrorKind::Invalid},
        // Entry 1 was corrected by entry 2 already: correct entry 2 instead.
        {{TimelineEntryKind::Action, "ciso", "tekst", std::nullopt, TimelineEntryId(1)}, "", ErrorKind::Conflict},
    };
    for (auto const& test : cases) {
        auto const result = append_entry(timeline, incident, test.draft, TimelineEntryId(3), start + hours{1});
        ASSERT_FALSE(result) << test.field;
        EXPECT_EQ(result.error().kind(), test.kind);
        EXPECT_EQ(result.error().location().field.value_or(""), test.field);
    }
    EXPECT_TRUE(append_entry(timeline, incident,
        {TimelineEntryKind::Observation, "ciso", "t", std::nullopt, TimelineEntryId(2)}, TimelineEntryId(3),
        start + hours{1}));
}

TEST(Timeline, TellsTheStoryInTheOrderThingsHappenedWithCorrectionsMarked)
{
    auto const timeline = write({
        {TimelineEntryKind::Observation, "soc", "Melding van versleutelde bestanden"},
        // Written later, happened earlier (in the first 02:xx of the doubled hour).
        {TimelineEntryKind::Observation, "soc", "Eerste verdachte login", utc("2026-10-25T00:10:00Z")},
        {TimelineEntryKind::Observation, "soc", "Login kwam uit België", std::nullopt, TimelineEntryId(2)},
        {TimelineEntryKind::Action, "ciso", "Server van het netwerk gehaald"},
    });
    auto const lines = story(timeline);
    ASSERT_EQ(lines.size(), 4u);
    EXPECT_EQ(lines[0].entry.id, TimelineEntryId(2));
    EXPECT_EQ(lines[0].corrected_by, TimelineEntryId(3));
    EXPECT_EQ(lines[1].entry.id, TimelineEntryId(1));
    EXPECT_FALSE(lines[1].corrected_by);
    EXPECT_EQ(lines[2].entry.id, TimelineEntryId(3));
    EXPECT_EQ(lines[3].entry.id, TimelineEntryId(4));
    // Nothing was changed: the corrected entry keeps its text.
    EXPECT_EQ(lines[0].entry.text, "Eerste verdachte login");
}

} // namespace
} // namespace bolwerk::domain::incident
