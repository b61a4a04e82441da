#include "app/vvt/vvt_json.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::app {

namespace {

using nlohmann::json;
using namespace domain::assessment;
using namespace domain::vvt;
namespace catalog = domain::catalog;

// nlohmann throws on a member of the wrong type; these read what they can and say
// which member was wrong instead.
Result<std::string> text_member(json const& object, char const* name)
{
    if (!object.is_object())
        return Error::invalid("expected an object", {.field = name});
    auto const found = object.find(name);
    if (found == object.end() || found->is_null())
        return std::string();
    if (!found->is_string())
        return Error::invalid(std::string(name) + " must be text", {.field = name});
    return found->get<std::string>();
}

json const& member(json const& object, char const* name)
{
    static json const null_json;
    if (!object.is_object())
        return null_json;
    auto const found = object.find(name);
    return found == object.end() ? null_json : *found;
}

Result<bool> bool_member(json const& object, char const* name)
{
    auto const& value = member(object, name);
    if (!value.is_boolean())
        return Error::invalid(std::string(name) + " must be true or false", {.field = name});
    return value.get<bool>();
}

Result<std::optional<std::int64_t>> integer_member(json const& object, char const* name)
{
    auto const& value = member(object, name);
    if (value.is_null())
        return std::optional<std::int64_t>();
    if (!value.is_number_integer())
        return Error::invalid(std::string(name) + " must be a whole number", {.field = name});
    return std::optional<std::int64_t>(value.get<std::int64_t>());
}

Result<std::optional<Date>> date_member(json const& object, char const* name)
{
    auto const text = TRY(text_member(object, name));
    if (text.empty())
        return std::optional<Date>();
    return std::optional<Date>(TRY(parse_date(text)));
}

Result<std::vector<ScopeItem>> items_from_json(json const& list, char const* name)
{
    std::vector<ScopeItem> items;
    if (list.is_null())
        return items;
    if (!list.is_array())
        return Error::invalid(std::string(name) + " must be a list", {.field = name});
    for (auto const& entry : list)
        items.push_back({TRY(text_member(entry, "name")), TRY(text_member(entry, "description"))});
    return items;
}

json items_to_json(std::vector<ScopeItem> const& items)
{
    auto list = json::array();
    for (auto const& item : items)
        list.push_back({{"name", item.name}, {"description", item.description}});
    return list;
}

Result<std::optional<RiskReference>> reference_from_json(json const& value)
{
    if (value.is_null())
        return std::optional<RiskReference>();
    auto const kind = TRY(parse_risk_reference_kind(TRY(text_member(value, "kind"))));
    return std::optional<RiskReference>(RiskReference{kind, TRY(text_member(value, "value"))});
}

Result<StatementHeader> header_from_json(json const& value)
{
    StatementHeader header;
    auto& metadata = header.metadata;
    metadata.organisation_name = TRY(text_member(value, "organisation"));
    header.catalog = TRY(catalog::VersionReference::parse(TRY(text_member(value, "catalog"))));
    header.catalog_title = TRY(text_member(value, "catalog_title"));
    metadata.version_number = static_cast<std::int32_t>(TRY(integer_member(value, "version_number")).value_or(0));
    metadata.status = TRY(parse_statement_status(TRY(text_member(value, "status"))));
    metadata.approved_by = TRY(text_member(value, "approved_by"));
    if (auto const at = TRY(text_member(value, "approved_at")); !at.empty())
        metadata.approved_at = TRY(parse_timestamp(at));
    metadata.generated_at = TRY(parse_timestamp(TRY(text_member(value, "generated_at"))));
    return header;
}

Result<ControlImplementation> parse_implementation(std::string_view text)
{
    for (auto const implementation :
        {ControlImplementation::Excluded, ControlImplementation::NoMeasures, ControlImplementation::NotImplemented,
            ControlImplementation::PartiallyImplemented, ControlImplementation::Implemented}) {
        if (to_string(implementation) == text)
            return implementation;
    }
    return Error::invalid("unknown implementation '" + std::string(text) + "'", {.field = "implementation"});
}

Result<ControlRow> control_from_json(json const& value)
{
    ControlRow row{.control = TRY(catalog::ControlNumber::parse(TRY(text_member(value, "control"))))};
    row.label_nl = TRY(text_member(value, "label_nl"));
    row.label_en = TRY(text_member(value, "label_en"));
    row.answered = TRY(bool_member(value, "answered"));
    row.applicable = TRY(bool_member(value, "applicable"));
    for (auto const& reason : member(value, "reasons"))
        row.reasons.push_back(TRY(parse_inclusion_reason(reason.is_string() ? reason.get<std::string>() : "")));
    row.justification = TRY(text_member(value, "justification"));
    row.reference = TRY(reference_from_json(member(value, "reference")));
    row.implementation = TRY(parse_implementation(TRY(text_member(value, "implementation"))));
    auto const& counts = member(value, "measures");
    auto const count = [&](char const* name) -> Result<std::int32_t> {
        return static_cast<std::int32_t>(TRY(integer_member(counts, name)).value_or(0));
    };
    row.measures = {TRY(count("total")), TRY(count("not_started")), TRY(count("in_progress")),
        TRY(count("implemented")), TRY(count("not_applicable"))};
    return row;
}

Result<MeasureRow> measure_from_json(json const& value)
{
    MeasureRow row{.measure = TRY(catalog::MeasureNumber::parse(TRY(text_member(value, "measure"))))};
    row.kind = TRY(catalog::parse_item_kind(TRY(text_member(value, "kind"))));
    row.answered = TRY(bool_member(value, "answered"));
    row.status = TRY(parse_measure_status(TRY(text_member(value, "status"))));
    row.owner = TRY(text_member(value, "owner"));
    row.target_date = TRY(date_member(value, "target_date"));
    if (auto const maturity = TRY(integer_member(value, "maturity")))
        row.maturity = static_cast<int>(*maturity);
    row.maturity_label = TRY(text_member(value, "maturity_label"));
    auto const& aspects = member(value, "aspects");
    for (auto const aspect : all_aspects) {
        auto const& assessed = member(aspects, std::string(to_string(aspect)).c_str());
        auto& target = row.aspects[static_cast<std::size_t>(aspect)];
        target.result = TRY(parse_aspect_result(TRY(text_member(assessed, "result"))));
        target.date = TRY(date_member(assessed, "date"));
        target.assessor = TRY(text_member(assessed, "assessor"));
        target.note = TRY(text_member(assessed, "note"));
    }
    row.not_applicable_reason = TRY(text_member(value, "not_applicable_reason"));
    row.reference = TRY(reference_from_json(member(value, "reference")));
    return row;
}

Result<VvtException> exception_from_json(json const& value)
{
    auto const type = TRY(text_member(value, "type"));
    auto const number = TRY(text_member(value, "number"));
    auto const justification = TRY(text_member(value, "justification"));
    auto const reference = TRY(reference_from_json(member(value, "reference")));
    if (type == "control")
        return VvtException{TRY(catalog::ControlNumber::parse(number)), justification, reference};
    if (type == "measure")
        return VvtException{TRY(catalog::MeasureNumber::parse(number)), justification, reference};
    return Error::invalid("unknown exception type '" + type + "'", {.field = "type"});
}

template <typename Row, typename Parse>
Result<std::vector<Row>> rows_from_json(json const& list, Parse parse)
{
    std::vector<Row> rows;
    if (!list.is_array())
        return rows;
    rows.reserve(list.size());
    for (auto const& entry : list)
        rows.push_back(TRY(parse(entry)));
    return rows;
}

} // namespace

