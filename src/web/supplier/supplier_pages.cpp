#include "web/supplier/supplier_pages.hpp"

#include "app/authorisation.hpp"
#include "common/text.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/risk/risk_view_support.hpp"
#include "web/supplier/supplier_view.hpp"

#include <algorithm>
#include <array>

namespace bolwerk::web {

using namespace supplier_view;

namespace {

using Json = nlohmann::json;

constexpr std::array criticalities{"laag", "midden", "hoog"};
constexpr std::array contract_filters{"actief", "concept", "beeindigd", "geen"};
constexpr std::array assurance_filters{"geldig", "verloopt_binnenkort", "verlopen", "ontbreekt"};

std::string date_text(std::optional<Date> const& date) { return date ? format_date(*date) : "–"; }

// The contract status the register shows for a supplier: its active contract if any,
// else a concept, else an ended one; "geen" without contracts.
std::string contract_state(domain::RegisterEntry const& entry)
{
    for (auto const status : {domain::ContractStatus::Active, domain::ContractStatus::Concept}) {
        if (std::any_of(entry.contracts.begin(), entry.contracts.end(),
                [&](domain::RegisterContract const& contract) { return contract.status == status; }))
            return std::string(domain::to_string(status));
    }
    return entry.contracts.empty() ? "geen" : "beeindigd";
}

struct RegisterFilter {
    std::string criticality;
    std::string contract;
    std::string assurance;
    std::string query;

