#include "app/supplier/supplier_json.hpp"
#include "app/supplier/supplier_service.hpp"
#include "app/use_case.hpp"
#include "store/supplier/assurance_report_repository.hpp"
#include "store/supplier/chain_repository.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::app {

Result<domain::ChainNode> SupplierService::add_chain_node(
    Actor const& actor, OrganisationId organisation, domain::ChainNode node)
{
    return run_use_case(m_database, m_clock, actor, Permission::SupplierWrite, organisation,
        [&](UseCase& use_case) -> Result<domain::ChainNode> {
            // BIO2 5.21.03: a requirement that does not bind a sub-supplier says why.
            TRY(domain::check_chain_node(node));
            auto stored
                = TRY(store::ChainRepository::insert_node(use_case.transaction(), organisation, node, use_case.now()));
            auto const after = chain_node_to_json(stored);
            TRY(use_case.audit(audit_change(organisation, "supplier_chain_node.create", "supplier_chain_node",
                stored.id.to_string(), nullptr, &after)));
            return stored;
        });
}

Result<domain::ChainDisclosure> SupplierService::record_chain_disclosure(
    Actor const& actor, OrganisationId organisation, domain::ChainDisclosure const& disclosure)
{
    return run_use_case(m_database, m_clock, actor, Permission::SupplierWrite, organisation,
        [&](UseCase& use_case) -> Result<domain::ChainDisclosure> {
            // BIO2 5.21.02: a judgement names who judged and when.
            TRY(domain::check_chain_disclosure(disclosure));
            TRY(store::ChainRepository::save_disclosure(use_case.transaction(), organisation, disclosure));
            auto const after = disclosure_to_json(disclosure);
            TRY(use_case.audit(audit_change(organisation, "supplier_chain_disclosure.save", "supplier_chain_disclosure",
                disclosure.service_id.to_string(), nullptr, &after)));
            return disclosure;
        });
}

Result<domain::AssuranceReport> SupplierService::add_assurance_report(
    Actor const& actor, OrganisationId organisation, domain::AssuranceReport report)
{
    return run_use_case(m_database, m_clock, actor, Permission::SupplierWrite, organisation,
        [&](UseCase& use_case) -> Result<domain::AssuranceReport> {
            if (report.aspects.empty())
                report.aspects = domain::default_aspects(report.kind);
            // BIO2 5.20.03: issuer, auditor, period, opinion and scope are all on record.
            TRY(domain::check_assurance_report(report));
            auto stored = TRY(
                store::AssuranceReportRepository::insert(use_case.transaction(), organisation, report, use_case.now()));
            auto const after = assurance_report_to_json(stored);
            TRY(use_case.audit(audit_change(organisation, "supplier_assurance_report.create",
                "supplier_assurance_report", stored.id.to_string(), nullptr, &after)));
            return stored;
        });
}

} // namespace bolwerk::app