json isms_scope_to_json(IsmsScope const& scope)
{
    auto exclusions = json::array();
    for (auto const& exclusion : scope.exclusions)
        exclusions.push_back({{"subject", exclusion.subject}, {"reason", exclusion.reason}});
    return {{"statement", scope.statement}, {"processes", items_to_json(scope.processes)},
        {"information_systems", items_to_json(scope.information_systems)},
        {"locations", items_to_json(scope.locations)}, {"interfaces", items_to_json(scope.interfaces)},
        {"exclusions", exclusions}};
}

Result<IsmsScope> isms_scope_from_json(json const& value)
{
    if (!value.is_object())
        return Error::invalid("the ISMS scope must be a JSON object");
    IsmsScope scope;
    scope.statement = TRY(text_member(value, "statement"));
    scope.processes = TRY(items_from_json(member(value, "processes"), "processes"));
    scope.information_systems = TRY(items_from_json(member(value, "information_systems"), "information_systems"));
    scope.locations = TRY(items_from_json(member(value, "locations"), "locations"));
    scope.interfaces = TRY(items_from_json(member(value, "interfaces"), "interfaces"));
    auto const& exclusions = member(value, "exclusions");
    if (!exclusions.is_null() && !exclusions.is_array())
        return Error::invalid("exclusions must be a list", {.field = "exclusions"});
    for (auto const& entry : exclusions)
        scope.exclusions.push_back({TRY(text_member(entry, "subject")), TRY(text_member(entry, "reason"))});
    return scope;
}

Result<StatementOfApplicability> statement_from_json(std::string_view text)
{
    auto const document = json::parse(text, nullptr, false);
    if (document.is_discarded() || !document.is_object())
        return Error::invalid("the stored VvT is not valid JSON");
    if (TRY(text_member(document, "format")) != "bolwerk-vvt/1")
        return Error::invalid("the stored VvT is not in the bolwerk-vvt/1 format");
    StatementOfApplicability statement;
    statement.header = TRY(header_from_json(member(document, "header")));
    statement.scope = TRY(isms_scope_from_json(member(document, "scope")));
    statement.controls = TRY(rows_from_json<ControlRow>(member(document, "controls"), control_from_json));
    statement.measures = TRY(rows_from_json<MeasureRow>(member(document, "measures"), measure_from_json));
    statement.exceptions = TRY(rows_from_json<VvtException>(member(document, "exceptions"), exception_from_json));
    return statement;
}

} // namespace bolwerk::app
