#include "web/supplier/supplier_api.hpp"

#include "app/supplier/supplier_json.hpp"
#include "web/core/api_support.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/risk/risk_view_support.hpp"
#include "web/supplier/supplier_view.hpp"

namespace bolwerk::web {

namespace {

Result<Response> list_suppliers(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    auto const entries = TRY(supplier_view::suppliers_of(context).supplier_register(context.actor, organisation));
    auto items = nlohmann::json::array();
    for (auto const& entry : entries)
        items.push_back(app::register_entry_to_json(entry));
    return json_response(200, {{"items", items}});
}

Result<Response> get_supplier(RequestContext& context)
{
    auto const organisation = TRY(organisation_parameter(context));
    SupplierId const id(TRY(risk_view::id_parameter(context, "supplier")));
    auto const detail = TRY(supplier_view::suppliers_of(context).supplier_detail(context.actor, organisation, id));
    auto response = json_response(200, app::supplier_detail_to_json(detail));
    response.set_header("ETag", etag_for(detail.supplier.version));
    return response;
}

} // namespace

Response api_list_suppliers(RequestContext& context) { return respond(list_suppliers(context)); }
Response api_get_supplier(RequestContext& context) { return respond(get_supplier(context)); }

} // namespace bolwerk::web
