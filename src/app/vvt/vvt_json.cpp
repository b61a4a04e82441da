#include "app/vvt/vvt_json.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::app {

namespace {

using nlohmann::json;
using namespace domain::vvt;

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

} // namespace bolwerk::app
