#include "web/supplier/supplier_forms.hpp"

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

constexpr std::size_t contact_rows = 2;
constexpr std::array dependencies{"laag", "midden", "hoog"};

struct SupplierTarget {
    OrganisationId organisation{0};
    std::optional<SupplierId> supplier;
    std::int64_t version = 0;
    std::string heading;
};

Json stored_supplier_values(domain::Supplier const& supplier)
{
    Json values{{"name", supplier.name}, {"kvk_number", supplier.kvk_number ? supplier.kvk_number->value() : ""},
        {"country", supplier.country.value()}, {"notes", supplier.notes}};
    for (std::size_t i = 0; i < supplier.contacts.size() && i < contact_rows; ++i) {
        auto const suffix = "_" + std::to_string(i);
        values["contact_name" + suffix] = supplier.contacts[i].name;
        values["contact_role" + suffix] = supplier.contacts[i].role;
        values["contact_email" + suffix] = supplier.contacts[i].email;
        values["contact_phone" + suffix] = supplier.contacts[i].phone;
    }
    return values;
}

// The supplier's fields as posted; `rows` gets the form row of each contact kept (empty
// rows are left out), so that an error on "contacts[k]" lands beside its own row.
domain::SupplierInput supplier_input(RequestContext& context, std::vector<std::size_t>* rows = nullptr)
{
    domain::SupplierInput input;
    input.name = context.field("name");
    input.kvk_number = std::string(trim(context.field("kvk_number")));
    input.country = context.field("country");
    input.notes = context.field("notes");
    for (std::size_t i = 0; i < contact_rows; ++i) {
        auto const suffix = "_" + std::to_string(i);
        domain::SupplierContact contact{context.field("contact_name" + suffix), context.field("contact_role" + suffix),
            context.field("contact_email" + suffix), context.field("contact_phone" + suffix)};
        if (trim(contact.name).empty() && trim(contact.email).empty())
            continue;
        input.contacts.push_back(std::move(contact));
        if (rows)
            rows->push_back(i);
    }
    return input;
}

// "contacts[0].email" of the input is "contacts[<form row>].email" of the form.
Error at_form_row(Error const& error, std::vector<std::size_t> const& rows)
{
    auto const field = error.location().field.value_or("");
    auto const open = field.find('[');
    auto const close = field.find(']');
    if (!field.starts_with("contacts[") || close == std::string::npos)
        return error;
    auto const index = static_cast<std::size_t>(std::stoul(field.substr(open + 1, close - open - 1)));
    if (index >= rows.size())
        return error;
    return error.with_field("contacts[" + std::to_string(rows[index]) + "]" + field.substr(close + 1));
}

Response supplier_form_page(
    RequestContext& context, SupplierTarget const& target, Json const& values, Error const* error, bool stale = false)
{
    Json errors = Json::object();
    auto const organisation = target.organisation;
    bool const editing = target.supplier.has_value();
    auto const path = editing ? supplier_path(organisation, *target.supplier) : std::string();
    Page page{.template_name = "supplier_form",
        .title_key = editing ? "supplier_edit_title" : "supplier_form_title",
        .breadcrumbs = {{context.text("suppliers_title"), suppliers_path(organisation)}},
        .current_navigation = "suppliers"};
    if (editing)
        page.breadcrumbs.push_back({target.heading, path});
    if (stale) {
        page.problem = context.text("supplier_changed_by_someone_else");
        page.status = 409;
    } else if (error) {
        show_field_error(context, page, errors, *error);
    }
    auto contacts = Json::array();
    for (std::size_t i = 0; i < contact_rows; ++i) {
        auto const suffix = "_" + std::to_string(i);
        // An absent error is null, which the template reads as false (an empty text is true).
        auto const error_of = [&](std::string const& key) { return errors.contains(key) ? errors[key] : Json(); };
        contacts.push_back({{"index", std::to_string(i)}, {"number", std::to_string(i + 1)},
            {"name", values.value("contact_name" + suffix, "")}, {"role", values.value("contact_role" + suffix, "")},
            {"email", values.value("contact_email" + suffix, "")},
            {"phone", values.value("contact_phone" + suffix, "")}, {"email_error", error_of("contact_email" + suffix)},
            {"name_error", error_of("contact_name" + suffix)}});
    }
    page.data = {{"organisation_id", organisation.to_string()}, {"values", values}, {"errors", errors},
        {"contacts", contacts}, {"editing", editing}, {"version", std::to_string(target.version)},
        {"action", editing ? path + "/bewerken" : suppliers_path(organisation)}, {"cancel", path},
        {"button", context.text(editing ? "supplier_save_button" : "supplier_register_button")}};
    if (editing)
        page.data["heading"] = target.heading;
    return render_page(context, std::move(page));
}

} // namespace

Result<Response> show_supplier_form(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, app::Permission::SupplierWrite, organisation));
    return supplier_form_page(context, {.organisation = organisation}, {{"country", "NL"}}, nullptr);
}

Result<Response> submit_supplier(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, app::Permission::SupplierWrite, organisation));
    std::vector<std::size_t> rows;
    auto const input = supplier_input(context, &rows);
    auto const created = suppliers_of(context).register_supplier(context.actor, organisation, input);
    if (!created && is_form_error(created.error())) {
        auto const error = at_form_row(created.error(), rows);
        return supplier_form_page(context, {.organisation = organisation}, risk_view::posted_values(context), &error);
    }
    if (!created)
        return created.error();
    return Response::redirect(supplier_path(organisation, created->id) + "?geregistreerd=1");
}

