#include "app/supplier/supplier_json.hpp"
#include "app/supplier/supplier_service.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "common/json_text.hpp"
#include "common/text.hpp"
#include "store/database.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

// `bolwerk supplier …` (issue #14): the supplier register, services with their linked
// systems, contracts and the pre-contract gate, from the command line.
namespace bolwerk::cli {

namespace {

Result<OrganisationId> organisation_of(Arguments const& arguments)
{
    return OrganisationId(TRY(parse_id_argument(TRY(arguments.required_flag("--org")), "organisation id")));
}

template <typename Id>
Result<std::vector<Id>> id_list(Arguments const& arguments, std::string_view flag, std::string_view what)
{
    std::vector<Id> ids;
    if (auto const text = arguments.flag(flag)) {
        for (auto const part : split(*text, ','))
            ids.emplace_back(TRY(parse_id_argument(std::string(trim(part)), what)));
    }
    return ids;
}

Result<Date> date_flag(Arguments const& arguments, std::string_view flag, std::string const& field)
{
    auto const parsed = parse_date(TRY(arguments.required_flag(flag)));
    if (!parsed)
        return parsed.error().with_field(field);
    return *parsed;
}

void print_json(CommandContext& context, nlohmann::json const& value)
{
    context.out() << json_text(value, JsonLayout::Indented) << '\n';
}

Result<domain::SupplierInput> supplier_input(Arguments const& arguments)
{
    domain::SupplierInput input;
    input.name = TRY(arguments.required_flag("--name"));
    input.kvk_number = arguments.flag("--kvk").value_or("");
    input.country = arguments.flag("--country").value_or("NL");
    input.notes = arguments.flag("--notes").value_or("");
    if (auto const email = arguments.flag("--contact-email"))
        input.contacts.push_back({arguments.flag("--contact-name").value_or(""),
            arguments.flag("--contact-role").value_or(""), *email, arguments.flag("--contact-phone").value_or("")});
    return input;
}

// The contract's terms from flags: every part the gate looks at can be given.
Result<domain::ContractTerms> contract_terms(Arguments const& arguments)
{
    domain::ContractTerms terms;
    terms.reference = TRY(arguments.required_flag("--reference"));
    terms.title = TRY(arguments.required_flag("--title"));
    terms.services = TRY(id_list<DeliveredServiceId>(arguments, "--services", "service id"));
    terms.starts_on = TRY(date_flag(arguments, "--starts", "starts_on"));
    if (arguments.flag("--ends"))
        terms.ends_on = TRY(date_flag(arguments, "--ends", "ends_on"));
    if (auto const notice = arguments.flag("--notice-days"))
        terms.notice_days = static_cast<int>(TRY(parse_id_argument(*notice, "notice days")));
    for (auto const& clause : arguments.flags("--clause")) {
        // "vertrouwelijkheid=hoog:Bijlage 3" or "overig:text"
        auto const colon = clause.find(':');
        if (colon == std::string::npos)
            return usage_error("--clause takes TOPIC[=LEVEL]:TEXT, e.g. vertrouwelijkheid=hoog:Bijlage 3");
        auto const head = clause.substr(0, colon);
        auto const equals = head.find('=');
        domain::SecurityClause parsed;
        parsed.topic = TRY(domain::parse_clause_topic(head.substr(0, equals)));
        if (equals != std::string::npos)
            parsed.level = TRY(domain::parse_cia_level(head.substr(equals + 1), "clauses.level"));
        parsed.text = clause.substr(colon + 1);
        terms.clauses.push_back(std::move(parsed));
    }
    if (arguments.has_switch("--terms-excluded"))
        terms.general_terms.handling = domain::TermsHandling::Excluded;
    if (arguments.has_switch("--all-duties"))
        terms.duties = {true, true, true, true, true};
    terms.termination_triggers = arguments.flags("--trigger");
    if (auto const approach = arguments.flag("--exit-approach"))
        terms.exit_strategy = domain::ExitStrategy{*approach, arguments.flag("--exit-data-return").value_or(""), {}};
    if (auto const analysis = arguments.flag("--assessment")) {
        terms.dependency_assessment
            = domain::DependencyAssessment{RiskAnalysisId(TRY(parse_id_argument(*analysis, "risk analysis id"))),
                TRY(domain::parse_dependency_decision(arguments.flag("--decision").value_or("beheersbaar"))),
                TRY(date_flag(arguments, "--decided-on", "dependency_assessment.decided_on")),
                TRY(arguments.required_flag("--decided-by"))};
    }
    return terms;
}

void print_entry(CommandContext& context, domain::RegisterEntry const& entry)
{
    context.out() << entry.id.value() << "  " << entry.name << "  criticality " << domain::to_string(entry.criticality)
                  << "  assurance " << domain::to_string(entry.assurance) << "  services " << entry.services.size()
                  << "  contracts " << entry.contracts.size() << '\n';
}

} // namespace

Result<void> run_supplier_list(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org"}, 0));
    auto const organisation = TRY(organisation_of(arguments));
    auto* database = TRY(context.database());
    app::SupplierService service(*database, context.clock());
    auto const entries = TRY(service.supplier_register(context.actor(), organisation));
    if (context.options().json) {
        auto list = nlohmann::json::array();
        for (auto const& entry : entries)
            list.push_back(app::register_entry_to_json(entry));
        print_json(context, list);
        return ok();
    }
    if (entries.empty())
        context.out() << "no suppliers registered yet; add one with 'bolwerk supplier add'\n";
    for (auto const& entry : entries)
        print_entry(context, entry);
    return ok();
}

Result<void> run_supplier_show(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org"}, 1));
    auto const organisation = TRY(organisation_of(arguments));
    SupplierId const id(TRY(parse_id_argument(arguments.positional(0), "supplier id")));
    auto* database = TRY(context.database());
    app::SupplierService service(*database, context.clock());
    auto const detail = TRY(service.supplier_detail(context.actor(), organisation, id));
    if (context.options().json) {
        print_json(context, app::supplier_detail_to_json(detail));
        return ok();
    }
    print_entry(context, detail.entry);
    for (auto const& view : detail.services)
        context.out() << "  service " << view.service.id.value() << "  " << view.service.name << "  criticality "
                      << domain::to_string(view.criticality.level) << "  sub-suppliers " << view.chain.size() << '\n';
    for (auto const& view : detail.contracts) {
        context.out() << "  contract " << view.contract.id.value() << "  " << view.contract.terms.reference << "  "
                      << domain::to_string(view.contract.status) << '\n';
        for (auto const& finding : view.gate.missing)
            context.out() << "    missing: " << domain::describe(finding) << '\n';
    }
    return ok();
}

Result<void> run_supplier_add(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(),
        {"--org", "--name", "--kvk", "--country", "--notes", "--contact-name", "--contact-email", "--contact-role",
            "--contact-phone"},
        0));
    auto const organisation = TRY(organisation_of(arguments));
    auto const input = TRY(supplier_input(arguments));
    auto* database = TRY(context.database());
    app::SupplierService service(*database, context.clock());
    auto const supplier = TRY(service.register_supplier(context.actor(), organisation, input));
    if (context.options().json)
        print_json(context, app::supplier_to_json(supplier));
    else
        context.out() << "registered supplier " << supplier.id.value() << " '" << supplier.name << "'\n";
    return ok();
}

