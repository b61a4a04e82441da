#include "store/supplier/supplier_columns.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::store::supplier_columns {

namespace {

using nlohmann::json;

Result<json> parse(std::string const& text, std::string const& column)
{
    auto value = json::parse(text, nullptr, false);
    if (value.is_discarded())
        return Error::internal("stored " + column + " is not valid JSON");
    return value;
}

std::string text_of(json const& object, char const* key)
{
    auto const found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

bool flag_of(json const& object, char const* key)
{
    auto const found = object.find(key);
    return found != object.end() && found->is_boolean() && found->get<bool>();
}

Result<std::optional<Date>> date_of(json const& object, char const* key)
{
    auto const text = text_of(object, key);
    if (text.empty())
        return std::optional<Date>();
    return std::optional<Date>(TRY(parse_date(text)));
}

} // namespace

std::string write_contacts(std::vector<domain::SupplierContact> const& contacts)
{
    auto array = json::array();
    for (auto const& contact : contacts)
        array.push_back(
            {{"name", contact.name}, {"role", contact.role}, {"email", contact.email}, {"phone", contact.phone}});
    return array.dump();
}

Result<std::vector<domain::SupplierContact>> read_contacts(std::string const& text)
{
    auto const array = TRY(parse(text, "contacts"));
    std::vector<domain::SupplierContact> contacts;
    for (auto const& item : array)
        contacts.push_back(
            {text_of(item, "name"), text_of(item, "role"), text_of(item, "email"), text_of(item, "phone")});
    return contacts;
}

std::string write_clauses(std::vector<domain::SecurityClause> const& clauses)
{
    auto array = json::array();
    for (auto const& clause : clauses) {
        json item{{"topic", domain::to_string(clause.topic)}, {"text", clause.text}};
        if (clause.level)
            item["level"] = domain::to_string(*clause.level);
        array.push_back(std::move(item));
    }
    return array.dump();
}

Result<std::vector<domain::SecurityClause>> read_clauses(std::string const& text)
{
    auto const array = TRY(parse(text, "clauses"));
    std::vector<domain::SecurityClause> clauses;
    for (auto const& item : array) {
        domain::SecurityClause clause;
        clause.topic = TRY(domain::parse_clause_topic(text_of(item, "topic")));
        if (auto const level = text_of(item, "level"); !level.empty())
            clause.level = TRY(domain::parse_cia_level(level, "clauses.level"));
        clause.text = text_of(item, "text");
        clauses.push_back(std::move(clause));
    }
    return clauses;
}

std::string write_general_terms(domain::GeneralTerms const& terms)
{
    auto consequences = json::array();
    for (auto const& consequence : terms.consequences)
        consequences.push_back({{"description", consequence.description},
            {"disposition", domain::to_string(consequence.disposition)}, {"note", consequence.note}});
    return json{{"handling", domain::to_string(terms.handling)}, {"consequences", consequences}}.dump();
}

Result<domain::GeneralTerms> read_general_terms(std::string const& text)
{
    auto const object = TRY(parse(text, "general_terms"));
    domain::GeneralTerms terms;
    if (auto const handling = text_of(object, "handling"); !handling.empty())
        terms.handling = TRY(domain::parse_terms_handling(handling));
    if (object.contains("consequences")) {
        for (auto const& item : object["consequences"])
            terms.consequences.push_back({text_of(item, "description"),
                TRY(domain::parse_consequence_disposition(text_of(item, "disposition"))), text_of(item, "note")});
    }
    return terms;
}

std::string write_duties(domain::ContractDuties const& duties)
{
    return json{{"reports_vulnerabilities_and_incidents", duties.reports_vulnerabilities_and_incidents},
        {"right_to_audit", duties.right_to_audit},
        {"yearly_independent_assurance", duties.yearly_independent_assurance},
        {"requirements_flow_down", duties.requirements_flow_down},
        {"reports_chain_changes", duties.reports_chain_changes}}
        .dump();
}

Result<domain::ContractDuties> read_duties(std::string const& text)
{
    auto const object = TRY(parse(text, "duties"));
    return domain::ContractDuties{flag_of(object, "reports_vulnerabilities_and_incidents"),
        flag_of(object, "right_to_audit"), flag_of(object, "yearly_independent_assurance"),
        flag_of(object, "requirements_flow_down"), flag_of(object, "reports_chain_changes")};
}

std::string write_strings(std::vector<std::string> const& strings) { return json(strings).dump(); }

Result<std::vector<std::string>> read_strings(std::string const& text, std::string const& column)
{
    auto const array = TRY(parse(text, column));
    std::vector<std::string> strings;
    for (auto const& item : array) {
        if (item.is_string())
            strings.push_back(item.get<std::string>());
    }
    return strings;
}

std::string write_exit_strategy(domain::ExitStrategy const& exit)
{
    json object{{"approach", exit.approach}, {"data_return", exit.data_return}};
    if (exit.last_checked)
        object["last_checked"] = format_date(*exit.last_checked);
    return object.dump();
}

Result<domain::ExitStrategy> read_exit_strategy(std::string const& text)
{
    auto const object = TRY(parse(text, "exit_strategy"));
    return domain::ExitStrategy{
        text_of(object, "approach"), text_of(object, "data_return"), TRY(date_of(object, "last_checked"))};
}

std::string write_deviation(domain::GateDeviation const& deviation)
{
    auto waived = json::array();
    for (auto const item : deviation.waived)
        waived.push_back(domain::to_string(item));
    return json{{"decided_by", deviation.decided_by}, {"authority", domain::to_string(deviation.authority)},
        {"decided_on", format_date(deviation.decided_on)}, {"reason", deviation.reason}, {"waived", waived}}
        .dump();
}

Result<domain::GateDeviation> read_deviation(std::string const& text)
{
    auto const object = TRY(parse(text, "gate_deviation"));
    domain::GateDeviation deviation;
    deviation.decided_by = text_of(object, "decided_by");
    deviation.authority = TRY(domain::parse_acceptance_authority(text_of(object, "authority")));
    deviation.decided_on = TRY(parse_date(text_of(object, "decided_on")));
    deviation.reason = text_of(object, "reason");
    if (object.contains("waived")) {
        for (auto const& item : object["waived"])
            deviation.waived.push_back(TRY(domain::parse_gate_item(item.get<std::string>())));
    }
    return deviation;
}

std::string write_requirements(std::vector<domain::RequirementApplicability> const& requirements)
{
    auto array = json::array();
    for (auto const& requirement : requirements)
        array.push_back({{"requirement", requirement.requirement}, {"applies", requirement.applies},
            {"reason", requirement.reason}});
    return array.dump();
}

Result<std::vector<domain::RequirementApplicability>> read_requirements(std::string const& text)
{
    auto const array = TRY(parse(text, "requirements"));
    std::vector<domain::RequirementApplicability> requirements;
    for (auto const& item : array)
        requirements.push_back({text_of(item, "requirement"), flag_of(item, "applies"), text_of(item, "reason")});
    return requirements;
}

std::string write_ids(std::vector<std::int64_t> const& ids) { return json(ids).dump(); }

Result<std::vector<std::int64_t>> read_ids(std::string const& text, std::string const& column)
{
    auto const array = TRY(parse(text, column));
    std::vector<std::int64_t> ids;
    for (auto const& item : array) {
        if (item.is_number_integer())
            ids.push_back(item.get<std::int64_t>());
    }
    return ids;
}

std::string write_aspects(std::vector<domain::EvidenceAspect> const& aspects)
{
    auto array = json::array();
    for (auto const aspect : aspects)
        array.push_back(domain::to_string(aspect));
    return array.dump();
}

Result<std::vector<domain::EvidenceAspect>> read_aspects(std::string const& text)
{
    auto const array = TRY(parse(text, "aspects"));
    std::vector<domain::EvidenceAspect> aspects;
    for (auto const& item : array)
        aspects.push_back(TRY(domain::parse_evidence_aspect(item.get<std::string>())));
    return aspects;
}

} // namespace bolwerk::store::supplier_columns
