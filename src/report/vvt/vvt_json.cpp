#include "report/vvt/vvt_json.hpp"

#include "domain/vvt/statement_canonical.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::report::vvt {

namespace {

using nlohmann::json;
using namespace domain::assessment;
using namespace domain::vvt;

json optional_date(std::optional<Date> const& date) { return date ? json(format_date(*date)) : json(nullptr); }

json reference_json(std::optional<RiskReference> const& reference)
{
    if (!reference)
        return nullptr;
    return {{"kind", to_string(reference->kind)}, {"value", reference->value}};
}

json header_json(StatementOfApplicability const& statement)
{
    auto const& metadata = statement.header.metadata;
    return {{"organisation", metadata.organisation_name}, {"catalog", statement.header.catalog.to_string()},
        {"catalog_title", statement.header.catalog_title}, {"version_number", metadata.version_number},
        {"status", to_string(metadata.status)},
        {"approved_by", metadata.approved_by.empty() ? json(nullptr) : json(metadata.approved_by)},
        {"approved_at", metadata.approved_at ? json(format_timestamp(*metadata.approved_at)) : json(nullptr)},
        {"generated_at", format_timestamp(metadata.generated_at)}, {"digest", digest(statement)}};
}

json items_json(std::vector<ScopeItem> const& items)
{
    auto list = json::array();
    for (auto const& item : items)
        list.push_back({{"name", item.name}, {"description", item.description}});
    return list;
}

json scope_json(IsmsScope const& scope)
{
    auto exclusions = json::array();
    for (auto const& exclusion : scope.exclusions)
        exclusions.push_back({{"subject", exclusion.subject}, {"reason", exclusion.reason}});
    return {{"statement", scope.statement}, {"processes", items_json(scope.processes)},
        {"information_systems", items_json(scope.information_systems)}, {"locations", items_json(scope.locations)},
        {"interfaces", items_json(scope.interfaces)}, {"exclusions", exclusions}};
}

json control_json(ControlRow const& row)
{
    auto reasons = json::array();
    for (auto const reason : row.reasons)
        reasons.push_back(to_string(reason));
    return {{"control", row.control.to_string()}, {"label_nl", row.label_nl}, {"label_en", row.label_en},
        {"answered", row.answered}, {"applicable", row.applicable}, {"reasons", reasons},
        {"justification", row.justification}, {"reference", reference_json(row.reference)},
        {"implementation", to_string(row.implementation)},
        {"measures",
            {{"total", row.measures.total}, {"not_started", row.measures.not_started},
                {"in_progress", row.measures.in_progress}, {"implemented", row.measures.implemented},
                {"not_applicable", row.measures.not_applicable}}}};
}

json measure_json(MeasureRow const& row)
{
    json aspects = json::object();
    for (auto const aspect : all_aspects) {
        auto const& assessed = row.aspect(aspect);
        aspects[std::string(to_string(aspect))] = {{"result", to_string(assessed.result)},
            {"date", optional_date(assessed.date)}, {"assessor", assessed.assessor}, {"note", assessed.note}};
    }
    auto const control = row.measure.control();
    return {{"measure", row.measure.to_string()}, {"control", control ? json(control->to_string()) : json(nullptr)},
        {"kind", domain::catalog::to_string(row.kind)}, {"answered", row.answered}, {"status", to_string(row.status)},
        {"owner", row.owner}, {"target_date", optional_date(row.target_date)},
        {"maturity", row.maturity ? json(*row.maturity) : json(nullptr)}, {"maturity_label", row.maturity_label},
        {"aspects", aspects}, {"not_applicable_reason", row.not_applicable_reason},
        {"reference", reference_json(row.reference)}};
}

json exception_json(VvtException const& exception)
{
    return {{"type", exception.is_control() ? "control" : "measure"}, {"number", exception.number()},
        {"justification", exception.justification}, {"reference", reference_json(exception.reference)}};
}

} // namespace

std::string statement_json(domain::vvt::StatementOfApplicability const& statement)
{
    auto controls = json::array();
    for (auto const& row : statement.controls)
        controls.push_back(control_json(row));
    auto measures = json::array();
    for (auto const& row : statement.measures)
        measures.push_back(measure_json(row));
    auto exceptions = json::array();
    for (auto const& exception : statement.exceptions)
        exceptions.push_back(exception_json(exception));
    json const document{{"format", "bolwerk-vvt/1"}, {"header", header_json(statement)},
        {"scope", scope_json(statement.scope)}, {"controls", controls}, {"measures", measures},
        {"exceptions", exceptions}};
    // Invalid UTF-8 in stored text is replaced rather than thrown on (our code does not throw).
    return document.dump(2, ' ', false, json::error_handler_t::replace);
}

} // namespace bolwerk::report::vvt
