#include "app/supplier/supplier_json.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::app {

namespace {

using nlohmann::json;

json optional_date(std::optional<Date> const& date) { return date ? json(format_date(*date)) : json(nullptr); }

template <typename Ids>
json ids_to_json(Ids const& ids)
{
    auto array = json::array();
    for (auto const& id : ids)
        array.push_back(id.value());
    return array;
}

json contacts_to_json(std::vector<domain::SupplierContact> const& contacts)
{
    auto array = json::array();
    for (auto const& contact : contacts)
        array.push_back(
            {{"name", contact.name}, {"role", contact.role}, {"email", contact.email}, {"phone", contact.phone}});
    return array;
}

json clauses_to_json(std::vector<domain::SecurityClause> const& clauses)
{
    auto array = json::array();
    for (auto const& clause : clauses)
        array.push_back({{"topic", domain::to_string(clause.topic)},
            {"level", clause.level ? json(domain::to_string(*clause.level)) : json(nullptr)}, {"text", clause.text}});
    return array;
}

} // namespace

json supplier_to_json(domain::Supplier const& supplier)
{
    return {{"id", supplier.id.value()}, {"name", supplier.name},
        {"kvk_number", supplier.kvk_number ? json(supplier.kvk_number->value()) : json(nullptr)},
        {"country", supplier.country.value()}, {"contacts", contacts_to_json(supplier.contacts)},
        {"notes", supplier.notes}, {"version", supplier.version}};
}

json service_to_json(domain::DeliveredService const& service)
{
    auto locations = json::array();
    for (auto const& location : service.data_locations)
        locations.push_back(location.value());
    return {{"id", service.id.value()}, {"supplier_id", service.supplier_id.value()}, {"name", service.name},
        {"description", service.description}, {"systems", ids_to_json(service.systems)},
        {"personal_data", service.personal_data}, {"data_locations", locations},
        {"dependency", domain::to_string(service.dependency)},
        {"cloud_service_provider", service.cloud_service_provider}, {"version", service.version}};
}

json contract_to_json(domain::Contract const& contract)
{
    auto const& terms = contract.terms;
    auto consequences = json::array();
    for (auto const& consequence : terms.general_terms.consequences)
        consequences.push_back({{"description", consequence.description},
            {"disposition", domain::to_string(consequence.disposition)}, {"note", consequence.note}});
    json exit = nullptr;
    if (terms.exit_strategy)
        exit = {{"approach", terms.exit_strategy->approach}, {"data_return", terms.exit_strategy->data_return},
            {"last_checked", optional_date(terms.exit_strategy->last_checked)}};
    json assessment = nullptr;
    if (terms.dependency_assessment)
        assessment = {{"analysis_id", terms.dependency_assessment->analysis.value()},
            {"decision", domain::to_string(terms.dependency_assessment->decision)},
            {"decided_on", format_date(terms.dependency_assessment->decided_on)},
            {"decided_by", terms.dependency_assessment->decided_by}};
    auto const& duties = terms.duties;
    return {{"id", contract.id.value()}, {"supplier_id", contract.supplier_id.value()}, {"reference", terms.reference},
        {"title", terms.title}, {"status", domain::to_string(contract.status)},
        {"services", ids_to_json(terms.services)}, {"starts_on", format_date(terms.starts_on)},
        {"ends_on", optional_date(terms.ends_on)}, {"notice_days", terms.notice_days},
        {"notice_deadline", optional_date(domain::notice_deadline(terms))}, {"clauses", clauses_to_json(terms.clauses)},
        {"general_terms",
            {{"handling", domain::to_string(terms.general_terms.handling)}, {"consequences", consequences}}},
        {"duties",
            {{"reports_vulnerabilities_and_incidents", duties.reports_vulnerabilities_and_incidents},
                {"right_to_audit", duties.right_to_audit},
                {"yearly_independent_assurance", duties.yearly_independent_assurance},
                {"requirements_flow_down", duties.requirements_flow_down},
                {"reports_chain_changes", duties.reports_chain_changes}}},
        {"termination_triggers", terms.termination_triggers}, {"exit_strategy", exit},
        {"dependency_assessment", assessment}, {"version", contract.version}};
}

json gate_to_json(domain::GateResult const& gate)
{
    auto missing = json::array();
    for (auto const& finding : gate.missing)
        missing.push_back({{"item", domain::to_string(finding.item)},
            {"measure", domain::gate_item_measure(finding.item)}, {"subject", finding.subject},
            {"level", finding.level ? json(domain::to_string(*finding.level)) : json(nullptr)},
            {"description", domain::describe(finding)}});
    return {{"passed", gate.passed()}, {"missing", missing}};
}

json deviation_to_json(domain::GateDeviation const& deviation)
{
    auto waived = json::array();
    for (auto const item : deviation.waived)
        waived.push_back(domain::to_string(item));
    return {{"decided_by", deviation.decided_by}, {"authority", domain::to_string(deviation.authority)},
        {"decided_on", format_date(deviation.decided_on)}, {"reason", deviation.reason}, {"waived", waived}};
}

json chain_node_to_json(domain::ChainNode const& node)
{
    auto requirements = json::array();
    for (auto const& requirement : node.requirements)
        requirements.push_back({{"requirement", requirement.requirement}, {"applies", requirement.applies},
            {"reason", requirement.reason}});
    return {{"id", node.id.value()}, {"service_id", node.service_id.value()},
        {"parent_id", node.parent ? json(node.parent->value()) : json(nullptr)}, {"name", node.name},
        {"kvk_number", node.kvk_number ? json(node.kvk_number->value()) : json(nullptr)},
        {"country", node.country ? json(node.country->value()) : json(nullptr)}, {"provides", node.provides},
        {"cloud_service_provider", node.cloud_service_provider}, {"requirements", requirements}};
}

