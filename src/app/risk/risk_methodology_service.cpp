#include "app/risk/methodology_in_force.hpp"
#include "app/risk/methodology_json.hpp"
#include "app/risk/risk_service.hpp"
#include "app/use_case.hpp"
#include "common/json_text.hpp"
#include "store/risk/risk_methodology_repository.hpp"
#include "store/risk/risk_repository.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::app {

namespace {

Result<void> rescore_all(
    store::Transaction& transaction, OrganisationId organisation, MethodologyVersion const& methodology, Timestamp now)
{
    auto const risks = TRY(store::RiskRepository::list(transaction.connection(), organisation));
    std::string off_scale;
    for (auto const& risk : risks) {
        auto rescored = domain::score_risk(methodology.methodology, domain::draft_of(risk));
        if (!rescored) {
            off_scale += (off_scale.empty() ? "" : ", ") + risk.id.to_string();
            continue;
        }
        TRY(store::RiskRepository::update(
            transaction, organisation, risk.id, std::move(rescored).value(), risk.version, methodology.version, now));
    }
    if (!off_scale.empty())
        return Error::conflict("the new methodology does not fit risks " + off_scale
            + " (a value is off its scales or an impact area is gone); change those first");
    return ok();
}

} // namespace

Result<MethodologyVersion> load_methodology(store::Connection& connection, OrganisationId organisation)
{
    auto const stored = TRY(store::RiskMethodologyRepository::current(connection, organisation));
    if (!stored)
        return MethodologyVersion{domain::RiskMethodology::standard(), 0};
    auto methodology = methodology_from_json(stored->definition);
    if (!methodology)
        return Error::internal("stored risk methodology version " + std::to_string(stored->version)
            + " is invalid: " + methodology.error().to_string());
    return MethodologyVersion{std::move(methodology).value(), stored->version};
}

Result<MethodologyVersion> RiskService::methodology(Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    return load_methodology(*connection, organisation);
}

Result<MethodologyVersion> RiskService::set_methodology(
    Actor const& actor, OrganisationId organisation, domain::RiskMethodology const& methodology)
{
    return run_use_case(m_database, m_clock, actor, Permission::RiskMethodologyWrite, organisation,
        [&](UseCase& use_case) -> Result<MethodologyVersion> {
            TRY(require_organisation(use_case.connection(), organisation));
            auto const json = methodology_to_json(methodology.definition());
            auto const version = TRY(store::RiskMethodologyRepository::add(
                use_case.transaction(), organisation, json_text(json), actor.label, use_case.now()));
            MethodologyVersion const stored{methodology, version};
            TRY(rescore_all(use_case.transaction(), organisation, stored, use_case.now()));
            TRY(use_case.audit(audit_change(
                organisation, "risk_methodology.create", "risk_methodology", std::to_string(version), nullptr, &json)));
            return stored;
        });
}

} // namespace bolwerk::app
