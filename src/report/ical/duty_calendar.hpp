#pragma once

#include "common/language.hpp"
#include "domain/governance/tasks_due.hpp"
#include "domain/incident/incident_overview.hpp"
#include "report/ical/ical_writer.hpp"

#include <cstdint>
#include <string>
#include <vector>

// Bolwerk's duties and deadlines as calendar items (issue #16 asks for an iCalendar feed
// per user and per organisation): periodic tasks as all-day items on their due day,
// incident reporting deadlines as moments with an alarm at each escalation point.
namespace bolwerk::report::ical {

struct FeedOptions {
    std::int64_t organisation_id = 0;
    std::string uid_domain; ///< The instance's host name, e.g. "bolwerk.gemeente.nl".
    bolwerk::Language language = bolwerk::Language::Dutch;
    ComponentKind tasks_as = ComponentKind::Event;
};

/// One task: "5.18.02 Toegangsrechten beoordelen: Zaaksysteem" on its due day, with the
/// owner and who has to act now in the description. The UID follows from the
/// organisation, rule, subject and due date.
CalendarItem task_item(domain::governance::Task const& task, FeedOptions const& options);

/// The open deadlines of one incident (those not met and with a due time), each an
/// event at its due time with alarms at the policy's escalation points.
std::vector<CalendarItem> deadline_items(domain::incident::IncidentOverview const& incident,
    domain::incident::EscalationPolicy const& policy, FeedOptions const& options);

} // namespace bolwerk::report::ical
