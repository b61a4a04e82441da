#include "web/incident/incident_detail_view.hpp"

#include "app/authorisation.hpp"
#include "common/local_time_input.hpp"
#include "common/text.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/incident/incident_view.hpp"
#include "web/risk/risk_view_support.hpp"

namespace bolwerk::web {

namespace {

using namespace domain::incident;

std::string yes_no(RequestContext& context, bool flag)
{
    return context.text(flag ? "answer_yes_short" : "answer_no_short");
}

std::string listed(RequestContext& context, std::vector<std::string> const& items)
{
    std::string text;
    for (auto const& item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text.empty() ? context.text("incident_none") : text;
}

nlohmann::json story_view(RequestContext& context, std::vector<StoryLine> const& story)
{
    auto lines = nlohmann::json::array();
    for (auto const& line : story) {
        auto const& entry = line.entry;
        std::string note;
        if (entry.corrects)
            note = fill(context.text("incident_timeline_corrects"), {{"number", entry.corrects->to_string()}});
        if (line.corrected_by)
            note += (note.empty() ? "" : "; ")
                + fill(context.text("incident_timeline_corrected"), {{"number", line.corrected_by->to_string()}});
        if (entry.occurred_at && *entry.occurred_at != entry.recorded_at)
            note += (note.empty() ? "" : "; ")
                + fill(context.text("incident_timeline_recorded"), {{"time", when(context, entry.recorded_at)}});
        lines.push_back({{"id", entry.id.value()}, {"happened_at", when(context, entry.happened_at())},
            {"kind", label(context, "incident_entry_", to_string(entry.kind))}, {"author", entry.author},
            {"text", entry.text}, {"note", note}});
    }
    return lines;
}

nlohmann::json reports_view(RequestContext& context, std::vector<SentReport> const& reports)
{
    auto rows = nlohmann::json::array();
    for (auto const& report : reports)
        rows.push_back(
            {{"kind", label(context, "incident_kind_", to_string(report.kind))}, {"recipient", report.recipient.name},
                {"channel", report.channel}, {"sent_at", when(context, report.sent_at)}, {"sent_by", report.sent_by},
                {"late_reason", report.late_reason}, {"digest", report.digest}});
    return rows;
}

std::string systems_label(RequestContext& context, app::IncidentDetail const& detail)
{
    std::vector<std::string> names;
    for (auto const system : detail.overview.incident.classification.systems) {
        for (auto const& choice : detail.systems) {
            if (choice.id == system)
                names.push_back(choice.name);
        }
    }
    return listed(context, names);
}

// The values of the failed form, else the defaults a handler starts from.
nlohmann::json form_values(RequestContext& context, std::optional<FailedForm> const& failed)
{
    nlohmann::json values{{"sent", {{"sent_at", format_local_date_time_input(context.services.clock.now())}}}};
    if (!failed)
        return values;
    auto& kept = values[std::string(failed->form)];
    for (auto const& [name, value] : context.form())
        kept[name] = value;
    return values;
}

nlohmann::json handler_forms(RequestContext& context, app::IncidentDetail const& detail, nlohmann::json const& values)
{
    auto const chosen = [&](std::string const& form, std::string const& field, std::string const& fallback) {
        return values.contains(form) ? values[form].value(field, fallback) : fallback;
    };
    auto criteria = nlohmann::json::array();
    std::vector<std::string> checked;
    if (values.contains("decide")) {
        for (auto const& [name, value] : context.form()) {
            if (name == "criterion")
                checked.push_back(value);
        }
    }
    for (auto const& criterion : detail.criteria)
        criteria.push_back({{"code", criterion.code},
            {"label", context.language == Language::English ? criterion.label_en : criterion.label_nl},
            {"regime", label(context, "incident_regime_", to_string(criterion.regime))},
            {"checked", std::find(checked.begin(), checked.end(), criterion.code) != checked.end()}});
    return {{"regimes",
                options(context, "incident_regime_", std::array{ReportingRegime::Cbw, ReportingRegime::Avg},
                    chosen("decide", "regime", "cbw"))},
        {"outcomes",
            options(context, "incident_outcome_",
                std::array{SignificanceOutcome::Reportable, SignificanceOutcome::NotReportable},
                chosen("decide", "outcome", ""))},
        {"criteria", criteria},
        {"report_kinds", options(context, "incident_kind_", all_report_kinds, chosen("sent", "kind", "early_warning"))},
        {"recipients",
            options(context, "incident_recipient_",
                std::array{RecipientKind::Csirt, RecipientKind::Supervisor, RecipientKind::DataProtectionAuthority,
                    RecipientKind::AffectedRecipients},
                chosen("sent", "recipient_kind", "csirt"))},
        {"entry_kinds",
            options(context, "incident_entry_",
                std::array{TimelineEntryKind::Observation, TimelineEntryKind::Action, TimelineEntryKind::Decision,
                    TimelineEntryKind::Message, TimelineEntryKind::Evidence},
                chosen("note", "kind", "observation"))}};
}

// The error of a failed form, at its field ("decide-reasons") and in the summary.
void add_errors(nlohmann::json& data, std::optional<FailedForm> const& failed)
{
    data["errors"] = nlohmann::json::object();
    data["summary"] = nlohmann::json::array();
    data["has_summary"] = failed.has_value();
    if (!failed)
        return;
    auto const form = std::string(failed->form);
    auto field = failed->error->location().field.value_or("");
    if (field == "decided_by")
        field = "reasons";
    if (field.empty())
        field = form == "note" ? "text" : form == "decide" ? "reasons" : "channel";
    data["errors"][form][field] = failed->error->message();
    data["summary"].push_back({{"field", form + "-" + field}, {"message", failed->error->message()}});
}

} // namespace

Result<Response> incident_detail_page(
    RequestContext& context, OrganisationId organisation, IncidentId id, std::optional<FailedForm> failed)
{
    auto const detail = TRY(context.services.app->incidents.get(context.actor, organisation, id));
    auto const& incident = detail.overview.incident;
    auto deadlines = nlohmann::json::array();
    for (auto const& status : detail.overview.deadlines)
        deadlines.push_back(deadline_view(context, status));
    auto const values = form_values(context, failed);
    nlohmann::json data{{"organisation_id", organisation.to_string()}, {"href", incident_path(organisation, id)},
        {"incident", incident_row(context, detail.overview)},
        {"cbw_state", label(context, "incident_significance_state_", to_string(detail.overview.cbw.state))},
        {"avg_state", label(context, "incident_significance_state_", to_string(detail.overview.avg.state))},
        {"personal_data", incident.classification.personal_data}, {"aware_at", when(context, incident.aware_at)},
        {"noticed_at", when(context, incident.noticed_at)}, {"reported_by", incident.reported_by},
        {"reporter_contact", incident.reporter_contact}, {"deadlines", deadlines},
        {"has_deadlines", !deadlines.empty()}, {"story", story_view(context, detail.story)},
        {"type", label(context, "incident_type_", to_string(incident.classification.type))},
        {"severity", label(context, "incident_severity_", to_string(incident.classification.severity))},
        {"personal_data_label", yes_no(context, incident.classification.personal_data)},
        {"systems_label", systems_label(context, detail)},
        {"services_label", listed(context, incident.classification.services)},
        {"process_owner", incident.process_owner.empty() ? context.text("incident_none") : incident.process_owner},
        {"reports", reports_view(context, detail.reports)}, {"has_reports", !detail.reports.empty()},
        {"can_handle", app::authorise(context.actor, app::Permission::IncidentHandle, organisation).has_value()},
        {"values", values}};
    data.update(handler_forms(context, detail, values));
    add_errors(data, failed);
    Page page{.template_name = "incident",
        .title_key = "incident_title",
        .data = std::move(data),
        .breadcrumbs = {{context.text("incidents_title"), incidents_path(organisation)}},
        .current_navigation = "incidents"};
    auto const query = parse_form(context.request.query);
    if (form_value(query, "gemeld"))
        page.notice = context.text("incident_reported");
    if (form_value(query, "bijgewerkt"))
        page.notice = context.text("incident_updated");
    if (failed) {
        page.problem = context.text("form_has_errors") + " " + failed->error->message();
        page.status = status_for(failed->error->kind());
    }
    return render_page(context, std::move(page));
}

} // namespace bolwerk::web
