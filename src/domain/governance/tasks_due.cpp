#include "domain/governance/tasks_due.hpp"

#include "common/amsterdam_time.hpp"
#include "common/calendar.hpp"
#include "common/named_enum.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace bolwerk::domain::governance {

namespace {

using namespace std::chrono;

constexpr std::array status_names{EnumName<TaskStatus>{TaskStatus::Open, "open"},
    EnumName<TaskStatus>{TaskStatus::DueSoon, "due_soon"}, EnumName<TaskStatus>{TaskStatus::Overdue, "overdue"}};

/// Guards the walk over fixed-calendar dates against a baseline centuries ago.
constexpr int max_occurrences = 2000;

struct SubjectRef {
    std::string key;
    std::string name;
    Date baseline; ///< Duties of this subject start here.
    std::optional<int> months; ///< A shorter period than the rule's (5.18.02).
};

using CompletionIndex = std::map<std::pair<std::string, std::string>, std::vector<Date>, std::less<>>;

CompletionIndex index_completions(std::vector<Completion> const& completions)
{
    CompletionIndex index;
    for (auto const& completion : completions)
        index[{completion.rule_id, completion.subject_key}].push_back(completion.completed_on);
    for (auto& [key, dates] : index)
        std::sort(dates.begin(), dates.end());
    return index;
}

Date advance(Date from, Period period, int times = 1)
{
    return period.unit == Period::Unit::Months ? add_months(from, period.count * times)
                                               : add_days(from, period.count * times);
}

Date later_of(Date isms_start, std::optional<Date> since) { return since ? std::max(isms_start, *since) : isms_start; }

std::vector<SubjectRef> subjects_of(ObligationRule const& rule, OrganisationFacts const& facts)
{
    std::vector<SubjectRef> subjects;
    switch (rule.subject) {
    case Subject::Organisation: subjects.push_back({"organisation", "", facts.isms_start}); break;
    case Subject::InformationSystem:
    case Subject::InternetFacingSystem:
        for (auto const& system : facts.systems) {
            if (rule.subject == Subject::InternetFacingSystem && !system.internet_facing)
                continue;
            subjects.push_back({"system:" + system.id.to_string(), system.name,
                later_of(facts.isms_start, system.since), system.access_review_months});
        }
        break;
    case Subject::Supplier:
        for (auto const& supplier : facts.suppliers)
            subjects.push_back(
                {"supplier:" + std::to_string(supplier.id), supplier.name, later_of(facts.isms_start, supplier.since)});
        break;
    case Subject::BoardMember:
        for (auto const& member : facts.board)
            subjects.push_back(
                {"board:" + std::to_string(member.id), member.name, later_of(facts.isms_start, member.since)});
        break;
    default: break; // Event subjects are handled by add_event_tasks.
    }
    return subjects;
}

bool applies(ObligationRule const& rule, OrganisationFacts const& facts)
{
    if (rule.condition == Condition::Always)
        return true;
    return facts.uses_cloud_services
        || std::any_of(facts.suppliers.begin(), facts.suppliers.end(), [](auto const& s) { return s.cloud_service; });
}

/// Builds tasks with their status and escalation at one Dutch calendar day.
class TaskWriter {
public:
    TaskWriter(EscalationPolicy const& policy, Date today, std::vector<Task>& out)
        : m_policy(policy)
        , m_today(today)
        , m_out(out)
    {
    }

    void add(ObligationRule const& rule, std::string key, std::string name, Date due)
    {
        add({std::string(rule.id), std::string(rule.source.number), std::string(rule.label_nl),
                std::string(rule.label_en), std::move(key), std::move(name), due, rule.owner},
            rule.escalation ? *rule.escalation : m_policy);
    }

    void add(Task task) { add(std::move(task), m_policy); }

    void add(Task task, EscalationPolicy const& policy)
    {
        auto const days_late = (m_today - task.due).count();
        if (days_late > 0) {
            task.status = TaskStatus::Overdue;
            task.days_overdue = days_late;
        } else {
            task.status = -days_late <= policy.due_soon_days ? TaskStatus::DueSoon : TaskStatus::Open;
        }
        task.escalation = escalation_level(policy, task.days_overdue);
        task.responsible = responsible_role(task.owner, task.escalation);
        m_out.push_back(std::move(task));
    }

