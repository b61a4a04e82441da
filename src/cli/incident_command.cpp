// `bolwerk incident …` (issue #15): the incident register from the command line, each
// subcommand one IncidentService use case, with --json for scripts.
#include "app/incident/incident_json.hpp"
#include "app/incident/incident_service.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "common/json_text.hpp"
#include "common/local_time_format.hpp"
#include "common/local_time_input.hpp"
#include "common/text.hpp"
#include "store/database.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace bolwerk::cli {

namespace {

using namespace domain::incident;

Result<OrganisationId> organisation_of(Arguments const& arguments)
{
    return OrganisationId(TRY(parse_id_argument(TRY(arguments.required_flag("--org")), "organisation id")));
}

Result<IncidentId> incident_of(Arguments const& arguments)
{
    return IncidentId(TRY(parse_id_argument(arguments.positional(0), "incident id")));
}

Result<std::vector<InformationSystemId>> systems_of(Arguments const& arguments)
{
    std::vector<InformationSystemId> systems;
    for (auto const& text : arguments.flags("--system"))
        systems.emplace_back(TRY(parse_id_argument(text, "system id")));
    return systems;
}

Result<bool> yes_no(std::string const& text, std::string const& flag)
{
    if (text == "yes" || text == "ja")
        return true;
    if (text == "no" || text == "nee")
        return false;
    return usage_error(flag + " takes yes or no, not '" + text + "'");
}

std::string when(Timestamp time) { return format_local_date_time(time, Language::Dutch, ZoneLabel::Abbreviation); }

// "early_warning due 8 december 2026 10:00 CET (due_soon, 3 hours left)"
void print_deadline(std::ostream& out, DeadlineStatus const& status)
{
    out << "  " << to_string(status.deadline.report);
    if (status.deadline.due)
        out << " due " << when(*status.deadline.due);
    out << " (" << to_string(status.state);
    if (status.state == DeadlineState::Overdue || status.state == DeadlineState::MetLate)
        out << ", " << format_duration(status.lateness, Language::English) << " late";
    else if (status.time_left.count() > 0)
        out << ", " << format_duration(status.time_left, Language::English) << " left";
    out << (status.deadline.provisional ? ", provisional" : "") << ")\n";
}

void print_line(std::ostream& out, IncidentOverview const& overview)
{
    auto const& incident = overview.incident;
    out << incident.id.value() << "  " << to_string(incident.status) << "  cbw:" << to_string(overview.cbw.state)
        << "  " << incident.title << '\n';
    if (auto const urgent = overview.most_urgent())
        print_deadline(out, *urgent);
}

Result<void> print_json(CommandContext& context, nlohmann::json const& json)
{
    context.out() << json_text(json, JsonLayout::Indented) << '\n';
    return ok();
}

} // namespace

Result<void> run_incident_report(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(),
        {"--org", "--title", "--description", "--noticed", "--system", "--service", "--contact"}, 0));
    auto const organisation = TRY(organisation_of(arguments));
    IncidentReport report;
    report.title = TRY(arguments.required_flag("--title"));
    report.description = TRY(arguments.required_flag("--description"));
    report.noticed_at = context.clock().now();
    if (auto const noticed = arguments.flag("--noticed"))
        report.noticed_at = TRY(parse_local_date_time(*noticed, "--noticed"));
    report.systems = TRY(systems_of(arguments));
    report.services = arguments.flags("--service");
    report.reporter_contact = arguments.flag("--contact").value_or("");
    auto* database = TRY(context.database());
    app::IncidentService service(*database, context.clock());
    auto const incident = TRY(service.report(context.actor(), organisation, std::move(report)));
    if (context.options().json)
        return print_json(context, app::incident_to_json(incident));
    context.out() << "reported incident " << incident.id.value() << " (status new); the clocks run from "
                  << when(incident.aware_at) << '\n';
    return ok();
}

Result<void> run_incident_list(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org", "--status", "--reportable"}, 0));
    auto const organisation = TRY(organisation_of(arguments));
    app::IncidentQuery query;
    if (auto const status = arguments.flag("--status"))
        query.status = TRY(parse_incident_status(*status));
    if (auto const reportable = arguments.flag("--reportable"))
        query.reportable = TRY(yes_no(*reportable, "--reportable"));
    auto* database = TRY(context.database());
    app::IncidentService service(*database, context.clock());
    auto const overviews = TRY(service.list(context.actor(), organisation, query));
    if (context.options().json) {
        auto list = nlohmann::json::array();
        for (auto const& overview : overviews)
            list.push_back(app::incident_overview_to_json(overview));
        return print_json(context, list);
    }
    if (overviews.empty())
        context.out() << "no incidents; report one with 'bolwerk incident report'\n";
    for (auto const& overview : overviews)
        print_line(context.out(), overview);
    return ok();
}