    bool matches(domain::RegisterEntry const& entry) const
    {
        if (!criticality.empty() && domain::to_string(entry.criticality) != criticality)
            return false;
        if (!contract.empty() && contract_state(entry) != contract)
            return false;
        if (!assurance.empty() && domain::to_string(entry.assurance) != assurance)
            return false;
        return query.empty() || to_ascii_lower(entry.name).find(to_ascii_lower(query)) != std::string::npos;
    }
};

Json filter_options(RequestContext const& context, std::string_view prefix, std::string const& chosen,
    std::span<char const* const> values)
{
    return risk_view::select_options(context, prefix, chosen, values);
}

Json register_row(RequestContext const& context, OrganisationId organisation, domain::RegisterEntry const& entry)
{
    auto const state = contract_state(entry);
    return {{"name", entry.name}, {"href", supplier_path(organisation, entry.id)},
        {"kvk", entry.kvk_number.empty() ? std::string("–") : entry.kvk_number}, {"country", entry.country},
        {"criticality", status_badge(context, "criticality_", domain::to_string(entry.criticality))},
        {"services", entry.services.size()}, {"contract", status_badge(context, "contract_state_", state)},
        {"assurance", status_badge(context, "assurance_", domain::to_string(entry.assurance))},
        {"assurance_until", date_text(entry.assurance_valid_until)},
        {"review_due", format_date(entry.next_review_due)}};
}

Json service_rows(RequestContext const& context, app::SupplierDetail const& detail)
{
    auto rows = Json::array();
    for (auto const& view : detail.services) {
        auto systems = Json::array();
        for (auto const system : view.service.systems) {
            auto const name = detail.system_names.find(system);
            systems.push_back({{"name", name == detail.system_names.end() ? system.to_string() : name->second},
                {"href",
                    "/organisaties/" + detail.supplier.organisation_id.to_string() + "/systemen/"
                        + system.to_string()}});
        }
        std::string locations;
        for (auto const& location : view.service.data_locations)
            locations += (locations.empty() ? "" : ", ") + location.value();
        auto chain = Json::array();
        for (std::size_t i = 0; i < view.chain.size(); ++i) {
            auto const& node = view.chain[i];
            chain.push_back({{"name", node.name}, {"provides", node.provides}, {"depth", view.depths[i]},
                {"indent", std::string((view.depths[i] - 1) * 2, ' ')}, {"id", node.id.to_string()},
                {"country", node.country ? node.country->value() : std::string("–")},
                {"cloud", node.cloud_service_provider}});
        }
        Json disclosure = nullptr;
        if (view.disclosure)
            disclosure = {{"on", date_text(view.disclosure->disclosed_on)},
                {"judgement", label(context, "judgement_", domain::to_string(view.disclosure->judgement))},
                {"by", view.disclosure->judged_by}, {"risks", view.disclosure->risks}};
        auto const chain_href = supplier_path(detail.supplier.organisation_id, detail.supplier.id) + "/diensten/"
            + view.service.id.to_string() + "/keten";
        rows.push_back({{"id", view.service.id.to_string()}, {"name", view.service.name}, {"chain_href", chain_href},
            {"description", view.service.description}, {"systems", systems}, {"has_systems", !systems.empty()},
            {"criticality", status_badge(context, "criticality_", domain::to_string(view.criticality.level))},
            {"dependency", label(context, "criticality_", domain::to_string(view.service.dependency))},
            {"personal_data", view.service.personal_data}, {"cloud", view.service.cloud_service_provider},
            {"locations", locations.empty() ? std::string("–") : locations}, {"chain", chain},
            {"has_chain", !chain.empty()}, {"disclosure", disclosure}});
    }
    return rows;
}

Json contract_rows(RequestContext const& context, app::SupplierDetail const& detail)
{
    auto rows = Json::array();
    for (auto const& view : detail.contracts) {
        auto const& terms = view.contract.terms;
        rows.push_back({{"reference", terms.reference}, {"title", terms.title},
            {"href", contract_path(detail.supplier.organisation_id, detail.supplier.id, view.contract.id)},
            {"status", status_badge(context, "contract_state_", domain::to_string(view.contract.status))},
            {"starts", format_date(terms.starts_on)}, {"ends", date_text(terms.ends_on)},
            {"exit", terms.exit_strategy && terms.exit_strategy->complete()}, {"missing", view.gate.missing.size()},
            {"deviation", view.deviation.has_value()}});
    }
    return rows;
}

Json report_rows(RequestContext const& context, std::vector<domain::AssuranceReport> const& reports)
{
    auto rows = Json::array();
    for (auto const& report : reports)
        rows.push_back({{"kind", label(context, "assurance_kind_", domain::to_string(report.kind))},
            {"issuer", report.issuer}, {"auditor", report.auditor},
            {"period", format_date(report.period_start) + " – " + format_date(report.period_end)},
            {"opinion", report.opinion ? label(context, "opinion_", domain::to_string(*report.opinion)) : "–"},
            {"scope", context.text(report.scope_covers_services ? "supplier_yes" : "supplier_no")},
            {"valid_until", format_date(domain::effective_valid_until(report))}});
    return rows;
}

} // namespace

Result<Response> show_suppliers(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    auto const entries = TRY(suppliers_of(context).supplier_register(context.actor, organisation));
    auto const query = parse_form(context.request.query);
    RegisterFilter const filter{form_value(query, "criticaliteit").value_or(""),
        form_value(query, "contract").value_or(""), form_value(query, "assurance").value_or(""),
        std::string(trim(form_value(query, "q").value_or("")))};
    auto rows = Json::array();
    for (auto const& entry : entries) {
        if (filter.matches(entry))
            rows.push_back(register_row(context, organisation, entry));
    }
    auto const tasks = TRY(suppliers_of(context).tasks(context.actor, organisation));
    auto task_rows = Json::array();
    for (auto const& task : tasks) {
        task_rows.push_back({{"kind", label(context, "task_", domain::to_string(task.kind))}, {"subject", task.subject},
            {"due", format_date(task.due)},
            {"href",
                task.contract ? contract_path(organisation, task.supplier, *task.contract)
                              : supplier_path(organisation, task.supplier)}});
    }
    std::string notice;
    if (form_value(query, "geregistreerd"))
        notice = context.text("supplier_registered");
    return render_page(context,
        {.template_name = "suppliers",
            .title_key = "suppliers_title",
            .data
            = {{"organisation_id", organisation.to_string()}, {"suppliers", rows}, {"has_suppliers", !rows.empty()},
                {"total", entries.size()}, {"shown", rows.size()}, {"any", !entries.empty()},
                {"criticalities", filter_options(context, "criticality_", filter.criticality, criticalities)},
                {"contracts", filter_options(context, "contract_state_", filter.contract, contract_filters)},
                {"assurances", filter_options(context, "assurance_", filter.assurance, assurance_filters)},
                {"q", filter.query}, {"tasks", task_rows}, {"has_tasks", !task_rows.empty()},
                {"can_write", risk_view::allowed(context, app::Permission::SupplierWrite, organisation)}},
            .current_navigation = "suppliers",
            .notice = std::move(notice)});
}

Result<Response> show_supplier(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    SupplierId const id(TRY(risk_view::id_parameter(context, "supplier")));
    auto const detail = TRY(suppliers_of(context).supplier_detail(context.actor, organisation, id));
    auto const query = parse_form(context.request.query);
    std::string notice;
    for (auto const* key : {"geregistreerd", "gewijzigd", "dienst", "keten", "toeleverancier", "rapport"}) {
        if (form_value(query, key))
            notice = context.text("supplier_notice_" + std::string(key));
    }
    auto const& entry = detail.entry;
    auto contacts = Json::array();
    // Empty texts as null: the templates read an empty text as true.
    auto const text_or_null = [](std::string const& text) { return text.empty() ? Json() : Json(text); };
    for (auto const& contact : detail.supplier.contacts)
        contacts.push_back({{"name", contact.name}, {"role", text_or_null(contact.role)}, {"email", contact.email},
            {"phone", text_or_null(contact.phone)}});
    auto services = service_rows(context, detail);
    auto contracts = contract_rows(context, detail);
    auto reports = report_rows(context, detail.reports);
    Page page{.template_name = "supplier_detail",
        .title_key = "supplier_detail_title",
        .data = {{"organisation_id", organisation.to_string()}, {"href", supplier_path(organisation, id)},
            {"kvk", entry.kvk_number.empty() ? std::string("–") : entry.kvk_number},
            {"country", detail.supplier.country.value()}, {"notes", text_or_null(detail.supplier.notes)},
            {"contacts", contacts}, {"has_contacts", !contacts.empty()},
            {"criticality", status_badge(context, "criticality_", domain::to_string(entry.criticality))},
            {"assurance", status_badge(context, "assurance_", domain::to_string(entry.assurance))},
            {"assurance_until", date_text(entry.assurance_valid_until)},
            {"assurance_required", entry.assurance_required}, {"review_due", format_date(entry.next_review_due)},
            {"services", services}, {"has_services", !services.empty()}, {"contracts", contracts},
            {"has_contracts", !contracts.empty()}, {"reports", reports}, {"has_reports", !reports.empty()},
            {"can_write", risk_view::allowed(context, app::Permission::SupplierWrite, organisation)}},
        .breadcrumbs = {{context.text("suppliers_title"), suppliers_path(organisation)}},
        .current_navigation = "suppliers",
        .notice = std::move(notice)};
    page.data["heading"] = detail.supplier.name;
    return render_page(context, std::move(page));
}

Result<Response> show_concentration(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    auto const entries = TRY(suppliers_of(context).concentration(context.actor, organisation));
    auto const suppliers = TRY(suppliers_of(context).supplier_register(context.actor, organisation));
    auto rows = Json::array();
    for (auto const& entry : entries) {
        std::string names;
        for (auto const supplier : entry.suppliers) {
            auto const found = std::find_if(suppliers.begin(), suppliers.end(),
                [&](domain::RegisterEntry const& candidate) { return candidate.id == supplier; });
            if (found != suppliers.end())
                names += (names.empty() ? "" : ", ") + found->name;
        }
        rows.push_back({{"name", entry.name}, {"services", entry.services.size()},
            {"suppliers", entry.suppliers.size()}, {"supplier_names", names.empty() ? std::string("–") : names},
            {"direct", entry.direct_supplier}, {"cloud", entry.cloud_service_provider}});
    }
    return render_page(context,
        {.template_name = "supplier_concentration",
            .title_key = "concentration_title",
            .data = {{"organisation_id", organisation.to_string()}, {"entries", rows}, {"has_entries", !rows.empty()}},
            .breadcrumbs = {{context.text("suppliers_title"), suppliers_path(organisation)}},
            .current_navigation = "concentration"});
}

} // namespace bolwerk::web
