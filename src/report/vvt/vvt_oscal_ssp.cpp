#include "report/vvt/vvt_oscal_ssp.hpp"

#include "common/json_text.hpp"
#include "domain/vvt/statement_canonical.hpp"
#include "report/oscal/oscal_catalog_export.hpp"
#include "report/vvt/vvt_tables.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::report::vvt {

namespace {

using nlohmann::json;
using namespace domain::assessment;
using namespace domain::vvt;
using oscal::name_based_uuid;

// Every UUID of one document derives from the organisation, the VvT version and the
// role of the object, so that re-exporting a version gives the same identifiers.
struct UuidSource {
    std::string base;
    std::string operator()(std::string_view role) const { return name_based_uuid(base + ":" + std::string(role)); }
};

// OSCAL props need a non-empty value; absent values are left out.
void add_prop(json& props, std::string_view name, std::string const& value)
{
    if (!value.empty())
        props.push_back({{"name", name}, {"ns", bolwerk_oscal_namespace}, {"value", value}});
}

// OSCAL 1.1 implementation-status states.
std::string_view implementation_state(MeasureStatus status)
{
    switch (status) {
    case MeasureStatus::Implemented: return "implemented";
    case MeasureStatus::InProgress: return "partial";
    case MeasureStatus::NotStarted: return "planned";
    case MeasureStatus::NotApplicable: return "not-applicable";
    }
    return "planned";
}

json metadata_json(StatementOfApplicability const& statement, UuidSource const& uuid)
{
    auto const& metadata = statement.header.metadata;
    json parties = json::array({{{"uuid", uuid("party:organisation")}, {"type", "organization"},
        {"name", metadata.organisation_name.empty() ? std::string("—") : metadata.organisation_name}}});
    json roles = json::array({{{"id", "prepared-for"}, {"title", "Organisatie"}}});
    json responsible = json::array({{{"role-id", "prepared-for"}, {"party-uuids", {uuid("party:organisation")}}}});
    if (!metadata.approved_by.empty()) {
        parties.push_back({{"uuid", uuid("party:approver")}, {"type", "person"}, {"name", metadata.approved_by}});
        roles.push_back({{"id", "approver"}, {"title", "Bestuurder die de VvT vaststelde"}});
        responsible.push_back({{"role-id", "approver"}, {"party-uuids", {uuid("party:approver")}}});
    }
    json props = json::array();
    add_prop(props, "vvt-status", std::string(to_string(metadata.status)));
    add_prop(props, "approved-at", metadata.approved_at ? format_timestamp(*metadata.approved_at) : std::string());
    add_prop(props, "canonical-sha256", digest(statement));
    return {{"title", std::string(document_title) + " — " + document_subtitle(statement)},
        {"last-modified", format_timestamp(metadata.generated_at)},
        {"version", std::to_string(metadata.version_number)}, {"oscal-version", oscal::oscal_version}, {"props", props},
        {"roles", roles}, {"parties", parties}, {"responsible-parties", responsible}};
}

std::string boundary_text(IsmsScope const& scope)
{
    std::string text = scope.statement.empty() ? std::string("De reikwijdte van het ISMS.") : scope.statement;
    for (auto const& exclusion : scope.exclusions)
        text += "\n\nBuiten de reikwijdte: " + exclusion.subject + " — " + exclusion.reason;
    return text;
}

json system_characteristics_json(StatementOfApplicability const& statement, UuidSource const& uuid)
{
    auto const& scope = statement.scope;
    auto information_types = json::array();
    for (auto const& process : scope.processes) {
        information_types.push_back(
            {{"uuid", uuid("information-type:" + process.name)}, {"title", "Informatie van het proces " + process.name},
                {"description", process.description.empty() ? process.name : process.description}});
    }
    if (information_types.empty())
        information_types.push_back(
            {{"uuid", uuid("information-type:all")}, {"title", "Informatie binnen de reikwijdte"},
                {"description", "Alle informatie binnen de reikwijdte van het ISMS."}});
    return {{"system-ids", {{{"identifier-type", "https://ietf.org/rfc/rfc4122"}, {"id", uuid("system")}}}},
        {"system-name", "ISMS " + statement.header.metadata.organisation_name},
        {"description", scope.statement.empty() ? std::string("ISMS") : scope.statement},
        {"system-information", {{"information-types", information_types}}}, {"status", {{"state", "operational"}}},
        {"authorization-boundary", {{"description", boundary_text(scope)}}}};
}

json system_implementation_json(StatementOfApplicability const& statement, UuidSource const& uuid)
{
    auto components = json::array({{{"uuid", uuid("component:isms")}, {"type", "this-system"},
        {"title", "ISMS " + statement.header.metadata.organisation_name},
        {"description", "Het managementsysteem voor informatiebeveiliging binnen de reikwijdte."},
        {"status", {{"state", "operational"}}}}});
    auto const& scope = statement.scope;
    for (auto const& [type, items] : {std::pair{"software", &scope.information_systems},
             std::pair{"interconnection", &scope.interfaces}, std::pair{"physical", &scope.locations}}) {
        for (auto const& item : *items) {
            components.push_back({{"uuid", uuid(std::string("component:") + type + ":" + item.name)}, {"type", type},
                {"title", item.name}, {"description", item.description.empty() ? item.name : item.description},
                {"status", {{"state", "operational"}}}});
        }
    }
    json const users = json::array({{{"uuid", uuid("user:staff")}, {"title", "Medewerkers"},
        {"description", "Medewerkers van " + statement.header.metadata.organisation_name}}});
    return {{"users", users}, {"components", components}};
}

std::optional<std::string_view> control_state(ControlImplementation implementation)
{
    switch (implementation) {
    case ControlImplementation::Excluded: return "not-applicable";
    case ControlImplementation::NoMeasures: return std::nullopt;
    case ControlImplementation::NotImplemented: return "planned";
    case ControlImplementation::PartiallyImplemented: return "partial";
    case ControlImplementation::Implemented: return "implemented";
    }
    return std::nullopt;
}

// The ISO 27002 control: whether it applies, why, and how far its measures are implemented.
json control_requirement_json(ControlRow const& row, UuidSource const& uuid)
{
    auto const number = row.control.to_string();
    json props = json::array();
    add_prop(props, "applicable", row.applicable ? "yes" : "no");
    for (auto const reason : row.reasons)
        add_prop(props, "inclusion-reason", std::string(to_string(reason)));
    add_prop(props, "implementation", std::string(to_string(row.implementation)));
    add_prop(props, "risk-reference", label(row.reference));
    json requirement{{"uuid", uuid("requirement:" + number)}, {"control-id", "iso-" + number}, {"props", props}};
    if (auto const state = control_state(row.implementation)) {
        std::string description(label(row.implementation));
        if (!row.applicable && !row.justification.empty())
            description += ": " + row.justification;
        requirement["by-components"]
            = json::array({{{"component-uuid", uuid("component:isms")}, {"uuid", uuid("by-component:" + number)},
                {"description", description}, {"implementation-status", {{"state", *state}}}}});
    }
    return requirement;
}

// The overheidsmaatregel, a child control ("bio2-5.01.01") in the OSCAL catalog export.
json measure_requirement_json(MeasureRow const& row, UuidSource const& uuid)
{
    auto const number = row.measure.to_string();
    json props = json::array();
    for (auto const aspect : all_aspects)
        add_prop(props, to_string(aspect), std::string(to_string(row.aspect(aspect).result)));
    add_prop(props, "owner", row.owner);
    add_prop(props, "maturity", row.maturity ? std::to_string(*row.maturity) : std::string());
    add_prop(props, "target-date", row.target_date ? format_date(*row.target_date) : std::string());
    add_prop(props, "risk-reference", label(row.reference));
    std::string description(label(row.status));
    if (!row.not_applicable_reason.empty())
        description += ": " + row.not_applicable_reason;
    json by_component{{"component-uuid", uuid("component:isms")}, {"uuid", uuid("by-component:" + number)},
        {"description", description}, {"props", props},
        {"implementation-status", {{"state", implementation_state(row.status)}}}};
    return {{"uuid", uuid("requirement:" + number)}, {"control-id", "bio2-" + number},
        {"by-components", json::array({by_component})}};
}

json control_implementation_json(StatementOfApplicability const& statement, UuidSource const& uuid)
{
    auto requirements = json::array();
    auto measure = statement.measures.begin();
    for (auto const& row : statement.controls) {
        requirements.push_back(control_requirement_json(row, uuid));
        // Measure rows are in number order and so grouped by control; a measure of a
        // control that does not exist (a broken catalog) is left out.
        while (measure != statement.measures.end() && measure->measure.control() < row.control)
            ++measure;
        for (; measure != statement.measures.end() && measure->measure.control() == row.control; ++measure)
            requirements.push_back(measure_requirement_json(*measure, uuid));
    }
    return {{"description",
                "De Verklaring van Toepasselijkheid: per beheersmaatregel uit ISO/IEC 27002:2022 of die van "
                "toepassing is, en per overheidsmaatregel de status en de beoordeling van opzet, bestaan en werking."},
        {"implemented-requirements", requirements}};
}

} // namespace

std::string statement_oscal_ssp_json(domain::vvt::StatementOfApplicability const& statement)
{
    auto const& metadata = statement.header.metadata;
    UuidSource const uuid{"bolwerk:vvt:" + metadata.organisation_name + ":" + std::to_string(metadata.version_number)
        + ":" + statement.header.catalog.to_string()};
    auto const profile_resource = uuid("resource:catalog");
    json const back_matter{{"resources",
        json::array({{{"uuid", profile_resource}, {"title", "BIO2 " + statement.header.catalog.to_string()},
            {"description",
                statement.header.catalog_title.empty() ? statement.header.catalog.to_string()
                                                       : statement.header.catalog_title}}})}};
    json const plan{{"uuid", uuid("ssp")}, {"metadata", metadata_json(statement, uuid)},
        {"import-profile", {{"href", "#" + profile_resource}}},
        {"system-characteristics", system_characteristics_json(statement, uuid)},
        {"system-implementation", system_implementation_json(statement, uuid)},
        {"control-implementation", control_implementation_json(statement, uuid)}, {"back-matter", back_matter}};
    return json_text(json{{"system-security-plan", plan}}, JsonLayout::Indented);
}

} // namespace bolwerk::report::vvt
