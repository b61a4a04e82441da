#include "report/ical/duty_calendar.hpp"

#include "common/local_time_format.hpp"

#include <array>

namespace bolwerk::report::ical {

namespace {

using bolwerk::Language;
using domain::incident::ReportKind;

struct Words {
    std::string_view dutch;
    std::string_view english;
};

std::string_view word(Words const& words, Language language)
{
    return language == Language::Dutch ? words.dutch : words.english;
}

Words report_name(ReportKind kind)
{
    static constexpr std::array<Words, domain::incident::all_report_kinds.size()> names{{
        {"vroegtijdige waarschuwing", "early warning"},
        {"incidentmelding", "incident notification"},
        {"tussentijds verslag", "interim report"},
        {"voortgangsverslag", "progress report"},
        {"eindverslag", "final report"},
        {"melding datalek aan de AP", "data breach notification to the AP"},
    }};
    return names[static_cast<std::size_t>(kind)];
}

Words status_name(domain::governance::TaskStatus status)
{
    switch (status) {
    case domain::governance::TaskStatus::Open: return {"gepland", "planned"};
    case domain::governance::TaskStatus::DueSoon: return {"binnenkort", "due soon"};
    case domain::governance::TaskStatus::Overdue: return {"te laat", "overdue"};
    }
    return {"", ""};
}

std::string task_description(domain::governance::Task const& task, Language language)
{
    bool const dutch = language == Language::Dutch;
    std::string text = std::string(dutch ? "Bron: " : "Source: ") + task.source + "\n";
    text += std::string(dutch ? "Eigenaar: " : "Owner: ") + std::string(domain::to_string(task.owner)) + "\n";
    text += "Status: " + std::string(word(status_name(task.status), language));
    if (task.status == domain::governance::TaskStatus::Overdue) {
        text += " (" + std::to_string(task.days_overdue) + (dutch ? " dagen" : " days") + ")\n";
        text += std::string(dutch ? "Nu aan zet: " : "To act now: ") + std::string(domain::to_string(task.responsible));
    }
    return text;
}

} // namespace

CalendarItem task_item(domain::governance::Task const& task, FeedOptions const& options)
{
    auto const label = options.language == Language::Dutch ? task.label_nl : task.label_en;
    auto summary = task.source + " " + label;
    if (!task.subject_name.empty())
        summary += ": " + task.subject_name;
    auto const key = "organisation:" + std::to_string(options.organisation_id) + "/task/" + task.rule_id + "/"
        + task.subject_key + "/" + format_date(task.due);
    return {stable_uid(key, options.uid_domain), options.tasks_as, std::move(summary),
        task_description(task, options.language), {}, {"Bolwerk", task.source}, task.due, {}};
}

std::vector<CalendarItem> deadline_items(domain::incident::IncidentOverview const& incident,
    domain::incident::EscalationPolicy const& policy, FeedOptions const& options)
{
    using domain::incident::DeadlineState;
    std::vector<CalendarItem> items;
    bool const dutch = options.language == Language::Dutch;
    std::array<int, domain::incident::all_report_kinds.size()> seen{};
    for (auto const& status : incident.deadlines) {
        // The n-th deadline of its kind (interim reports can be several) names it for good.
        auto const ordinal = seen[static_cast<std::size_t>(status.deadline.report)]++;
        bool const open = status.state == DeadlineState::Upcoming || status.state == DeadlineState::DueSoon
            || status.state == DeadlineState::Overdue;
        if (!open || !status.deadline.due)
            continue;
        auto const report = status.deadline.report;
        auto const due = *status.deadline.due;
        auto const summary = "Incident " + incident.incident.id.to_string() + ": "
            + std::string(word(report_name(report), options.language)) + " (" + incident.incident.title + ")";
        auto const description = std::string(dutch ? "Uiterlijk " : "Due by ")
            + format_local_date_time(due, options.language, ZoneLabel::Abbreviation)
            + (status.deadline.provisional ? (dutch ? "\nVoorlopig: de meldplicht is nog niet vastgesteld."
                                                    : "\nProvisional: reportability not yet decided.")
                                           : "");
        auto const key = "organisation:" + std::to_string(options.organisation_id) + "/incident/"
            + incident.incident.id.to_string() + "/" + std::string(domain::incident::to_string(report)) + "/"
            + std::to_string(ordinal);
        items.push_back({stable_uid(key, options.uid_domain), ComponentKind::Event, summary, description, {},
            {"Bolwerk", "Incident"}, due, policy.points_for(report)});
    }
    return items;
}

} // namespace bolwerk::report::ical