Result<void> run_supplier_service_add(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(),
        {"--org", "--supplier", "--name", "--description", "--systems", "--data-locations", "--dependency"}, 0,
        {"--personal-data", "--cloud"}));
    auto const organisation = TRY(organisation_of(arguments));
    SupplierId const supplier(TRY(parse_id_argument(TRY(arguments.required_flag("--supplier")), "supplier id")));
    domain::DeliveredServiceDraft raw;
    raw.name = TRY(arguments.required_flag("--name"));
    raw.description = arguments.flag("--description").value_or("");
    raw.systems = TRY(id_list<InformationSystemId>(arguments, "--systems", "system id"));
    raw.personal_data = arguments.has_switch("--personal-data");
    raw.cloud_service_provider = arguments.has_switch("--cloud");
    raw.dependency = TRY(domain::parse_dependency(arguments.flag("--dependency").value_or("laag")));
    if (auto const locations = arguments.flag("--data-locations")) {
        for (auto const part : split(*locations, ','))
            raw.data_locations.push_back(TRY(domain::CountryCode::parse(part, "data_locations")));
    }
    auto* database = TRY(context.database());
    app::SupplierService service(*database, context.clock());
    auto const added = TRY(service.add_service(context.actor(), organisation, supplier, raw));
    if (context.options().json)
        print_json(context, app::service_to_json(added));
    else
        context.out() << "added service " << added.id.value() << " '" << added.name << "'\n";
    return ok();
}