json disclosure_to_json(domain::ChainDisclosure const& disclosure)
{
    return {{"service_id", disclosure.service_id.value()}, {"disclosed_on", optional_date(disclosure.disclosed_on)},
        {"risks", disclosure.risks}, {"judgement", domain::to_string(disclosure.judgement)},
        {"judged_by", disclosure.judged_by}, {"judged_on", optional_date(disclosure.judged_on)}};
}

json assurance_report_to_json(domain::AssuranceReport const& report)
{
    auto aspects = json::array();
    for (auto const aspect : report.aspects)
        aspects.push_back(domain::to_string(aspect));
    json bridge = nullptr;
    if (report.bridge_letter)
        bridge = {{"issued_on", format_date(report.bridge_letter->issued_on)},
            {"covers_until", format_date(report.bridge_letter->covers_until)}};
    return {{"id", report.id.value()}, {"supplier_id", report.supplier_id.value()},
        {"services", ids_to_json(report.services)}, {"kind", domain::to_string(report.kind)}, {"issuer", report.issuer},
        {"auditor", report.auditor}, {"period_start", format_date(report.period_start)},
        {"period_end", format_date(report.period_end)}, {"scope_covers_services", report.scope_covers_services},
        {"scope_note", report.scope_note},
        {"opinion", report.opinion ? json(domain::to_string(*report.opinion)) : json(nullptr)},
        {"exceptions", report.exceptions}, {"bridge_letter", bridge}, {"valid_until", format_date(report.valid_until)},
        {"effective_valid_until", format_date(domain::effective_valid_until(report))}, {"aspects", aspects},
        {"evidence_id", report.evidence ? json(report.evidence->value()) : json(nullptr)}};
}

json register_entry_to_json(domain::RegisterEntry const& entry)
{
    auto services = json::array();
    for (auto const& service : entry.services)
        services.push_back({{"id", service.id.value()}, {"name", service.name},
            {"criticality", domain::to_string(service.criticality)},
            {"dependency", domain::to_string(service.dependency)},
            {"cloud_service_provider", service.cloud_service_provider}, {"personal_data", service.personal_data},
            {"data_outside_eea", service.data_outside_eea}, {"data_locations", service.data_locations},
            {"systems", ids_to_json(service.systems)}});
    auto contracts = json::array();
    for (auto const& contract : entry.contracts)
        contracts.push_back({{"id", contract.id.value()}, {"reference", contract.reference}, {"title", contract.title},
            {"status", domain::to_string(contract.status)}, {"starts_on", format_date(contract.starts_on)},
            {"ends_on", optional_date(contract.ends_on)}, {"notice_deadline", optional_date(contract.notice_deadline)},
            {"exit_strategy", contract.exit_strategy}, {"exit_checked", optional_date(contract.exit_checked)}});
    return {{"id", entry.id.value()}, {"name", entry.name}, {"kvk_number", entry.kvk_number},
        {"country", entry.country}, {"contacts", contacts_to_json(entry.contacts)},
        {"criticality", domain::to_string(entry.criticality)}, {"services", services}, {"contracts", contracts},
        {"assurance_required", entry.assurance_required}, {"assurance", domain::to_string(entry.assurance)},
        {"assurance_valid_until", optional_date(entry.assurance_valid_until)},
        {"assurance_kind", entry.assurance_kind ? json(domain::to_string(*entry.assurance_kind)) : json(nullptr)},
        {"last_review", optional_date(entry.last_review)}, {"next_review_due", format_date(entry.next_review_due)}};
}

json supplier_detail_to_json(SupplierDetail const& detail)
{
    auto result = register_entry_to_json(detail.entry);
    result["notes"] = detail.supplier.notes;
    result["version"] = detail.supplier.version;
    auto services = json::array();
    for (auto const& view : detail.services) {
        auto service = service_to_json(view.service);
        service["criticality"] = domain::to_string(view.criticality.level);
        auto chain = json::array();
        for (std::size_t i = 0; i < view.chain.size(); ++i) {
            auto node = chain_node_to_json(view.chain[i]);
            node["depth"] = view.depths[i];
            chain.push_back(std::move(node));
        }
        service["chain"] = chain;
        service["disclosure"] = view.disclosure ? disclosure_to_json(*view.disclosure) : json(nullptr);
        services.push_back(std::move(service));
    }
    result["services"] = services;
    auto contracts = json::array();
    for (auto const& view : detail.contracts) {
        auto contract = contract_to_json(view.contract);
        contract["gate"] = gate_to_json(view.gate);
        contract["deviation"] = view.deviation ? deviation_to_json(*view.deviation) : json(nullptr);
        contracts.push_back(std::move(contract));
    }
    result["contracts"] = contracts;
    auto reports = json::array();
    for (auto const& report : detail.reports)
        reports.push_back(assurance_report_to_json(report));
    result["assurance_reports"] = reports;
    return result;
}

json concentration_to_json(domain::ConcentrationEntry const& entry)
{
    return {{"key", entry.key}, {"name", entry.name}, {"direct_supplier", entry.direct_supplier},
        {"cloud_service_provider", entry.cloud_service_provider}, {"services", ids_to_json(entry.services)},
        {"suppliers", ids_to_json(entry.suppliers)}};
}

json supplier_task_to_json(domain::SupplierTask const& task)
{
    return {{"kind", domain::to_string(task.kind)}, {"supplier_id", task.supplier.value()},
        {"contract_id", task.contract ? json(task.contract->value()) : json(nullptr)}, {"subject", task.subject},
        {"due", format_date(task.due)}};
}

} // namespace bolwerk::app
