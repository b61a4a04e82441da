#include "web/supplier/supplier_view.hpp"

#include "app/services.hpp"
#include "web/core/request_context.hpp"

namespace bolwerk::web::supplier_view {

app::SupplierService& suppliers_of(RequestContext& context) { return context.services.app->suppliers; }

std::string suppliers_path(OrganisationId organisation)
{
    return "/organisaties/" + organisation.to_string() + "/leveranciers";
}

std::string supplier_path(OrganisationId organisation, SupplierId supplier)
{
    return suppliers_path(organisation) + "/" + supplier.to_string();
}

std::string contract_path(OrganisationId organisation, SupplierId supplier, ContractId contract)
{
    return supplier_path(organisation, supplier) + "/contracten/" + contract.to_string();
}

std::string label(RequestContext const& context, std::string_view prefix, std::string_view name)
{
    return context.text(std::string(prefix) + std::string(name));
}

nlohmann::json gate_items(RequestContext const& context, domain::GateResult const& gate)
{
    auto items = nlohmann::json::array();
    for (auto const& finding : gate.missing) {
        auto text = label(context, "gate_", domain::to_string(finding.item));
        if (finding.item == domain::GateItem::SecurityClauseMissing)
            text += ": " + label(context, "clause_topic_", finding.subject);
        else if (!finding.subject.empty())
            text += ": " + finding.subject;
        if (finding.level)
            text += " (" + context.text("supplier_level") + " "
                + label(context, "cia_", domain::to_string(*finding.level)) + ")";
        items.push_back({{"text", text}, {"measure", domain::gate_item_measure(finding.item)}});
    }
    return items;
}

nlohmann::json status_badge(RequestContext const& context, std::string_view prefix, std::string_view name)
{
    return {{"label", label(context, prefix, name)}, {"modifier", std::string(name)}};
}

} // namespace bolwerk::web::supplier_view
