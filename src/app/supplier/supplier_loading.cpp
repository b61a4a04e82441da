#include "app/supplier/supplier_loading.hpp"

#include "store/connection.hpp"
#include "store/risk/information_system_repository.hpp"
#include "store/risk/risk_analysis_repository.hpp"
#include "store/supplier/assurance_report_repository.hpp"
#include "store/supplier/chain_repository.hpp"
#include "store/supplier/contract_repository.hpp"
#include "store/supplier/delivered_service_repository.hpp"
#include "store/supplier/supplier_repository.hpp"

#include <algorithm>

namespace bolwerk::app::supplier_detail {

std::vector<domain::DeliveredService> LoadedSuppliers::services_of(std::vector<DeliveredServiceId> const& ids) const
{
    std::vector<domain::DeliveredService> found;
    for (auto const id : ids) {
        auto const service = std::find_if(services.begin(), services.end(),
            [&](domain::DeliveredService const& candidate) { return candidate.id == id; });
        if (service != services.end())
            found.push_back(*service);
    }
    return found;
}

Result<LoadedSuppliers> load_suppliers(store::Connection& connection, OrganisationId organisation)
{
    LoadedSuppliers loaded;
    loaded.suppliers = TRY(store::SupplierRepository::list(connection, organisation));
    loaded.services = TRY(store::DeliveredServiceRepository::list(connection, organisation));
    loaded.contracts = TRY(store::ContractRepository::list(connection, organisation));
    loaded.reports = TRY(store::AssuranceReportRepository::list(connection, organisation));
    loaded.systems = TRY(store::InformationSystemRepository::list(connection, organisation));
    loaded.classifications = domain::effective_classifications(loaded.systems);
    loaded.disclosures = TRY(store::ChainRepository::list_disclosures(connection, organisation));
    return loaded;
}

Result<domain::GateResult> check_gate(store::Connection& connection, OrganisationId organisation,
    domain::ContractTerms const& terms, LoadedSuppliers const& loaded)
{
    std::optional<domain::RiskAnalysisStatus> analysis_status;
    if (terms.dependency_assessment) {
        auto const analysis
            = store::RiskAnalysisRepository::find(connection, organisation, terms.dependency_assessment->analysis);
        if (analysis)
            analysis_status = analysis->status;
        else if (analysis.error().kind() != ErrorKind::NotFound)
            return analysis.error();
    }
    auto const services = loaded.services_of(terms.services);
    std::vector<domain::ChainDisclosure> disclosures;
    for (auto const& disclosure : loaded.disclosures) {
        if (std::find(terms.services.begin(), terms.services.end(), disclosure.service_id) != terms.services.end())
            disclosures.push_back(disclosure);
    }
    // BIO2 5.19.01, 5.20.01–06, 5.21.02–03, 5.23.01: the domain rule names every gap.
    return domain::check_contract_gate({terms, services, loaded.classifications, analysis_status, disclosures});
}

domain::Criticality contract_criticality(domain::ContractTerms const& terms, LoadedSuppliers const& loaded)
{
    std::vector<domain::CriticalityAssessment> assessments;
    for (auto const& service : loaded.services_of(terms.services))
        assessments.push_back(domain::assess_criticality(service, loaded.classifications));
    return domain::supplier_criticality(assessments);
}

} // namespace bolwerk::app::supplier_detail
