#include "app/risk/methodology_json.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::app {

namespace {

using Json = nlohmann::json;

nlohmann::json scale_to_json(std::vector<domain::ScaleStep> const& scale)
{
    auto steps = Json::array();
    for (auto const& step : scale)
        steps.push_back({{"value", step.value}, {"label_nl", step.label_nl}, {"label_en", step.label_en}});
    return steps;
}

// Reads a member that must be there with the given type; the error names the path.
Result<Json const*> member(Json const& object, char const* name, Json::value_t type, std::string const& path)
{
    auto const found = object.find(name);
    if (found == object.end())
        return Error::invalid("missing", {.field = path + name});
    bool const matches
        = found->type() == type || (type == Json::value_t::number_integer && found->is_number_unsigned());
    if (!matches)
        return Error::invalid(std::string("expected ") + Json(type).type_name(), {.field = path + name});
    return &*found;
}

Result<std::string> text_member(Json const& object, char const* name, std::string const& path)
{
    auto const* value = TRY(member(object, name, Json::value_t::string, path));
    return value->get<std::string>();
}

// An optional text member: empty when absent, an error when it is not text.
Result<std::string> optional_text_member(
    Json const& object, char const* name, std::string const& path, std::string fallback = {})
{
    if (!object.contains(name))
        return fallback;
    return text_member(object, name, path);
}

Result<std::vector<domain::ScaleStep>> scale_from_json(Json const& root, char const* name)
{
    auto const* array = TRY(member(root, name, Json::value_t::array, ""));
    std::vector<domain::ScaleStep> scale;
    for (std::size_t i = 0; i < array->size(); ++i) {
        auto const path = std::string(name) + "[" + std::to_string(i) + "].";
        auto const& step = (*array)[i];
        if (!step.is_object())
            return Error::invalid("expected an object", {.field = path});
        auto const* value = TRY(member(step, "value", Json::value_t::number_integer, path));
        scale.push_back({value->get<int>(), TRY(text_member(step, "label_nl", path)),
            TRY(optional_text_member(step, "label_en", path))});
    }
    return scale;
}

Result<std::vector<domain::ImpactArea>> areas_from_json(Json const& root)
{
    auto const* array = TRY(member(root, "areas", Json::value_t::array, ""));
    std::vector<domain::ImpactArea> areas;
    for (std::size_t i = 0; i < array->size(); ++i) {
        auto const path = "areas[" + std::to_string(i) + "].";
        auto const& area = (*array)[i];
        if (!area.is_object())
            return Error::invalid("expected an object", {.field = path});
        areas.push_back({TRY(text_member(area, "code", path)), TRY(text_member(area, "label_nl", path)),
            TRY(optional_text_member(area, "label_en", path))});
    }
    return areas;
}

Result<std::vector<std::vector<domain::RiskLevel>>> matrix_from_json(Json const& root)
{
    auto const* rows = TRY(member(root, "matrix", Json::value_t::array, ""));
    std::vector<std::vector<domain::RiskLevel>> matrix;
    for (std::size_t l = 0; l < rows->size(); ++l) {
        auto const& row = (*rows)[l];
        auto const path = "matrix[" + std::to_string(l) + "]";
        if (!row.is_array())
            return Error::invalid("expected an array", {.field = path});
        auto& levels = matrix.emplace_back();
        for (std::size_t i = 0; i < row.size(); ++i) {
            auto const cell = path + "[" + std::to_string(i) + "]";
            if (!row[i].is_string())
                return Error::invalid("expected a level name", {.field = cell});
            auto const level = domain::parse_risk_level(row[i].get<std::string>());
            if (!level)
                return level.error().with_field(cell);
            levels.push_back(*level);
        }
    }
    return matrix;
}

Result<std::vector<domain::AcceptanceAuthority>> appetite_from_json(Json const& root)
{
    auto const* array = TRY(member(root, "appetite", Json::value_t::array, ""));
    std::vector<domain::AcceptanceAuthority> appetite;
    for (std::size_t i = 0; i < array->size(); ++i) {
        auto const path = "appetite[" + std::to_string(i) + "]";
        if (!(*array)[i].is_string())
            return Error::invalid("expected an authority name", {.field = path});
        auto const authority = domain::parse_acceptance_authority((*array)[i].get<std::string>());
        if (!authority)
            return authority.error().with_field(path);
        appetite.push_back(*authority);
    }
    return appetite;
}

Result<domain::RiskMethodologyDefinition> definition_from_json(Json const& root)
{
    if (!root.is_object())
        return Error::invalid("a methodology is a JSON object");
    domain::RiskMethodologyDefinition definition;
    definition.likelihood = TRY(scale_from_json(root, "likelihood"));
    definition.impact = TRY(scale_from_json(root, "impact"));
    definition.areas = TRY(areas_from_json(root));
    definition.matrix = TRY(matrix_from_json(root));
    definition.aggregation
        = TRY(domain::parse_impact_aggregation(TRY(optional_text_member(root, "aggregation", "", "highest"))));
    definition.appetite = TRY(appetite_from_json(root));
    auto const days = root.find("max_acceptance_days");
    if (days != root.end()) {
        if (!days->is_number_integer())
            return Error::invalid("expected a whole number of days", {.field = "max_acceptance_days"});
        definition.max_acceptance_days = days->get<int>();
    }
    return definition;
}

} // namespace

nlohmann::json methodology_to_json(domain::RiskMethodologyDefinition const& definition)
{
    auto areas = Json::array();
    for (auto const& area : definition.areas)
        areas.push_back({{"code", area.code}, {"label_nl", area.label_nl}, {"label_en", area.label_en}});
    auto matrix = Json::array();
    for (auto const& row : definition.matrix) {
        auto& cells = matrix.emplace_back(Json::array());
        for (auto const level : row)
            cells.push_back(domain::to_string(level));
    }
    auto appetite = Json::array();
    for (auto const authority : definition.appetite)
        appetite.push_back(domain::to_string(authority));
    return {{"likelihood", scale_to_json(definition.likelihood)}, {"impact", scale_to_json(definition.impact)},
        {"areas", areas}, {"matrix", matrix}, {"aggregation", domain::to_string(definition.aggregation)},
        {"appetite", appetite}, {"max_acceptance_days", definition.max_acceptance_days}};
}

Result<domain::RiskMethodology> methodology_from_json(std::string const& text)
{
    auto const root = Json::parse(text, nullptr, false);
    if (root.is_discarded())
        return Error::invalid("the methodology is not valid JSON");
    auto definition = TRY(definition_from_json(root));
    return domain::RiskMethodology::create(std::move(definition));
}

} // namespace bolwerk::app