Result<void> run_supplier_contract_add(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(),
        {"--org", "--supplier", "--reference", "--title", "--services", "--starts", "--ends", "--notice-days",
            "--clause", "--trigger", "--exit-approach", "--exit-data-return", "--assessment", "--decision",
            "--decided-on", "--decided-by"},
        0, {"--terms-excluded", "--all-duties"}));
    auto const organisation = TRY(organisation_of(arguments));
    SupplierId const supplier(TRY(parse_id_argument(TRY(arguments.required_flag("--supplier")), "supplier id")));
    auto const terms = TRY(contract_terms(arguments));
    auto* database = TRY(context.database());
    app::SupplierService service(*database, context.clock());
    auto const contract = TRY(service.add_contract(context.actor(), organisation, supplier, terms));
    auto const gate = TRY(service.contract_gate(context.actor(), organisation, contract.id));
    if (context.options().json) {
        auto result = app::contract_to_json(contract);
        result["gate"] = app::gate_to_json(gate.gate);
        print_json(context, result);
        return ok();
    }
    context.out() << "added contract " << contract.id.value() << " '" << contract.terms.reference << "' (concept)\n";
    for (auto const& finding : gate.gate.missing)
        context.out() << "  still missing before activation: " << domain::describe(finding) << '\n';
    return ok();
}

Result<void> run_supplier_contract_activate(CommandContext& context)
{
    auto const arguments
        = TRY(Arguments::parse(context.arguments(), {"--org", "--deviation-by", "--authority", "--reason"}, 1));
    auto const organisation = TRY(organisation_of(arguments));
    ContractId const id(TRY(parse_id_argument(arguments.positional(0), "contract id")));
    std::optional<app::GateDeviationRequest> deviation;
    if (auto const by = arguments.flag("--deviation-by"))
        deviation = app::GateDeviationRequest{*by,
            TRY(domain::parse_acceptance_authority(TRY(arguments.required_flag("--authority")))),
            TRY(arguments.required_flag("--reason"))};
    auto* database = TRY(context.database());
    app::SupplierService service(*database, context.clock());
    auto const current = TRY(service.contract_gate(context.actor(), organisation, id));
    auto const contract
        = TRY(service.activate_contract(context.actor(), organisation, id, current.contract.version, deviation));
    if (context.options().json)
        print_json(context, app::contract_to_json(contract));
    else
        context.out() << "contract " << contract.id.value() << " '" << contract.terms.reference << "' is now "
                      << domain::to_string(contract.status) << (deviation ? " (by recorded deviation)" : "") << '\n';
    return ok();
}

Result<void> run_supplier_disclosure(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(),
        {"--org", "--service", "--disclosed-on", "--risks", "--judgement", "--by", "--judged-on"}, 0));
    auto const organisation = TRY(organisation_of(arguments));
    domain::ChainDisclosure disclosure;
    disclosure.service_id
        = DeliveredServiceId(TRY(parse_id_argument(TRY(arguments.required_flag("--service")), "service id")));
    disclosure.disclosed_on = TRY(date_flag(arguments, "--disclosed-on", "disclosed_on"));
    disclosure.risks = arguments.flag("--risks").value_or("");
    disclosure.judgement
        = TRY(domain::parse_chain_judgement(arguments.flag("--judgement").value_or("niet_beoordeeld")));
    disclosure.judged_by = arguments.flag("--by").value_or("");
    if (arguments.flag("--judged-on"))
        disclosure.judged_on = TRY(date_flag(arguments, "--judged-on", "judged_on"));
    auto* database = TRY(context.database());
    app::SupplierService service(*database, context.clock());
    auto const saved = TRY(service.record_chain_disclosure(context.actor(), organisation, disclosure));
    if (context.options().json)
        print_json(context, app::disclosure_to_json(saved));
    else
        context.out() << "recorded the chain of service " << saved.service_id.value() << " as "
                      << domain::to_string(saved.judgement) << '\n';
    return ok();
}

Result<void> run_supplier_concentration(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org"}, 0));
    auto const organisation = TRY(organisation_of(arguments));
    auto* database = TRY(context.database());
    app::SupplierService service(*database, context.clock());
    auto const entries = TRY(service.concentration(context.actor(), organisation));
    if (context.options().json) {
        auto list = nlohmann::json::array();
        for (auto const& entry : entries)
            list.push_back(app::concentration_to_json(entry));
        print_json(context, list);
        return ok();
    }
    if (entries.empty())
        context.out() << "no party stands behind more than one service\n";
    for (auto const& entry : entries)
        context.out() << entry.name << "  services " << entry.services.size() << "  suppliers "
                      << entry.suppliers.size() << (entry.cloud_service_provider ? "  cloud" : "") << '\n';
    return ok();
}

} // namespace bolwerk::cli