Result<Response> show_supplier_edit_form(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    SupplierId const id(TRY(risk_view::id_parameter(context, "supplier")));
    TRY(app::authorise(context.actor, app::Permission::SupplierWrite, organisation));
    auto const detail = TRY(suppliers_of(context).supplier_detail(context.actor, organisation, id));
    auto const& supplier = detail.supplier;
    return supplier_form_page(
        context, {organisation, id, supplier.version, supplier.name}, stored_supplier_values(supplier), nullptr);
}

Result<Response> submit_supplier_edit(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    SupplierId const id(TRY(risk_view::id_parameter(context, "supplier")));
    TRY(app::authorise(context.actor, app::Permission::SupplierWrite, organisation));
    auto& service = suppliers_of(context);
    auto const current = TRY(service.supplier_detail(context.actor, organisation, id));
    auto const version = TRY(posted_version(context));
    std::vector<std::size_t> rows;
    auto const input = supplier_input(context, &rows);
    auto const updated = service.update_supplier(context.actor, organisation, id, input, version);
    SupplierTarget const target{organisation, id, version, current.supplier.name};
    if (!updated && is_stale(updated.error()))
        return supplier_form_page(context, {organisation, id, current.supplier.version, current.supplier.name},
            risk_view::posted_values(context), &updated.error(), true);
    if (!updated && is_form_error(updated.error())) {
        auto const error = at_form_row(updated.error(), rows);
        return supplier_form_page(context, target, risk_view::posted_values(context), &error);
    }
    if (!updated)
        return updated.error();
    return Response::redirect(supplier_path(organisation, id) + "?gewijzigd=1");
}

namespace {

Response service_form_page(RequestContext& context, OrganisationId organisation, app::SupplierDetail const& detail,
    std::map<InformationSystemId, std::string> const& systems, Json const& values, std::set<std::string> const& chosen,
    Error const* error)
{
    Json errors = Json::object();
    auto const path = supplier_path(organisation, detail.supplier.id);
    Page page{.template_name = "supplier_service_form",
        .title_key = "supplier_service_form_title",
        .breadcrumbs = {{context.text("suppliers_title"), suppliers_path(organisation)}, {detail.supplier.name, path}},
        .current_navigation = "suppliers"};
    if (error)
        show_field_error(context, page, errors, *error);
    auto system_options = Json::array();
    for (auto const& [id, name] : systems)
        system_options.push_back({{"value", id.to_string()}, {"label", name}, {"id", "system-" + id.to_string()},
            {"checked", chosen.contains(id.to_string())}});
    page.data = {{"organisation_id", organisation.to_string()}, {"values", values}, {"errors", errors},
        {"systems", system_options}, {"has_systems", !system_options.empty()},
        {"dependencies",
            risk_view::select_options(context, "criticality_", values.value("dependency", "laag"), dependencies)},
        {"action", path + "/diensten"}, {"cancel", path}, {"heading", detail.supplier.name}};
    return render_page(context, std::move(page));
}

Result<domain::DeliveredServiceDraft> service_from_form(RequestContext& context)
{
    domain::DeliveredServiceDraft raw;
    raw.name = context.field("name");
    raw.description = context.field("description");
    raw.personal_data = !context.field("personal_data").empty();
    raw.cloud_service_provider = !context.field("cloud_service_provider").empty();
    raw.dependency = TRY(domain::parse_dependency(context.field("dependency")));
    auto const locations = context.field("data_locations"); // split() views into it
    for (auto const part : split(locations, ',')) {
        if (!trim(part).empty())
            raw.data_locations.push_back(TRY(domain::CountryCode::parse(part, "data_locations")));
    }
    raw.systems = TRY(posted_ids<InformationSystemId>(context, "systems"));
    return raw;
}

} // namespace

Result<Response> show_service_form(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    SupplierId const id(TRY(risk_view::id_parameter(context, "supplier")));
    TRY(app::authorise(context.actor, app::Permission::SupplierWrite, organisation));
    auto& service = suppliers_of(context);
    auto const detail = TRY(service.supplier_detail(context.actor, organisation, id));
    auto const systems = TRY(service.system_names(context.actor, organisation));
    return service_form_page(context, organisation, detail, systems, {{"dependency", "laag"}}, {}, nullptr);
}

Result<Response> submit_service(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    SupplierId const id(TRY(risk_view::id_parameter(context, "supplier")));
    TRY(app::authorise(context.actor, app::Permission::SupplierWrite, organisation));
    auto& service = suppliers_of(context);
    auto const detail = TRY(service.supplier_detail(context.actor, organisation, id));
    auto const systems = TRY(service.system_names(context.actor, organisation));
    auto const refused = [&](Error const& error) {
        return service_form_page(context, organisation, detail, systems, risk_view::posted_values(context),
            posted_set(context, "systems"), &error);
    };
    auto const raw = service_from_form(context);
    if (!raw)
        return refused(raw.error());
    auto const added = service.add_service(context.actor, organisation, id, *raw);
    if (!added && is_form_error(added.error()))
        return refused(added.error());
    if (!added)
        return added.error();
    return Response::redirect(supplier_path(organisation, id) + "?dienst=1");
}

} // namespace bolwerk::web
