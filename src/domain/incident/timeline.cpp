#include "domain/incident/timeline.hpp"

#include "common/named_enum.hpp"
#include "common/text.hpp"

#include <algorithm>
#include <map>

namespace bolwerk::domain::incident {

namespace {

constexpr std::size_t max_text_length = 20000;
constexpr std::size_t max_author_length = 200;

constexpr std::array kind_names{EnumName<TimelineEntryKind>{TimelineEntryKind::Observation, "observation"},
    EnumName<TimelineEntryKind>{TimelineEntryKind::Decision, "decision"},
    EnumName<TimelineEntryKind>{TimelineEntryKind::Action, "action"},
    EnumName<TimelineEntryKind>{TimelineEntryKind::Message, "message"},
    EnumName<TimelineEntryKind>{TimelineEntryKind::StatusChange, "status_change"},
    EnumName<TimelineEntryKind>{TimelineEntryKind::Evidence, "evidence"}};

Result<void> check_correction(std::vector<TimelineEntry> const& timeline, TimelineEntryId corrected)
{
    auto const target = std::find_if(
        timeline.begin(), timeline.end(), [&](TimelineEntry const& entry) { return entry.id == corrected; });
    if (target == timeline.end())
        return Error::invalid(
            "entry " + corrected.to_string() + " is not in this incident's timeline", {.field = "corrects"});
    auto const successor = std::find_if(
        timeline.begin(), timeline.end(), [&](TimelineEntry const& entry) { return entry.corrects == corrected; });
    if (successor != timeline.end())
        return Error::conflict("entry " + corrected.to_string() + " was already corrected by entry "
            + successor->id.to_string() + "; correct that one instead");
    return ok();
}

} // namespace

std::string_view to_string(TimelineEntryKind kind) { return enum_name(kind_names, kind); }
Result<TimelineEntryKind> parse_timeline_entry_kind(std::string_view text)
{
    return parse_enum(kind_names, text, "timeline entry kind");
}

Result<TimelineEntry> append_entry(std::vector<TimelineEntry> const& timeline, IncidentId incident,
    TimelineEntryDraft const& draft, TimelineEntryId id, Timestamp now)
{
    auto const text = trim(draft.text);
    auto const author = trim(draft.author);
    if (text.empty())
        return Error::invalid("the entry has no text", {.field = "text"});
    if (text.size() > max_text_length)
        return Error::invalid("the text is longer than 20000 characters", {.field = "text"});
    if (author.empty() || author.size() > max_author_length)
        return Error::invalid("every entry names its author (at most 200 characters)", {.field = "author"});
    if (draft.occurred_at && *draft.occurred_at > now)
        return Error::invalid("the moment it happened lies in the future", {.field = "occurred_at"});
    if (draft.corrects)
        TRY(check_correction(timeline, *draft.corrects));
    return TimelineEntry{
        id, incident, draft.kind, std::string(author), now, draft.occurred_at, std::string(text), draft.corrects};
}

std::vector<StoryLine> story(std::vector<TimelineEntry> const& timeline)
{
    std::map<TimelineEntryId, TimelineEntryId> corrected_by;
    for (auto const& entry : timeline) {
        if (entry.corrects)
            corrected_by.emplace(*entry.corrects, entry.id);
    }
    std::vector<StoryLine> lines;
    lines.reserve(timeline.size());
    for (auto const& entry : timeline) {
        auto const found = corrected_by.find(entry.id);
        lines.push_back({entry, found == corrected_by.end() ? std::nullopt : std::optional(found->second)});
    }
    std::stable_sort(lines.begin(), lines.end(), [](StoryLine const& left, StoryLine const& right) {
        if (left.entry.happened_at() != right.entry.happened_at())
            return left.entry.happened_at() < right.entry.happened_at();
        return left.entry.id < right.entry.id;
    });
    return lines;
}

} // namespace bolwerk::domain::incident
