#include "web/supplier/contract_pages.hpp"

#include "app/authorisation.hpp"
#include "common/text.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/risk/risk_view_support.hpp"
#include "web/supplier/contract_form.hpp"
#include "web/supplier/supplier_form_support.hpp"
#include "web/supplier/supplier_view.hpp"

#include <array>

namespace bolwerk::web {

using namespace supplier_view;

namespace {

using Json = nlohmann::json;

constexpr std::array authorities{"proceseigenaar", "bestuurder"};

// What every contract page loads after the permission is checked.
struct ContractPlace {
    OrganisationId organisation{0};
    SupplierId supplier{0};
    ContractId contract{0};
};

Result<ContractPlace> contract_place(RequestContext& context, app::Permission permission)
{
    auto const organisation = TRY(organisation_parameter(context));
    SupplierId const supplier(TRY(risk_view::id_parameter(context, "supplier")));
    ContractId const contract(TRY(risk_view::id_parameter(context, "contract")));
    TRY(app::authorise(context.actor, permission, organisation));
    return ContractPlace{organisation, supplier, contract};
}

Json clause_rows(RequestContext const& context, std::vector<domain::SecurityClause> const& clauses)
{
    auto rows = Json::array();
    for (auto const& clause : clauses)
        rows.push_back({{"topic", label(context, "clause_topic_", domain::to_string(clause.topic))},
            {"level", clause.level ? label(context, "cia_", domain::to_string(*clause.level)) : "–"},
            {"text", clause.text.empty() ? context.text("contract_clause_empty") : clause.text},
            {"empty", clause.text.empty()}});
    return rows;
}

Json duty_rows(RequestContext const& context, domain::ContractDuties const& duties)
{
    auto rows = Json::array();
    for (auto const& [name, agreed] : contract_form::duty_flags(duties))
        rows.push_back({{"label", context.text("contract_duty_" + std::string(name))},
            {"agreed", context.text(agreed ? "supplier_yes" : "supplier_no")}});
    return rows;
}

// The contract page; `refusal` is the activation's refusal (the gate's items stay listed).
Response contract_page(RequestContext& context, ContractPlace const& place, app::SupplierContractView const& view,
    app::SupplierDetail const& detail, Error const* refusal, Json const& deviation_values)
{
    auto const& contract = view.contract;
    auto const& terms = contract.terms;
    auto services = Json::array();
    for (auto const& service : detail.services) {
        if (std::find(terms.services.begin(), terms.services.end(), service.service.id) != terms.services.end())
            services.push_back(service.service.name);
    }
    Json exit = nullptr;
    if (terms.exit_strategy)
        exit = {{"approach", terms.exit_strategy->approach}, {"data_return", terms.exit_strategy->data_return},
            {"checked", terms.exit_strategy->last_checked ? format_date(*terms.exit_strategy->last_checked) : "–"}};
    Json assessment = nullptr;
    if (terms.dependency_assessment)
        assessment = {{"analysis", terms.dependency_assessment->analysis.to_string()},
            {"decision", label(context, "decision_", domain::to_string(terms.dependency_assessment->decision))},
            {"on", format_date(terms.dependency_assessment->decided_on)},
            {"by", terms.dependency_assessment->decided_by}};
    Json deviation = nullptr;
    if (view.deviation) {
        std::string waived;
        for (auto const item : view.deviation->waived)
            waived += (waived.empty() ? "" : "; ") + label(context, "gate_", domain::to_string(item));
        deviation = {{"by", view.deviation->decided_by},
            {"authority", label(context, "authority_", domain::to_string(view.deviation->authority))},
            {"on", format_date(view.deviation->decided_on)}, {"reason", view.deviation->reason}, {"waived", waived}};
    }
    Json errors = Json::object();
    bool const is_concept = contract.status == domain::ContractStatus::Concept;
    Page page{.template_name = "supplier_contract",
        .title_key = "contract_title",
        .breadcrumbs = {{context.text("suppliers_title"), suppliers_path(place.organisation)},
            {detail.supplier.name, supplier_path(place.organisation, place.supplier)}},
        .current_navigation = "suppliers"};
    if (refusal && refusal->kind() == ErrorKind::Conflict && !view.gate.passed()) {
        page.status = 409;
        page.problem = context.text("contract_activation_refused");
    } else if (refusal) {
        show_field_error(context, page, errors, *refusal);
    }
    auto const query = parse_form(context.request.query);
    if (form_value(query, "geregistreerd"))
        page.notice = context.text("contract_registered");
    else if (form_value(query, "gewijzigd"))
        page.notice = context.text("contract_saved");
    else if (form_value(query, "geactiveerd"))
        page.notice = context.text("contract_activated");
    auto const can_write = risk_view::allowed(context, app::Permission::SupplierWrite, place.organisation);
    auto const can_deviate = risk_view::allowed(context, app::Permission::ContractDeviate, place.organisation);
    auto const base = contract_path(place.organisation, place.supplier, place.contract);
    page.data = {{"organisation_id", place.organisation.to_string()}, {"href", base},
        {"heading", terms.reference + " — " + terms.title},
        {"status", status_badge(context, "contract_state_", domain::to_string(contract.status))},
        {"services", services}, {"starts", format_date(terms.starts_on)},
        {"ends", terms.ends_on ? format_date(*terms.ends_on) : "–"}, {"notice_days", terms.notice_days},
        {"notice_deadline",
            domain::notice_deadline(terms) ? format_date(*domain::notice_deadline(terms)) : std::string("–")},
        {"clauses", clause_rows(context, terms.clauses)}, {"duties", duty_rows(context, terms.duties)},
        {"terms", label(context, "terms_", domain::to_string(terms.general_terms.handling))},
        {"triggers", terms.termination_triggers}, {"has_triggers", !terms.termination_triggers.empty()}, {"exit", exit},
        {"assessment", assessment}, {"deviation", deviation}, {"gate", gate_items(context, view.gate)},
        {"gate_passed", view.gate.passed()}, {"missing_count", view.gate.missing.size()}, {"concept", is_concept},
        {"refused", refusal != nullptr}, {"version", std::to_string(contract.version)},
        {"can_write", can_write && is_concept},
        {"can_edit", can_write && contract.status != domain::ContractStatus::Ended},
        {"can_deviate", can_deviate && is_concept && !view.gate.passed()}, {"errors", errors},
        {"values", deviation_values},
        {"authorities",
            risk_view::select_options(
                context, "authority_", deviation_values.value("authority", "proceseigenaar"), authorities)}};
    return render_page(context, std::move(page));
}

} // namespace

Result<Response> show_contract_form(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    SupplierId const supplier(TRY(risk_view::id_parameter(context, "supplier")));
    TRY(app::authorise(context.actor, app::Permission::SupplierWrite, organisation));
    auto const form = TRY(contract_form::load(context, organisation, supplier, std::nullopt));
    return contract_form::render(context, form, contract_form::new_values(), nullptr);
}

Result<Response> submit_contract(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    SupplierId const supplier(TRY(risk_view::id_parameter(context, "supplier")));
    TRY(app::authorise(context.actor, app::Permission::SupplierWrite, organisation));
    auto const form = TRY(contract_form::load(context, organisation, supplier, std::nullopt));
    auto const refused = [&](Error const& error) {
        return contract_form::render(context, form, contract_form::posted(context), &error);
    };
    auto const terms = contract_form::terms_from(context, std::nullopt);
    if (!terms)
        return refused(terms.error());
    auto const added = suppliers_of(context).add_contract(context.actor, organisation, supplier, *terms);
    if (!added && is_form_error(added.error()))
        return refused(added.error());
    if (!added)
        return added.error();
    return Response::redirect(contract_path(organisation, supplier, added->id) + "?geregistreerd=1");
}

Result<Response> show_contract(RequestContext& context)
{
    auto const place = TRY(contract_place(context, app::Permission::SupplierRead));
    auto& service = suppliers_of(context);
    auto const view = TRY(service.contract_gate(context.actor, place.organisation, place.contract));
    if (view.contract.supplier_id != place.supplier)
        return Error::not_found("contract " + place.contract.to_string() + " does not exist");
    auto const detail = TRY(service.supplier_detail(context.actor, place.organisation, place.supplier));
    return contract_page(context, place, view, detail, nullptr, Json::object());
}

Result<Response> show_contract_edit_form(RequestContext& context)
{
    auto const place = TRY(contract_place(context, app::Permission::SupplierWrite));
    auto const form = TRY(contract_form::load(context, place.organisation, place.supplier, place.contract));
    return contract_form::render(context, form, contract_form::stored(form.current->contract), nullptr);
}

Result<Response> submit_contract_edit(RequestContext& context)
{
    auto const place = TRY(contract_place(context, app::Permission::SupplierWrite));
    auto form = TRY(contract_form::load(context, place.organisation, place.supplier, place.contract));
    auto const version = TRY(posted_version(context));
    auto const refused = [&](Error const& error, bool stale) {
        return contract_form::render(context, form, contract_form::posted(context), &error, stale);
    };
    auto const terms = contract_form::terms_from(context, form.current->contract.terms);
    if (!terms)
        return refused(terms.error(), false);
    auto const updated
        = suppliers_of(context).update_contract(context.actor, place.organisation, place.contract, *terms, version);
    if (!updated && is_stale(updated.error()))
        return refused(updated.error(), true);
    if (!updated && is_form_error(updated.error()))
        return refused(updated.error(), false);
    if (!updated)
        return updated.error();
    return Response::redirect(contract_path(place.organisation, place.supplier, place.contract) + "?gewijzigd=1");
}

namespace {

// Activation with or without a deviation: on success back to the contract; refused, the
// contract page again with the gate's items listed and the deviation input kept.
Result<Response> activate(
    RequestContext& context, ContractPlace const& place, std::optional<app::GateDeviationRequest> const& deviation)
{
    auto& service = suppliers_of(context);
    auto const version = TRY(posted_version(context));
    auto const activated
        = service.activate_contract(context.actor, place.organisation, place.contract, version, deviation);
    if (activated)
        return Response::redirect(contract_path(place.organisation, place.supplier, place.contract) + "?geactiveerd=1");
    if (is_server_side(activated.error()) || activated.error().kind() == ErrorKind::NotFound)
        return activated.error();
    auto const view = TRY(service.contract_gate(context.actor, place.organisation, place.contract));
    auto const detail = TRY(service.supplier_detail(context.actor, place.organisation, place.supplier));
    return contract_page(context, place, view, detail, &activated.error(), risk_view::posted_values(context));
}

} // namespace

Result<Response> submit_activation(RequestContext& context)
{
    auto const place = TRY(contract_place(context, app::Permission::SupplierWrite));
    return activate(context, place, std::nullopt);
}

Result<Response> submit_deviation(RequestContext& context)
{
    auto const place = TRY(contract_place(context, app::Permission::ContractDeviate));
    auto const authority = domain::parse_acceptance_authority(context.field("authority"));
    return activate(context, place,
        app::GateDeviationRequest{std::string(trim(context.field("decided_by"))),
            authority ? *authority : domain::AcceptanceAuthority::ProcessOwner, context.field("reason")});
}

} // namespace bolwerk::web
