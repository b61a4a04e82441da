#include "report/ical/duty_calendar.hpp"

#include <gtest/gtest.h>

namespace bolwerk::report::ical {
namespace {

using namespace std::chrono;
namespace governance = domain::governance;
namespace incident = domain::incident;

Timestamp utc(std::string_view text) { return parse_timestamp(text).value(); }

TEST(DutyCalendar, ATaskIsAnAllDayItemOnItsDueDay)
{
    governance::Task task;
    task.rule_id = "access-review";
    task.source = "5.18.02";
    task.label_nl = "Toegangsrechten beoordelen";
    task.label_en = "Review access rights";
    task.subject_key = "system:3";
    task.subject_name = "Zaaksysteem";
    task.due = sys_days{2026y / December / 31};
    task.owner = domain::Role::Lijnmanager;
    task.status = governance::TaskStatus::Overdue;
    task.days_overdue = 15;
    task.responsible = domain::Role::Ciso;
    FeedOptions options{5, "bolwerk.test", bolwerk::Language::Dutch, ComponentKind::Todo};
    auto const item = task_item(task, options);
    EXPECT_EQ(item.summary, "5.18.02 Toegangsrechten beoordelen: Zaaksysteem");
    EXPECT_EQ(item.description, "Bron: 5.18.02\nEigenaar: lijnmanager\nStatus: te laat (15 dagen)\nNu aan zet: ciso");
    EXPECT_EQ(std::get<Date>(item.at), sys_days{2026y / December / 31});
    EXPECT_EQ(item.kind, ComponentKind::Todo);
    EXPECT_EQ(item.uid, stable_uid("organisation:5/task/access-review/system:3/2026-12-31", "bolwerk.test"));
    options.language = bolwerk::Language::English;
    EXPECT_EQ(task_item(task, options).summary, "5.18.02 Review access rights: Zaaksysteem");
}

TEST(DutyCalendar, OpenIncidentDeadlinesBecomeMomentsWithAlarms)
{
    incident::IncidentRecord record;
    record.incident.id = IncidentId(42);
    record.incident.title = "Ransomware";
    record.incident.aware_at = utc("2026-10-24T08:00:00Z");
    record.sent = {{incident::ReportKind::EarlyWarning, utc("2026-10-24T20:00:00Z")}};
    auto const policy = incident::EscalationPolicy::standard();
    auto const overview = incident::overview(record, policy, utc("2026-10-25T09:00:00Z"));
    auto const items = deadline_items(overview, policy, {5, "bolwerk.test"});
    // The early warning was sent; the notification and the progress report are open;
    // the final report waits for the end of handling.
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].summary, "Incident 42: incidentmelding (Ransomware)");
    EXPECT_EQ(std::get<Timestamp>(items[0].at), utc("2026-10-27T08:00:00Z"));
    EXPECT_EQ(
        items[0].description, "Uiterlijk 27 oktober 2026 09:00 CET\nVoorlopig: de meldplicht is nog niet vastgesteld.");
    EXPECT_EQ(items[0].alarms_before, policy.points_for(incident::ReportKind::Notification));
    EXPECT_EQ(items[1].summary, "Incident 42: voortgangsverslag (Ransomware)");
    EXPECT_NE(items[0].uid, items[1].uid);
}

} // namespace
} // namespace bolwerk::report::ical
