#include "web/organisation/audit_pages.hpp"

#include "app/audit_detail.hpp"
#include "common/csv_field.hpp"
#include "common/json_text.hpp"
#include "report/table_xlsx.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/organisation/audit_view.hpp"

#include <array>

namespace bolwerk::web {

namespace {

constexpr std::int64_t audit_page_size = 50;

// The columns of the exports: for people in the UI language, then the raw codes for machines.
struct ExportColumn {
    std::string_view key; ///< A message key, or the raw column's own name.
    double width;
    bool translated;
};
constexpr std::array export_columns{
    ExportColumn{"audit_column_when", 20, true},
    ExportColumn{"audit_column_who", 22, true},
    ExportColumn{"audit_column_what", 30, true},
    ExportColumn{"audit_column_kind", 18, true},
    ExportColumn{"audit_column_object", 12, true},
    ExportColumn{"audit_column_changes", 50, true},
    ExportColumn{"audit_column_note", 30, true},
    ExportColumn{"sequence", 10, false},
    ExportColumn{"occurred_at", 28, false},
    ExportColumn{"actor", 16, false},
    ExportColumn{"action", 26, false},
    ExportColumn{"object_type", 18, false},
    ExportColumn{"object_id", 12, false},
    ExportColumn{"before_digest", 20, false},
    ExportColumn{"after_digest", 20, false},
    ExportColumn{"detail", 40, false},
    ExportColumn{"previous_hash", 20, false},
    ExportColumn{"hash", 20, false},
};

// The events that match the filters, newest first; Invalid naming the field for a bad filter.
struct Trail {
    OrganisationId organisation{0};
    std::vector<domain::AuditEvent> events;
    std::map<std::string, std::string> names;
};

Result<Trail> whole_trail(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto filters = read_audit_filters(context);
    // Permission before input: a refusal reveals nothing about the filters' rules.
    TRY(context.services.app->audit_choices(context.actor, id));
    if (!filters.errors.empty()) {
        auto const& [field, message] = *filters.errors.begin();
        return Error::invalid(message, {.field = field});
    }
    Trail trail{id, {}, {}};
    auto query = filters.query;
    query.limit = app::max_audit_page_size;
    while (true) {
        auto page = TRY(context.services.app->search_audit(context.actor, id, query));
        std::move(page.events.begin(), page.events.end(), std::back_inserter(trail.events));
        trail.names.merge(page.names);
        if (!page.next_before)
            return trail;
        query.before = page.next_before;
    }
}

std::vector<std::string> export_cells(
    RequestContext const& context, Trail const& trail, domain::AuditEvent const& event)
{
    auto const row = audit_row(context, trail.organisation, event, trail.names);
    return {row.when, row.who, row.what, row.kind, event.object_id, row.changes_text, row.note,
        std::to_string(event.sequence), format_timestamp(event.occurred_at), event.actor, event.action,
        event.object_type, event.object_id, event.before_digest.value_or(""), event.after_digest.value_or(""),
        event.detail.value_or(""), event.previous_hash, event.hash};
}

std::vector<std::string> export_headers(RequestContext const& context)
{
    std::vector<std::string> headers;
    headers.reserve(export_columns.size());
    for (auto const& column : export_columns)
        headers.push_back(column.translated ? context.text(column.key) : std::string(column.key));
    return headers;
}

nlohmann::json row_json(AuditRow const& row)
{
    auto changes = nlohmann::json::array();
    for (auto const& change : row.changes)
        changes.push_back({{"field", change.field}, {"before", change.before}, {"after", change.after}});
    return {{"when", row.when}, {"who", row.who}, {"what", row.what}, {"kind", row.kind}, {"href", row.href},
        {"changes", changes}, {"omitted", row.omitted}, {"note", row.note}};
}

nlohmann::json choices_json(RequestContext const& context, app::AuditFilterChoices const& choices,
    std::map<std::string, std::string> const& values)
{
    auto actors = nlohmann::json::array();
    for (auto const& actor : choices.actors) {
        actors.push_back({{"value", actor}, {"label", audit_actor_text(context, actor, choices.names)},
            {"selected", values.at("wie") == actor}});
    }
    auto kinds = nlohmann::json::array();
    for (auto const& kind : choices.object_types) {
        kinds.push_back(
            {{"value", kind}, {"label", audit_kind_text(context, kind)}, {"selected", values.at("soort") == kind}});
    }
    return {{"actors", actors}, {"kinds", kinds}};
}

} // namespace

Result<Response> show_audit_trail(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    auto filters = read_audit_filters(context);
    // Permission before input: the choices need AuditTrailRead.
    auto const choices = TRY(context.services.app->audit_choices(context.actor, id));
    auto const base = "/organisaties/" + id.to_string() + "/audit";
    auto const suffix = filters.query_string.empty() ? std::string() : "?" + filters.query_string;
    nlohmann::json data{{"organisation_id", id.to_string()}, {"values", filters.values},
        {"choices", choices_json(context, choices, filters.values)}, {"export_query", suffix},
        {"filtered", !filters.query_string.empty()}};
    Page page{.template_name = "audit", .title_key = "audit_title", .current_navigation = "audit"};
    if (!filters.errors.empty()) {
        auto summary = nlohmann::json::array();
        for (auto const& [field, message] : filters.errors)
            summary.push_back({{"field", field == "voor" ? "van" : field}, {"message", message}});
        data["errors"] = filters.errors;
        data["summary"] = summary;
        data["has_summary"] = true;
        page.status = 400;
        page.data = std::move(data);
        return render_page(context, std::move(page));
    }
    auto query = filters.query;
    query.limit = audit_page_size;
    auto const found = TRY(context.services.app->search_audit(context.actor, id, query));
    auto events = nlohmann::json::array();
    for (auto const& event : found.events) {
        auto json = row_json(audit_row(context, id, event, found.names));
        json["sequence"] = std::to_string(event.sequence);
        json["object_id"] = event.object_id;
        json["action"] = event.action;
        json["has_changes"] = !json["changes"].empty();
        events.push_back(std::move(json));
    }
    auto const joiner = filters.query_string.empty() ? std::string("?") : "?" + filters.query_string + "&";
    data["events"] = events;
    data["has_events"] = !events.empty();
    if (found.next_before)
        data["older"] = base + joiner + "voor=" + std::to_string(*found.next_before);
    if (filters.query.before)
        data["newest"] = base + suffix;
    page.data = std::move(data);
    return render_page(context, std::move(page));
}

Result<Response> export_audit_csv(RequestContext& context)
{
    auto const trail = TRY(whole_trail(context));
    std::string csv;
    append_csv_line(csv, export_headers(context));
    for (auto const& event : trail.events)
        append_csv_line(csv, export_cells(context, trail, event));
    return attachment(std::move(csv), "text/csv; charset=utf-8", "audit-" + trail.organisation.to_string() + ".csv");
}

Result<Response> export_audit_json(RequestContext& context)
{
    auto const trail = TRY(whole_trail(context));
    auto list = nlohmann::json::array();
    for (auto const& event : trail.events) {
        auto json = app::audit_event_to_json(event);
        json["readable"] = row_json(audit_row(context, trail.organisation, event, trail.names));
        auto changes = nlohmann::json::array();
        for (auto const& change : app::read_audit_detail(event.detail).changes)
            changes.push_back({{"field", change.field}, {"before", change.before}, {"after", change.after}});
        json["changes"] = changes;
        list.push_back(std::move(json));
    }
    return attachment(json_text(nlohmann::json{{"organisation_id", trail.organisation.value()}, {"events", list}},
                          JsonLayout::Indented),
        "application/json", "audit-" + trail.organisation.to_string() + ".json");
}

Result<Response> export_audit_xlsx(RequestContext& context)
{
    auto const trail = TRY(whole_trail(context));
    report::Table table{.title = context.text("audit_title"), .columns = {}, .rows = {}};
    auto const headers = export_headers(context);
    for (std::size_t column = 0; column < export_columns.size(); ++column)
        table.columns.push_back(
            {headers[column], export_columns[column].width, export_columns[column].key == "sequence"});
    for (auto const& event : trail.events)
        table.rows.push_back(export_cells(context, trail, event));
    std::array const tables{std::move(table)};
    auto bytes = TRY(report::tables_xlsx_bytes(
        tables, {.title = context.text("audit_title"), .company = {}, .created = context.services.clock.now()}));
    return attachment(std::move(bytes), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "audit-" + trail.organisation.to_string() + ".xlsx");
}

} // namespace bolwerk::web
