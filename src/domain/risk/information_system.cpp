#include "domain/risk/information_system.hpp"

#include "common/text.hpp"

#include <algorithm>
#include <set>

namespace bolwerk::domain {

namespace {

constexpr std::size_t max_name_length = 200;

} // namespace

std::string_view to_string(CiaLevel level)
{
    switch (level) {
    case CiaLevel::Laag: return "laag";
    case CiaLevel::Midden: return "midden";
    case CiaLevel::Hoog: return "hoog";
    }
    return "hoog";
}

Result<CiaLevel> parse_cia_level(std::string_view text, std::string const& field)
{
    auto const wanted = to_ascii_lower(trim(text));
    for (auto const level : {CiaLevel::Laag, CiaLevel::Midden, CiaLevel::Hoog}) {
        if (wanted == to_string(level) || wanted == std::to_string(static_cast<int>(level)))
            return level;
    }
    return Error::invalid(
        "unknown classification '" + std::string(text) + "' (expected laag, midden or hoog)", {.field = field});
}

Cia stricter_of(Cia const& left, Cia const& right)
{
    return {std::max(left.availability, right.availability), std::max(left.integrity, right.integrity),
        std::max(left.confidentiality, right.confidentiality)};
}

Result<InformationSystemDraft> InformationSystemDraft::create(InformationSystemDraft raw)
{
    raw.name = std::string(trim(raw.name));
    raw.owner = std::string(trim(raw.owner));
    if (raw.name.empty())
        return Error::invalid("the name is empty", {.field = "name"});
    if (raw.name.size() > max_name_length)
        return Error::invalid("the name is longer than 200 characters", {.field = "name"});
    if (raw.owner.empty())
        return Error::invalid("every system needs an owner (lijnmanager / proceseigenaar)", {.field = "owner"});
    std::sort(raw.depends_on.begin(), raw.depends_on.end());
    raw.depends_on.erase(std::unique(raw.depends_on.begin(), raw.depends_on.end()), raw.depends_on.end());
    return raw;
}

std::map<InformationSystemId, Cia> effective_classifications(std::vector<InformationSystem> const& systems)
{
    std::map<InformationSystemId, Cia> effective;
    for (auto const& system : systems)
        effective[system.id] = system.classification;
    // Push each dependant's classification down to what it depends on until nothing
    // changes. Levels only rise and are bounded, so this ends even with cycles.
    bool changed = true;
    while (changed) {
        changed = false;
        for (auto const& system : systems) {
            for (auto const dependency : system.depends_on) {
                auto found = effective.find(dependency);
                if (found == effective.end())
                    continue;
                auto const raised = stricter_of(found->second, effective[system.id]);
                if (raised != found->second) {
                    found->second = raised;
                    changed = true;
                }
            }
        }
    }
    return effective;
}

namespace {

// The names along a path of dependencies that comes back to where it started, by a
// depth-first walk; empty when there is none.
std::vector<std::string> cycle_from(
    InformationSystem const& start, std::map<InformationSystemId, InformationSystem const*> const& by_id)
{
    std::vector<std::string> path{start.name};
    std::set<InformationSystemId> visited;
    auto const walk = [&](auto const& self, InformationSystem const& system) -> bool {
        for (auto const dependency : system.depends_on) {
            auto const next = by_id.find(dependency);
            if (next == by_id.end())
                continue;
            path.push_back(next->second->name);
            if (dependency == start.id)
                return true;
            if (visited.insert(dependency).second && self(self, *next->second))
                return true;
            path.pop_back();
        }
        return false;
    };
    return walk(walk, start) ? path : std::vector<std::string>{};
}

} // namespace

Result<void> check_dependencies(std::vector<InformationSystem> const& systems)
{
    std::map<InformationSystemId, InformationSystem const*> by_id;
    for (auto const& system : systems)
        by_id[system.id] = &system;
    for (auto const& system : systems) {
        for (auto const dependency : system.depends_on) {
            if (dependency == system.id)
                return Error::invalid("system '" + system.name + "' cannot depend on itself", {.field = "depends_on"});
            if (!by_id.contains(dependency))
                return Error::invalid("system " + dependency.to_string() + " does not exist", {.field = "depends_on"});
        }
    }
    // A cycle makes "what depends on what" meaningless for the inherited classification
    // and for the order of recovery (BIO2 5.30: ICT-gereedheid voor bedrijfscontinuïteit).
    for (auto const& system : systems) {
        auto const cycle = cycle_from(system, by_id);
        if (cycle.empty())
            continue;
        std::string text;
        for (auto const& name : cycle)
            text += (text.empty() ? "" : " → ") + name;
        return Error::invalid(
            "system '" + system.name + "' would depend on itself through " + text, {.field = "depends_on"});
    }
    return ok();
}

} // namespace bolwerk::domain
