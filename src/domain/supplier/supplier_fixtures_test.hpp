#pragma once

#include "domain/supplier/assurance.hpp"
#include "domain/supplier/contract.hpp"
#include "domain/supplier/delivered_service.hpp"
#include "domain/supplier/supplier.hpp"

#include <chrono>
#include <string>
#include <vector>

// Small builders shared by the supplier module's tests (test-only, not compiled into
// the library).
namespace bolwerk::domain::supplier_fixtures {

inline Date day(int year, unsigned month, unsigned day_of_month)
{
    return std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day_of_month};
}

inline Supplier make_supplier(std::int64_t id, std::string name)
{
    Supplier supplier;
    supplier.id = SupplierId(id);
    supplier.name = std::move(name);
    return supplier;
}

inline DeliveredService make_service(std::int64_t id, std::int64_t supplier, std::string name,
    std::vector<InformationSystemId> systems = {}, Dependency dependency = Dependency::Laag, bool cloud = false)
{
    DeliveredService service;
    service.id = DeliveredServiceId(id);
    service.supplier_id = SupplierId(supplier);
    service.name = std::move(name);
    service.systems = std::move(systems);
    service.dependency = dependency;
    service.cloud_service_provider = cloud;
    return service;
}

/// Terms that pass every check of the gate for `services` whose systems need at most
/// "hoog" on every aspect.
inline ContractTerms complete_terms(std::vector<DeliveredServiceId> services)
{
    ContractTerms terms;
    terms.reference = "INK-2026-001";
    terms.title = "Hosting zaaksysteem";
    terms.services = std::move(services);
    terms.starts_on = day(2026, 1, 1);
    terms.ends_on = day(2029, 12, 31);
    terms.notice_days = 90;
    terms.clauses = prefill_security_clauses({CiaLevel::Hoog, CiaLevel::Hoog, CiaLevel::Hoog});
    for (auto& clause : terms.clauses)
        clause.text = "Bijlage 3, artikel 2";
    terms.general_terms.handling = TermsHandling::Excluded;
    terms.duties = {true, true, true, true, true};
    terms.termination_triggers = {"Faillissement", "Overname door een partij buiten de EER"};
    terms.exit_strategy = ExitStrategy{"Overdracht aan opvolger", "Export in open formaat, daarna verwijderen", {}};
    terms.dependency_assessment
        = DependencyAssessment{RiskAnalysisId(7), DependencyDecision::Manageable, day(2025, 11, 1), "J. de Vries"};
    return terms;
}

inline Contract make_contract(std::int64_t id, std::int64_t supplier, std::vector<DeliveredServiceId> services,
    ContractStatus status = ContractStatus::Active)
{
    Contract contract;
    contract.id = ContractId(id);
    contract.supplier_id = SupplierId(supplier);
    contract.terms = complete_terms(std::move(services));
    contract.status = status;
    return contract;
}

inline AssuranceReport make_report(
    std::int64_t id, std::int64_t supplier, Date valid_until, AssuranceKind kind = AssuranceKind::Isae3402Type2)
{
    AssuranceReport report;
    report.id = AssuranceReportId(id);
    report.supplier_id = SupplierId(supplier);
    report.kind = kind;
    report.issuer = "Acme Cloud B.V.";
    report.auditor = "Audit & Co";
    report.period_start = valid_until - std::chrono::days{730};
    report.period_end = valid_until - std::chrono::days{365};
    report.scope_covers_services = true;
    report.opinion = AuditOpinion::Unqualified;
    report.valid_until = valid_until;
    report.aspects = default_aspects(kind);
    return report;
}

} // namespace bolwerk::domain::supplier_fixtures
