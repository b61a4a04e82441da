#include "domain/vvt/isms_scope.hpp"

#include "common/text.hpp"

#include <set>

namespace bolwerk::domain::vvt {

namespace {

std::string field_name(std::string_view part, std::size_t index, std::string_view member)
{
    return std::string(part) + "[" + std::to_string(index) + "]." + std::string(member);
}

Result<void> check_items(std::vector<ScopeItem> const& items, std::string_view part)
{
    std::set<std::string, std::less<>> names;
    for (std::size_t i = 0; i < items.size(); ++i) {
        auto const name = trim(items[i].name);
        if (name.empty())
            return Error::invalid("a scope entry needs a name", {.field = field_name(part, i, "name")});
        if (!names.emplace(name).second)
            return Error::invalid(
                "\"" + std::string(name) + "\" is listed twice", {.field = field_name(part, i, "name")});
    }
    return ok();
}

} // namespace

Result<void> check_isms_scope(IsmsScope const& scope)
{
    // ISO 27001 4.3: the scope names what the ISMS covers; without a process or a
    // system it covers nothing.
    if (scope.processes.empty() && scope.information_systems.empty())
        return Error::invalid("the ISMS scope names no process and no information system", {.field = "processes"});
    TRY(check_items(scope.processes, "processes"));
    TRY(check_items(scope.information_systems, "information_systems"));
    TRY(check_items(scope.locations, "locations"));
    TRY(check_items(scope.interfaces, "interfaces"));
    for (std::size_t i = 0; i < scope.exclusions.size(); ++i) {
        if (trim(scope.exclusions[i].subject).empty())
            return Error::invalid("an exclusion needs a subject", {.field = field_name("exclusions", i, "subject")});
        if (trim(scope.exclusions[i].reason).empty())
            return Error::invalid("the exclusion of \"" + scope.exclusions[i].subject + "\" needs a reason",
                {.field = field_name("exclusions", i, "reason")});
    }
    return ok();
}

} // namespace bolwerk::domain::vvt
