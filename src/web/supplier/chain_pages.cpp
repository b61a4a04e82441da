#include "web/supplier/chain_pages.hpp"

#include "app/authorisation.hpp"
#include "common/integer_text.hpp"
#include "common/text.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/risk/risk_view_support.hpp"
#include "web/supplier/supplier_form_support.hpp"
#include "web/supplier/supplier_view.hpp"

#include <array>

namespace bolwerk::web {

using namespace supplier_view;

namespace {

using Json = nlohmann::json;

constexpr std::array judgements{"niet_beoordeeld", "acceptabel", "niet_acceptabel"};
constexpr std::array assurance_kinds{
    "isae3402_type1", "isae3402_type2", "soc2_type1", "soc2_type2", "iso27001", "tpm", "pentest"};
constexpr std::array opinions{"goedkeurend", "met_beperking", "afkeurend"};

struct ServicePlace {
    OrganisationId organisation{0};
    app::SupplierDetail detail;
    app::SupplierServiceView const* service = nullptr;
};

Result<ServicePlace> service_place(RequestContext& context, app::Permission permission)
{
    auto const organisation = TRY(organisation_parameter(context));
    SupplierId const supplier(TRY(risk_view::id_parameter(context, "supplier")));
    DeliveredServiceId const service(TRY(risk_view::id_parameter(context, "service")));
    TRY(app::authorise(context.actor, permission, organisation));
    ServicePlace place{organisation, TRY(suppliers_of(context).supplier_detail(context.actor, organisation, supplier))};
    for (auto const& view : place.detail.services) {
        if (view.service.id == service)
            place.service = &view;
    }
    if (!place.service)
        return Error::not_found("service " + service.to_string() + " does not exist");
    return place;
}

std::string chain_href(ServicePlace const& place)
{
    return supplier_path(place.organisation, place.detail.supplier.id) + "/diensten/"
        + place.service->service.id.to_string() + "/keten";
}

Result<std::optional<Date>> date_field(RequestContext& context, std::string const& name)
{
    auto const text = std::string(trim(context.field(name)));
    if (text.empty())
        return std::optional<Date>();
    auto const date = parse_date(text);
    if (!date)
        return Error::invalid("enter a date as YYYY-MM-DD", {.field = name});
    return std::optional(*date);
}

Response chain_page(
    RequestContext& context, ServicePlace const& place, Json const& values, Error const* error, std::string_view form)
{
    auto const& view = *place.service;
    Json errors = Json::object();
    Page page{.template_name = "supplier_chain",
        .title_key = "chain_title",
        .breadcrumbs = {{context.text("suppliers_title"), suppliers_path(place.organisation)},
            {place.detail.supplier.name, supplier_path(place.organisation, place.detail.supplier.id)}},
        .current_navigation = "suppliers"};
    if (error)
        show_field_error(context, page, errors, *error);
    auto rows = Json::array();
    auto parents = Json::array();
    parents.push_back({{"value", ""}, {"label", context.text("chain_parent_none")}, {"selected", true}});
    for (std::size_t i = 0; i < view.chain.size(); ++i) {
        auto const& node = view.chain[i];
        std::string requirements;
        for (auto const& requirement : node.requirements)
            requirements += (requirements.empty() ? "" : "; ") + requirement.requirement
                + (requirement.applies ? "" : " – " + context.text("chain_not_applicable") + ": " + requirement.reason);
        std::string parent = "–";
        for (auto const& candidate : view.chain) {
            if (node.parent && candidate.id == *node.parent)
                parent = candidate.name;
        }
        rows.push_back({{"name", node.name}, {"depth", view.depths[i]}, {"parent", parent},
            {"provides", node.provides.empty() ? std::string("–") : node.provides},
            {"country", node.country ? node.country->value() : std::string("–")},
            {"cloud", context.text(node.cloud_service_provider ? "supplier_yes" : "supplier_no")},
            {"requirements", requirements.empty() ? std::string("–") : requirements}});
        parents.push_back({{"value", node.id.to_string()}, {"label", node.name},
            {"selected", values.value("parent", "") == node.id.to_string()}});
    }
    Json disclosure = nullptr;
    if (view.disclosure)
        disclosure = {{"on", view.disclosure->disclosed_on ? format_date(*view.disclosure->disclosed_on) : "–"},
            {"judgement", label(context, "judgement_", domain::to_string(view.disclosure->judgement))},
            {"by", view.disclosure->judged_by}, {"risks", view.disclosure->risks}};
    auto const judgement = values.value(
        "judgement", view.disclosure ? std::string(domain::to_string(view.disclosure->judgement)) : "niet_beoordeeld");
    page.data = {{"organisation_id", place.organisation.to_string()}, {"href", chain_href(place)},
        {"heading", view.service.name}, {"rows", rows}, {"has_rows", !rows.empty()}, {"parents", parents},
        {"disclosure", disclosure}, {"node_errors", form == "node" ? errors : Json::object()},
        {"disclosure_errors", form == "disclosure" ? errors : Json::object()},
        {"node_values", form == "node" ? values : Json::object()},
        {"disclosure_values", form == "disclosure" ? values : Json::object()},
        {"judgements", risk_view::select_options(context, "judgement_", judgement, judgements)},
        {"can_write", risk_view::allowed(context, app::Permission::SupplierWrite, place.organisation)}};
    return render_page(context, std::move(page));
}

Result<domain::ChainNode> node_from(RequestContext& context, DeliveredServiceId service)
{
    domain::ChainNode node;
    node.service_id = service;
    node.name = std::string(trim(context.field("name")));
    node.provides = std::string(trim(context.field("provides")));
    node.cloud_service_provider = !context.field("cloud_service_provider").empty();
    if (auto const parent = parse_integer(context.field("parent")).value_or(0); parent > 0)
        node.parent = ChainNodeId(parent);
    if (auto const country = std::string(trim(context.field("country"))); !country.empty())
        node.country = TRY(domain::CountryCode::parse(country));
    if (auto const kvk = std::string(trim(context.field("kvk_number"))); !kvk.empty()) {
        auto const parsed = domain::KvkNumber::parse(kvk);
        if (!parsed)
            return parsed.error().with_field("kvk_number");
        node.kvk_number = *parsed;
    }
    return node;
}

} // namespace

Result<Response> show_chain(RequestContext& context)
{
    auto const place = TRY(service_place(context, app::Permission::SupplierRead));
    return chain_page(context, place, Json::object(), nullptr, "");
}

Result<Response> submit_chain_node(RequestContext& context)
{
    auto const place = TRY(service_place(context, app::Permission::SupplierWrite));
    auto const node = node_from(context, place.service->service.id);
    auto const refused = [&](Error const& error) {
        return chain_page(context, place, risk_view::posted_values(context), &error, "node");
    };
    if (!node)
        return refused(node.error());
    auto const added = suppliers_of(context).add_chain_node(context.actor, place.organisation, *node);
    if (!added && is_form_error(added.error()))
        return refused(added.error());
    if (!added)
        return added.error();
    return Response::redirect(chain_href(place) + "?toegevoegd=1");
}

Result<Response> submit_chain_disclosure(RequestContext& context)
{
    auto const place = TRY(service_place(context, app::Permission::SupplierWrite));
    auto const refused = [&](Error const& error) {
        return chain_page(context, place, risk_view::posted_values(context), &error, "disclosure");
    };
    domain::ChainDisclosure disclosure;
    disclosure.service_id = place.service->service.id;
    disclosure.risks = context.field("risks");
    disclosure.judged_by = std::string(trim(context.field("judged_by")));
    auto const disclosed_on = date_field(context, "disclosed_on");
    auto const judged_on = date_field(context, "judged_on");
    auto const judgement = domain::parse_chain_judgement(context.field("judgement"));
    if (!disclosed_on)
        return refused(disclosed_on.error());
    if (!*disclosed_on)
        return refused(Error::invalid("enter when the supplier disclosed the chain", {.field = "disclosed_on"}));
    if (!judged_on)
        return refused(judged_on.error());
    if (!judgement)
        return refused(judgement.error().with_field("judgement"));
    disclosure.disclosed_on = *disclosed_on;
    disclosure.judged_on = *judged_on;
    disclosure.judgement = *judgement;
    auto const saved = suppliers_of(context).record_chain_disclosure(context.actor, place.organisation, disclosure);
    if (!saved && is_form_error(saved.error()))
        return refused(saved.error());
    if (!saved)
        return saved.error();
    return Response::redirect(chain_href(place) + "?vastgelegd=1");
}

namespace {

Response assurance_page(RequestContext& context, OrganisationId organisation, app::SupplierDetail const& detail,
    Json const& values, Error const* error)
{
    Json errors = Json::object();
    auto const base = supplier_path(organisation, detail.supplier.id);
    Page page{.template_name = "supplier_assurance_form",
        .title_key = "assurance_form_title",
        .breadcrumbs = {{context.text("suppliers_title"), suppliers_path(organisation)}, {detail.supplier.name, base}},
        .current_navigation = "suppliers"};
    if (error)
        show_field_error(context, page, errors, *error);
    auto opinion_options = risk_view::select_options(context, "opinion_", values.value("opinion", ""), opinions);
    opinion_options.insert(opinion_options.begin(),
        {{"value", ""}, {"label", context.text("assurance_no_opinion")},
            {"selected", values.value("opinion", "").empty()}});
    page.data = {{"organisation_id", organisation.to_string()}, {"values", values}, {"errors", errors},
        {"kinds",
            risk_view::select_options(
                context, "assurance_kind_", values.value("kind", "isae3402_type2"), assurance_kinds)},
        {"opinions", opinion_options}, {"action", base + "/assurance"}, {"cancel", base},
        {"heading", detail.supplier.name}};
    return render_page(context, std::move(page));
}

Result<domain::AssuranceReport> report_from(RequestContext& context, SupplierId supplier)
{
    domain::AssuranceReport report;
    report.supplier_id = supplier;
    report.kind = TRY(domain::parse_assurance_kind(context.field("kind")));
    report.issuer = std::string(trim(context.field("issuer")));
    report.auditor = std::string(trim(context.field("auditor")));
    for (auto const& [field, target] : {std::pair{"period_start", &report.period_start},
             std::pair{"period_end", &report.period_end}, std::pair{"valid_until", &report.valid_until}}) {
        auto const date = TRY(date_field(context, field));
        if (!date)
            return Error::invalid("enter a date as YYYY-MM-DD", {.field = field});
        *target = *date;
    }
    report.scope_covers_services = context.field("scope_covers_services") == "1";
    report.scope_note = context.field("scope_note");
    if (auto const opinion = context.field("opinion"); !opinion.empty())
        report.opinion = TRY(domain::parse_audit_opinion(opinion));
    auto const exceptions = context.field("exceptions"); // split() views into it
    for (auto const part : split(exceptions, '\n')) {
        if (!trim(part).empty())
            report.exceptions.emplace_back(trim(part));
    }
    return report;
}

} // namespace

Result<Response> show_assurance_form(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    SupplierId const supplier(TRY(risk_view::id_parameter(context, "supplier")));
    TRY(app::authorise(context.actor, app::Permission::SupplierWrite, organisation));
    auto const detail = TRY(suppliers_of(context).supplier_detail(context.actor, organisation, supplier));
    return assurance_page(
        context, organisation, detail, {{"kind", "isae3402_type2"}, {"scope_covers_services", "1"}}, nullptr);
}

Result<Response> submit_assurance(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    SupplierId const supplier(TRY(risk_view::id_parameter(context, "supplier")));
    TRY(app::authorise(context.actor, app::Permission::SupplierWrite, organisation));
    auto const detail = TRY(suppliers_of(context).supplier_detail(context.actor, organisation, supplier));
    auto const refused = [&](Error const& error) {
        return assurance_page(context, organisation, detail, risk_view::posted_values(context), &error);
    };
    auto const report = report_from(context, supplier);
    if (!report)
        return refused(report.error());
    auto const added = suppliers_of(context).add_assurance_report(context.actor, organisation, *report);
    if (!added && is_form_error(added.error()))
        return refused(added.error());
    if (!added)
        return added.error();
    return Response::redirect(supplier_path(organisation, supplier) + "?rapport=1");
}

} // namespace bolwerk::web
