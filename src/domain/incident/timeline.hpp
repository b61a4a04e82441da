#pragma once

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/incident/incident_id.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The append-only timeline of an incident (issue #15): every observation, decision,
// action and message with its author and time. Nothing is ever edited or removed: a
// correction is a new entry that refers to the entry it corrects, so the record of what
// was known when stays intact (and BIO2 5.28.01 keeps it for three years).
namespace bolwerk::domain::incident {

/// Stored names: "observation", "decision", "action", "message", "status_change",
/// "evidence".
enum class TimelineEntryKind : std::uint8_t {
    Observation, ///< A fact learned: what was seen, found or told. New facts reopen the significance test.
    Decision, ///< A decision taken, with its reasons.
    Action, ///< Something done (contain, recover, inform).
    Message, ///< A message sent or received (CSIRT, AP, supplier, affected recipients).
    StatusChange, ///< The status changed; written by the app layer.
    Evidence, ///< An evidence item added or handed over: the chain of custody.
};
std::string_view to_string(TimelineEntryKind kind);
Result<TimelineEntryKind> parse_timeline_entry_kind(std::string_view text);

/// One entry. `occurred_at` is when it happened, if that differs from when it was
/// written down (`recorded_at`, set from the clock, never by the author).
struct TimelineEntry {
    TimelineEntryId id{0};
    IncidentId incident{0};
    TimelineEntryKind kind = TimelineEntryKind::Observation;
    std::string author;
    Timestamp recorded_at;
    std::optional<Timestamp> occurred_at;
    std::string text;
    std::optional<TimelineEntryId> corrects; ///< The entry this one corrects.

    Timestamp happened_at() const { return occurred_at.value_or(recorded_at); }
};

/// What an author writes; append_entry adds the rest.
struct TimelineEntryDraft {
    TimelineEntryKind kind = TimelineEntryKind::Observation;
    std::string author;
    std::string text;
    std::optional<Timestamp> occurred_at;
    std::optional<TimelineEntryId> corrects;
};

/// The entry that `draft` adds to `timeline` (the incident's entries so far, in the
/// order written), with id `id`, recorded at `now`. Refuses an empty text or author, a
/// moment in the future, and a correction of an entry that is not in this timeline or
/// that was already corrected (correct the latest correction instead, so that each
/// entry has at most one successor).
Result<TimelineEntry> append_entry(std::vector<TimelineEntry> const& timeline, IncidentId incident,
    TimelineEntryDraft const& draft, TimelineEntryId id, Timestamp now);

/// One line of the story: an entry and, when it was corrected, the correction.
struct StoryLine {
    TimelineEntry entry;
    std::optional<TimelineEntryId> corrected_by;
};

/// The timeline as a story: ordered by when things happened (then by id), each entry
/// marked with the entry that corrected it, if any. Corrections appear in the story at
/// their own place as well.
std::vector<StoryLine> story(std::vector<TimelineEntry> const& timeline);

} // namespace bolwerk::domain::incident
