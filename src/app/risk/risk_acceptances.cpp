#include "app/catalog_service.hpp"
#include "app/risk/methodology_in_force.hpp"
#include "app/risk/risk_json.hpp"
#include "app/risk/risk_service.hpp"
#include "app/use_case.hpp"
#include "store/risk/risk_acceptance_repository.hpp"
#include "store/risk/risk_repository.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>

namespace bolwerk::app {

namespace {

// The highest authority the actor holds in the organisation (BIO2 Deel 1: the board
// accepts residual risk above the process owner's level). The operator records
// decisions taken elsewhere and is trusted with the authority it names.
Result<void> check_authority(Actor const& actor, OrganisationId organisation, domain::AcceptanceAuthority requested)
{
    if (actor.kind == Actor::Kind::Operator || actor.administrator)
        return ok();
    auto held = domain::AcceptanceAuthority::WithinAppetite;
    for (auto const& membership : actor.memberships) {
        if (membership.organisation != organisation)
            continue;
        if (membership.role == domain::Role::Bestuurder)
            held = std::max(held, domain::AcceptanceAuthority::Board);
        else if (membership.role == domain::Role::Lijnmanager)
            held = std::max(held, domain::AcceptanceAuthority::ProcessOwner);
    }
    if (requested > held)
        return Error::forbidden(
            "your role does not let you accept a risk as " + std::string(domain::to_string(requested)));
    return ok();
}

// "waives 5.03.01, 5.21.01" for the audit trail, which stores only digests of the JSON.
std::optional<std::string> waiver_detail(std::vector<std::string> const& measures)
{
    if (measures.empty())
        return std::nullopt;
    std::string detail = "waives ";
    for (std::size_t i = 0; i < measures.size(); ++i)
        detail += (i == 0 ? "" : ", ") + measures[i];
    return detail;
}

} // namespace

Result<domain::RiskAcceptance> RiskService::accept_risk(
    Actor const& actor, OrganisationId organisation, RiskId id, domain::AcceptanceRequest const& request)
{
    TRY(authorise(actor, Permission::RiskAccept, organisation));
    TRY(check_authority(actor, organisation, request.authority));
    auto waived_measures = TRY(checked_waivers(actor, organisation, request));
    return run_in_transaction(m_database, m_clock, actor, [&](UseCase& use_case) -> Result<domain::RiskAcceptance> {
        auto const risk = TRY(store::RiskRepository::find(use_case.connection(), organisation, id));
        auto const methodology = TRY(load_methodology(use_case.connection(), organisation));
        auto const level = risk.current().level;
        TRY(domain::check_acceptance(methodology.methodology, level, request));
        domain::RiskAcceptance acceptance{RiskAcceptanceId(0), id, request.accepted_by, request.authority, level,
            request.accepted_on, request.valid_until, request.reason, use_case.now(), std::move(waived_measures)};
        acceptance = TRY(
            store::RiskAcceptanceRepository::insert(use_case.transaction(), organisation, acceptance, actor.label));
        auto const after = acceptance_to_json(acceptance);
        TRY(use_case.audit(audit_change(organisation, "risk.accept", "risk", id.to_string(), nullptr, &after,
            waiver_detail(acceptance.waived_measures))));
        return acceptance;
    });
}

Result<std::vector<std::string>> RiskService::checked_waivers(
    Actor const& actor, OrganisationId organisation, domain::AcceptanceRequest const& request)
{
    if (request.waived_measures.empty())
        return std::vector<std::string>{};
    std::optional<CatalogService> own;
    auto* catalogs = m_catalogs;
    if (!catalogs)
        catalogs = &own.emplace(TRY(CatalogService::create(m_database, m_clock)));
    auto const catalog = TRY(catalogs->in_force(actor, organisation));
    return domain::check_waived_measures(request.waived_measures, catalog);
}

Result<std::vector<domain::RiskAcceptance>> RiskService::acceptances_of(
    Actor const& actor, OrganisationId organisation, RiskId id)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    TRY(store::RiskRepository::find(*connection, organisation, id));
    std::vector<domain::RiskAcceptance> result;
    for (auto& acceptance : TRY(store::RiskAcceptanceRepository::list(*connection, organisation))) {
        if (acceptance.risk_id == id)
            result.push_back(std::move(acceptance));
    }
    return result;
}

Result<std::vector<domain::RiskAcceptance>> RiskService::acceptances(Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    return store::RiskAcceptanceRepository::list(*connection, organisation);
}

Result<RiskService::AcceptanceCandidates> RiskService::risks_needing_acceptance(
    Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    AcceptanceCandidates result{TRY(load_methodology(*connection, organisation)), {}};
    domain::RiskFilter filter;
    for (auto const level :
        {domain::RiskLevel::Laag, domain::RiskLevel::Midden, domain::RiskLevel::Hoog, domain::RiskLevel::ZeerHoog}) {
        if (result.methodology.methodology.needs_acceptance(level))
            filter.levels.push_back(level);
    }
    if (filter.levels.empty())
        return result;
    auto found = TRY(
        store::RiskRepository::search(*connection, organisation, filter, 0, std::numeric_limits<std::int64_t>::max()));
    result.risks = std::move(found.risks);
    return result;
}

} // namespace bolwerk::app
