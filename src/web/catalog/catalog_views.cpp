#include "web/catalog/catalog_views.hpp"

#include "common/text.hpp"
#include "web/core/request_context.hpp"

#include <algorithm>

namespace bolwerk::web {

void add_form_error(
    nlohmann::json& data, Error const& error, std::vector<std::string> const& fields, std::string const& fallback_field)
{
    auto field = error.location().field.value_or("");
    if (std::find(fields.begin(), fields.end(), field) == fields.end())
        field = fallback_field;
    if (!data.contains("errors"))
        data["errors"] = nlohmann::json::object();
    if (!data.contains("summary"))
        data["summary"] = nlohmann::json::array();
    data["errors"][field] = error.message();
    data["summary"].push_back({{"field", field}, {"message", error.message()}});
    data["has_summary"] = true;
}

std::string error_with_location(RequestContext const& context, Error const& error)
{
    auto const& location = error.location();
    std::string where;
    if (location.source)
        where = *location.source;
    if (location.line) {
        where += (where.empty() ? "" : ", ")
            + fill(context.text("catalog_line"), {{"line", std::to_string(*location.line)}});
    }
    if (location.column)
        where += (where.empty() ? "" : ", ")
            + fill(context.text("catalog_column"), {{"column", std::to_string(*location.column)}});
    return where.empty() ? error.message() : error.message() + " (" + where + ")";
}

nlohmann::json word_changes_view(std::vector<domain::catalog::WordChange> const& changes)
{
    using Kind = domain::catalog::WordChange::Kind;
    auto runs = nlohmann::json::array();
    for (auto const& change : changes) {
        auto const key = change.kind == Kind::Same ? "run_same"
            : change.kind == Kind::Removed         ? "run_removed"
                                                   : "run_added";
        runs.push_back({{key, change.words}});
    }
    return runs;
}

std::string person_named(std::map<std::string, std::string> const& names, std::string const& label)
{
    auto const found = names.find(label);
    return found == names.end() ? label : found->second;
}

std::string organisation_path(OrganisationId organisation, std::string const& rest)
{
    return "/organisaties/" + organisation.to_string() + rest;
}

} // namespace bolwerk::web