    Date today() const { return m_today; }

private:
    EscalationPolicy const& m_policy;
    Date m_today;
    std::vector<Task>& m_out;
};

void add_from_completion(
    ObligationRule const& rule, SubjectRef const& subject, std::vector<Date> const* dates, TaskWriter& writer)
{
    auto period = rule.period;
    if (subject.months && *subject.months > 0 && period.unit == Period::Unit::Months)
        period.count = std::min(period.count, *subject.months);
    Date const last = dates && !dates->empty() ? dates->back() : subject.baseline;
    writer.add(rule, subject.key, subject.name, advance(last, period));
}

Date anchor_in_year(year in_year, month_day anchor)
{
    year_month_day const date{in_year, anchor.month(), anchor.day()};
    return date.ok() ? Date{date} : last_day_of_month(in_year / anchor.month());
}

month_day anchor_of(ObligationRule const& rule, OrganisationFacts const& facts)
{
    auto const chosen = facts.anchors.find(rule.id);
    if (chosen != facts.anchors.end())
        return chosen->second;
    return rule.follows_planning_cycle ? facts.planning_cycle : *rule.anchor;
}

void add_fixed_calendar(ObligationRule const& rule, SubjectRef const& subject, std::vector<Date> const* dates,
    month_day anchor, TaskWriter& writer)
{
    // Dates are counted from one base, never from each other, so that 31 January,
    // 28 February, 31 March… do not drift to the 28th.
    Date const base = anchor_in_year(year_month_day{subject.baseline}.year() - years{1}, anchor);
    std::vector<Date> missed;
    Date window_start = subject.baseline;
    std::size_t next_completion = 0;
    for (int step = 0; step < max_occurrences; ++step) {
        Date const due = advance(base, rule.period, step);
        if (due <= subject.baseline)
            continue;
        while (dates && next_completion < dates->size() && (*dates)[next_completion] <= window_start)
            ++next_completion; // too early for this date: it belonged to an earlier one
        bool const covered = dates && next_completion < dates->size();
        next_completion += covered ? 1 : 0;
        window_start = due;
        if (covered)
            continue;
        if (due >= writer.today()) { // due today is not missed yet
            auto const first_missed = missed.size() > max_backlog ? missed.end() - max_backlog : missed.begin();
            for (auto date = first_missed; date != missed.end(); ++date)
                writer.add(rule, subject.key, subject.name, *date);
            writer.add(rule, subject.key, subject.name, due);
            return;
        }
        missed.push_back(due);
    }
}

bool completed_after(CompletionIndex const& index, ObligationRule const& rule, std::string const& key, Date event)
{
    auto const found = index.find(std::pair{std::string(rule.id), key});
    return found != index.end() && found->second.back() >= event;
}

void add_event_tasks(
    ObligationRule const& rule, OrganisationFacts const& facts, CompletionIndex const& index, TaskWriter& writer)
{
    auto const add = [&](std::string key, std::string const& name, Date event, Date due) {
        if (!completed_after(index, rule, key, event))
            writer.add(rule, std::move(key), name, due);
    };
    if (rule.subject == Subject::NewEmployee) {
        for (auto const& person : facts.staff) {
            if (!person.trained_on)
                add("person:" + std::to_string(person.id), person.name, person.hired_on,
                    std::max(advance(person.hired_on, rule.period), facts.isms_start));
        }
        return;
    }
    bool const severe = rule.subject == Subject::SevereAdvisory;
    for (auto const& advisory : facts.advisories) {
        // A severe advisory is done once mitigated (8.08.01); another one once the
        // patch is in or measures were taken meanwhile (8.08.03).
        if (advisory.high_likelihood_and_damage != severe || advisory.mitigated_on || advisory.installed_on)
            continue;
        add("advisory:" + std::to_string(advisory.id), advisory.title, advisory.received_on,
            advance(advisory.received_on, rule.period));
    }
}

void add_rule_tasks(
    ObligationRule const& rule, OrganisationFacts const& facts, CompletionIndex const& index, TaskWriter& writer)
{
    if (!applies(rule, facts))
        return;
    if (rule.recurrence == Recurrence::Event) {
        add_event_tasks(rule, facts, index, writer);
        return;
    }
    for (auto const& subject : subjects_of(rule, facts)) {
        auto const found = index.find(std::pair{std::string(rule.id), subject.key});
        auto const* dates = found == index.end() ? nullptr : &found->second;
        if (rule.recurrence == Recurrence::FixedCalendar)
            add_fixed_calendar(rule, subject, dates, anchor_of(rule, facts), writer);
        else
            add_from_completion(rule, subject, dates, writer);
    }
}

} // namespace

std::string_view to_string(TaskStatus status) { return enum_name(status_names, status); }

std::vector<Task> tasks_due(std::vector<ObligationRule> const& rules, OrganisationFacts const& facts,
    std::vector<Completion> const& completions, EscalationPolicy const& policy, Timestamp now)
{
    std::vector<Task> tasks;
    TaskWriter writer(policy, amsterdam_date(now), tasks);
    auto const index = index_completions(completions);
    for (auto const& rule : rules)
        add_rule_tasks(rule, facts, index, writer);
    for (auto const& action : facts.open_actions)
        writer.add(
            {"action", action.source, action.title, action.title, action.key, action.title, action.due, action.owner});
    std::stable_sort(tasks.begin(), tasks.end(), [](Task const& left, Task const& right) {
        return std::tie(left.due, left.rule_id, left.subject_key)
            < std::tie(right.due, right.rule_id, right.subject_key);
    });
    return tasks;
}

} // namespace bolwerk::domain::governance
