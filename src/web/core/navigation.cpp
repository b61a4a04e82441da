#include "web/core/navigation.hpp"

#include "app/authorisation.hpp"

#include <array>

namespace bolwerk::web {

namespace {

using app::Permission;

/// One link of the main navigation. `path` is relative to the organisation
/// ("/organisaties/{id}" + path), except for entries with `global` set.
struct Entry {
    std::string_view group; ///< Message key of the group heading.
    std::string_view label; ///< Message key of the link.
    std::string_view path;
    std::string_view name; ///< Page::current_navigation of the pages it leads to.
    Permission permission;
    bool global = false;
};

// The table: group order follows the ISMS process (issue #12 item 1). Later features
// add their groups (nav_group_suppliers, nav_group_incidents, nav_group_governance)
// before "Beheer".
constexpr std::array entries{
    Entry{"nav_group_overview", "home", "/", "home", Permission::OrganisationRead, true},
    Entry{"nav_group_assessment", "nav_assessment", "/dashboard", "assessment", Permission::AssessmentRead},
    Entry{"nav_group_assessment", "nav_gaps", "/gaplijst", "gaps", Permission::AssessmentRead},
    Entry{"nav_group_assessment", "nav_controls", "/beheersmaatregelen", "controls", Permission::AssessmentRead},
    // Issue #13 item 8: the history of the gap analysis and its catalog version.
    Entry{"nav_group_assessment", "nav_snapshots", "/momentopnamen", "snapshots", Permission::AssessmentRead},
    Entry{"nav_group_assessment", "nav_maturity", "/volwassenheidsschaal", "maturity", Permission::AssessmentRead},
    Entry{"nav_group_assessment", "nav_migration", "/catalogusversie", "migration", Permission::AssessmentFreeze},
    Entry{"nav_group_risks", "nav_risks", "/risicos", "risks", Permission::RiskRead},
    Entry{"nav_group_risks", "nav_board", "/risicos/bestuur", "board", Permission::RiskRead},
    Entry{"nav_group_risks", "nav_systems", "/systemen", "systems", Permission::RiskRead},
    Entry{"nav_group_risks", "nav_analyses", "/risicoanalyses", "analyses", Permission::RiskRead},
    Entry{"nav_group_risks", "nav_methodology", "/risicomethodiek", "methodology", Permission::RiskRead},
    Entry{"nav_group_vvt", "nav_vvt", "/vvt", "vvt", Permission::AssessmentRead},
    // Issue #14: the supplier register.
    Entry{"nav_group_suppliers", "nav_suppliers", "/leveranciers", "suppliers", Permission::SupplierRead},
    Entry{"nav_group_suppliers", "nav_concentration", "/leveranciers/concentratie", "concentration",
        Permission::SupplierRead},
    Entry{"nav_group_evidence", "nav_evidence", "/bewijs", "evidence", Permission::EvidenceRead},
    // Incidents (issue #15): every member reports; handlers and readers see the register.
    Entry{"nav_group_incidents", "nav_incidents", "/incidenten", "incidents", Permission::IncidentRead},
    Entry{"nav_group_incidents", "nav_incident_report", "/incidenten/melden", "incident_report",
        Permission::IncidentReport},
    Entry{"nav_group_admin", "nav_organisation", "", "organisation", Permission::OrganisationRead},
    Entry{"nav_group_admin", "nav_catalogs", "/catalogi", "catalogs", Permission::CatalogRead, true},
    Entry{"nav_group_admin", "nav_members", "/gebruikers", "members", Permission::MemberRead},
    Entry{"nav_group_admin", "nav_audit", "/audit", "audit", Permission::AuditTrailRead},
};

} // namespace

nlohmann::json navigation_groups(app::Actor const& actor, std::optional<OrganisationId> organisation,
    std::string_view current, std::function<std::string(std::string_view)> const& text)
{
    auto groups = nlohmann::json::array();
    if (!organisation)
        return groups;
    auto const base = "/organisaties/" + organisation->to_string();
    std::string_view open_group;
    for (auto const& entry : entries) {
        if (!app::authorise(actor, entry.permission, *organisation))
            continue;
        if (groups.empty() || open_group != entry.group) {
            groups.push_back({{"label", text(entry.group)}, {"items", nlohmann::json::array()}});
            open_group = entry.group;
        }
        auto href = entry.global ? std::string(entry.path) : base + std::string(entry.path);
        groups.back()["items"].push_back(
            {{"label", text(entry.label)}, {"href", std::move(href)}, {"current", entry.name == current}});
    }
    return groups;
}

} // namespace bolwerk::web