Result<void> run_incident_show(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org"}, 1));
    auto const organisation = TRY(organisation_of(arguments));
    auto const id = TRY(incident_of(arguments));
    auto* database = TRY(context.database());
    app::IncidentService service(*database, context.clock());
    auto const detail = TRY(service.get(context.actor(), organisation, id));
    if (context.options().json) {
        auto json = app::incident_overview_to_json(detail.overview);
        json["timeline"] = nlohmann::json::array();
        for (auto const& line : detail.story)
            json["timeline"].push_back(app::timeline_entry_to_json(line.entry));
        json["reports"] = nlohmann::json::array();
        for (auto const& report : detail.reports)
            json["reports"].push_back(app::sent_report_to_json(report));
        return print_json(context, json);
    }
    auto const& incident = detail.overview.incident;
    context.out() << "incident " << incident.id.value() << ": " << incident.title << "\nstatus "
                  << to_string(incident.status) << ", aware since " << when(incident.aware_at) << ", cbw "
                  << to_string(detail.overview.cbw.state) << "\ndeadlines:\n";
    for (auto const& status : detail.overview.deadlines)
        print_deadline(context.out(), status);
    context.out() << "timeline:\n";
    for (auto const& line : detail.story)
        context.out() << "  " << when(line.entry.happened_at()) << "  " << line.entry.author << "  ["
                      << to_string(line.entry.kind) << "] " << line.entry.text
                      << (line.corrected_by ? " (corrected by entry " + line.corrected_by->to_string() + ")" : "")
                      << '\n';
    return ok();
}

Result<void> run_incident_note(CommandContext& context)
{
    auto const arguments
        = TRY(Arguments::parse(context.arguments(), {"--org", "--text", "--kind", "--at", "--corrects"}, 1));
    auto const organisation = TRY(organisation_of(arguments));
    auto const id = TRY(incident_of(arguments));
    TimelineEntryDraft draft;
    draft.kind = TRY(parse_timeline_entry_kind(arguments.flag("--kind").value_or("observation")));
    draft.text = TRY(arguments.required_flag("--text"));
    if (auto const at = arguments.flag("--at"))
        draft.occurred_at = TRY(parse_local_date_time(*at, "--at"));
    if (auto const corrects = arguments.flag("--corrects"))
        draft.corrects = TimelineEntryId(TRY(parse_id_argument(*corrects, "entry id")));
    auto* database = TRY(context.database());
    app::IncidentService service(*database, context.clock());
    auto const entry = TRY(service.add_entry(context.actor(), organisation, id, std::move(draft)));
    if (context.options().json)
        return print_json(context, app::timeline_entry_to_json(entry));
    context.out() << "added entry " << entry.id.value() << " to incident " << id.value() << '\n';
    return ok();
}

Result<void> run_incident_decide(CommandContext& context)
{
    auto const arguments
        = TRY(Arguments::parse(context.arguments(), {"--org", "--regime", "--outcome", "--criteria", "--reasons"}, 1));
    auto const organisation = TRY(organisation_of(arguments));
    auto const id = TRY(incident_of(arguments));
    SignificanceDecision decision;
    decision.regime = TRY(parse_reporting_regime(arguments.flag("--regime").value_or("cbw")));
    decision.outcome = TRY(parse_significance_outcome(TRY(arguments.required_flag("--outcome"))));
    auto const criteria = arguments.flag("--criteria").value_or("");
    for (auto const code : split(criteria, ',')) {
        if (!trim(code).empty())
            decision.criteria_met.emplace_back(trim(code));
    }
    decision.reasons = TRY(arguments.required_flag("--reasons"));
    auto* database = TRY(context.database());
    app::IncidentService service(*database, context.clock());
    auto const decided = TRY(service.decide(context.actor(), organisation, id, std::move(decision)));
    if (context.options().json)
        return print_json(context, app::significance_decision_to_json(decided));
    context.out() << "incident " << id.value() << ": " << to_string(decided.regime) << " " << to_string(decided.outcome)
                  << ", decided by " << decided.decided_by << '\n';
    return ok();
}

Result<void> run_incident_sent(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(),
        {"--org", "--report", "--recipient", "--recipient-name", "--address", "--channel", "--at", "--contact",
            "--impact", "--cause", "--measures", "--late-reason"},
        1));
    auto const organisation = TRY(organisation_of(arguments));
    auto const id = TRY(incident_of(arguments));
    app::ReportSending sending;
    sending.kind = TRY(parse_report_kind(TRY(arguments.required_flag("--report"))));
    sending.recipient.kind = TRY(parse_recipient_kind(TRY(arguments.required_flag("--recipient"))));
    sending.recipient.name = TRY(arguments.required_flag("--recipient-name"));
    sending.recipient.address = arguments.flag("--address").value_or("");
    sending.channel = TRY(arguments.required_flag("--channel"));
    sending.sent_at = context.clock().now();
    if (auto const at = arguments.flag("--at"))
        sending.sent_at = TRY(parse_local_date_time(*at, "--at"));
    sending.contact = TRY(arguments.required_flag("--contact"));
    sending.facts.impact = arguments.flag("--impact").value_or("");
    sending.facts.cause = arguments.flag("--cause").value_or("");
    if (auto const measures = arguments.flag("--measures"))
        sending.facts.measures_taken.push_back(*measures);
    sending.late_reason = arguments.flag("--late-reason").value_or("");
    auto* database = TRY(context.database());
    app::IncidentService service(*database, context.clock());
    auto const report = TRY(service.mark_sent(context.actor(), organisation, id, std::move(sending)));
    if (context.options().json)
        return print_json(context, app::sent_report_to_json(report));
    context.out() << to_string(report.kind) << " of incident " << id.value() << " marked sent at "
                  << when(report.sent_at) << "; SHA-256 " << report.digest << '\n';
    return ok();
}

} // namespace bolwerk::cli
