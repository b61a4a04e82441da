#include "web/supplier/contract_form.hpp"

#include "common/integer_text.hpp"
#include "common/text.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/risk/risk_view_support.hpp"
#include "web/supplier/supplier_form_support.hpp"
#include "web/supplier/supplier_view.hpp"

namespace bolwerk::web::contract_form {

using namespace supplier_view;

namespace {

using Json = nlohmann::json;

constexpr std::array biv_topics{
    domain::ClauseTopic::Availability, domain::ClauseTopic::Integrity, domain::ClauseTopic::Confidentiality};
constexpr std::array levels{"laag", "midden", "hoog"};
constexpr std::array terms_handlings{"niet_beoordeeld", "uitgesloten", "consequenties_vastgelegd"};
constexpr std::array decisions{"beheersbaar", "niet_beheersbaar"};

std::string lines_of(std::vector<std::string> const& lines)
{
    std::string text;
    for (auto const& line : lines)
        text += (text.empty() ? "" : "\n") + line;
    return text;
}

std::vector<std::string> lines_in(std::string const& text)
{
    std::vector<std::string> lines;
    for (auto const part : split(text, '\n')) {
        auto const line = trim(part);
        if (!line.empty())
            lines.emplace_back(line);
    }
    return lines;
}

Result<std::optional<Date>> optional_date_field(RequestContext& context, std::string const& name)
{
    auto const text = std::string(trim(context.field(name)));
    if (text.empty())
        return std::optional<Date>();
    auto const date = parse_date(text);
    if (!date)
        return Error::invalid("enter a date as YYYY-MM-DD", {.field = name});
    return std::optional(*date);
}

Result<std::vector<domain::SecurityClause>> clauses_from(RequestContext& context)
{
    std::vector<domain::SecurityClause> clauses;
    for (std::size_t i = 0; i < biv_topics.size(); ++i) {
        auto const suffix = "_" + std::to_string(i);
        domain::SecurityClause clause{biv_topics[i], {}, std::string(trim(context.field("clause_text" + suffix)))};
        clause.level = TRY(domain::parse_cia_level(context.field("clause_level" + suffix), "clause_level" + suffix));
        clauses.push_back(std::move(clause));
    }
    for (auto const& line : lines_in(context.field("other_clauses")))
        clauses.push_back({domain::ClauseTopic::Other, {}, line});
    return clauses;
}

Result<std::optional<domain::DependencyAssessment>> assessment_from(RequestContext& context)
{
    auto const analysis = parse_integer(context.field("analysis")).value_or(0);
    if (analysis < 1)
        return std::optional<domain::DependencyAssessment>();
    domain::DependencyAssessment assessment;
    assessment.analysis = RiskAnalysisId(analysis);
    assessment.decision = TRY(domain::parse_dependency_decision(context.field("decision")));
    auto const decided_on = TRY(optional_date_field(context, "decided_on"));
    if (!decided_on)
        return Error::invalid("enter the date of the decision", {.field = "decided_on"});
    assessment.decided_on = *decided_on;
    assessment.decided_by = std::string(trim(context.field("decided_by")));
    return std::optional(assessment);
}

} // namespace

std::array<std::pair<std::string_view, bool>, 5> duty_flags(domain::ContractDuties const& duties)
{
    return {{{"incidents", duties.reports_vulnerabilities_and_incidents}, {"audit", duties.right_to_audit},
        {"assurance", duties.yearly_independent_assurance}, {"flow_down", duties.requirements_flow_down},
        {"chain_changes", duties.reports_chain_changes}}};
}

Result<Form> load(
    RequestContext& context, OrganisationId organisation, SupplierId supplier, std::optional<ContractId> contract)
{
    auto& service = suppliers_of(context);
    Form form;
    form.organisation = organisation;
    form.detail = TRY(service.supplier_detail(context.actor, organisation, supplier));
    form.analyses = TRY(service.analysis_choices(context.actor, organisation));
    if (contract) {
        auto current = TRY(service.contract_gate(context.actor, organisation, *contract));
        if (current.contract.supplier_id != supplier)
            return Error::not_found("contract " + contract->to_string() + " does not exist");
        form.current = std::move(current);
    }
    return form;
}

Json new_values()
{
    return {{"notice_days", "0"}, {"general_terms", "niet_beoordeeld"}, {"decision", "beheersbaar"},
        {"services", Json::array()}};
}

Json stored(domain::Contract const& contract)
{
    auto const& terms = contract.terms;
    auto values = new_values();
    values["reference"] = terms.reference;
    values["title"] = terms.title;
    for (auto const service : terms.services)
        values["services"].push_back(service.to_string());
    values["starts_on"] = format_date(terms.starts_on);
    values["ends_on"] = terms.ends_on ? format_date(*terms.ends_on) : "";
    values["notice_days"] = std::to_string(terms.notice_days);
    std::vector<std::string> others;
    for (auto const& clause : terms.clauses) {
        auto const position = std::find(biv_topics.begin(), biv_topics.end(), clause.topic);
        if (position == biv_topics.end()) {
            others.push_back(clause.text);
            continue;
        }
        auto const suffix = "_" + std::to_string(position - biv_topics.begin());
        values["clause_level" + suffix] = clause.level ? std::string(domain::to_string(*clause.level)) : "laag";
        values["clause_text" + suffix] = clause.text;
    }
    values["other_clauses"] = lines_of(others);
    values["general_terms"] = domain::to_string(terms.general_terms.handling);
    for (auto const& [name, agreed] : duty_flags(terms.duties)) {
        if (agreed)
            values["duty_" + std::string(name)] = "1";
    }
    values["termination_triggers"] = lines_of(terms.termination_triggers);
    if (terms.exit_strategy) {
        values["exit_approach"] = terms.exit_strategy->approach;
        values["exit_data_return"] = terms.exit_strategy->data_return;
        values["exit_last_checked"]
            = terms.exit_strategy->last_checked ? format_date(*terms.exit_strategy->last_checked) : "";
    }
    if (auto const& assessment = terms.dependency_assessment) {
        values["analysis"] = assessment->analysis.to_string();
        values["decision"] = domain::to_string(assessment->decision);
        values["decided_on"] = format_date(assessment->decided_on);
        values["decided_by"] = assessment->decided_by;
    }
    return values;
}

Json posted(RequestContext& context)
{
    auto values = risk_view::posted_values(context);
    values["services"] = Json::array();
    for (auto const& service : posted_set(context, "services"))
        values["services"].push_back(service);
    return values;
}

Result<domain::ContractTerms> terms_from(RequestContext& context, std::optional<domain::ContractTerms> const& current)
{
    domain::ContractTerms terms;
    terms.reference = std::string(trim(context.field("reference")));
    terms.title = std::string(trim(context.field("title")));
    terms.services = TRY(posted_ids<DeliveredServiceId>(context, "services"));
    auto const starts = TRY(optional_date_field(context, "starts_on"));
    if (!starts)
        return Error::invalid("enter the start date", {.field = "starts_on"});
    terms.starts_on = *starts;
    terms.ends_on = TRY(optional_date_field(context, "ends_on"));
    auto const notice = parse_integer(std::string(trim(context.field("notice_days"))));
    if (!notice)
        return Error::invalid("enter the notice period in days", {.field = "notice_days"});
    terms.notice_days = static_cast<int>(std::clamp<std::int64_t>(*notice, -1, 100000));
    if (!current)
        return terms; // a new contract: the BIV clauses are pre-filled on saving
    terms.clauses = TRY(clauses_from(context));
    terms.general_terms.handling = TRY(domain::parse_terms_handling(context.field("general_terms")));
    if (terms.general_terms.handling == domain::TermsHandling::ConsequencesRecorded)
        terms.general_terms.consequences = current->general_terms.consequences;
    terms.duties = {!context.field("duty_incidents").empty(), !context.field("duty_audit").empty(),
        !context.field("duty_assurance").empty(), !context.field("duty_flow_down").empty(),
        !context.field("duty_chain_changes").empty()};
    terms.termination_triggers = lines_in(context.field("termination_triggers"));
    auto const approach = std::string(trim(context.field("exit_approach")));
    auto const data_return = std::string(trim(context.field("exit_data_return")));
    auto const checked = TRY(optional_date_field(context, "exit_last_checked"));
    if (!approach.empty() || !data_return.empty() || checked)
        terms.exit_strategy = domain::ExitStrategy{approach, data_return, checked};
    terms.dependency_assessment = TRY(assessment_from(context));
    return terms;
}

Response render(RequestContext& context, Form const& form, Json const& values, Error const* error, bool stale)
{
    auto const organisation = form.organisation;
    auto const& supplier = form.detail.supplier;
    bool const editing = form.current.has_value();
    auto const base = supplier_path(organisation, supplier.id);
    auto const contract_href = editing ? contract_path(organisation, supplier.id, form.current->contract.id) : "";
    Json errors = Json::object();
    Page page{.template_name = "supplier_contract_form",
        .title_key = editing ? "contract_edit_title" : "contract_form_title",
        .breadcrumbs = {{context.text("suppliers_title"), suppliers_path(organisation)}, {supplier.name, base}},
        .current_navigation = "suppliers"};
    if (editing)
        page.breadcrumbs.push_back({form.current->contract.terms.reference, contract_href});
    if (stale) {
        page.problem = context.text("contract_changed_by_someone_else");
        page.status = 409;
    } else if (error) {
        show_field_error(context, page, errors, *error);
    }
    std::set<std::string> chosen;
    for (auto const& service : values.value("services", Json::array()))
        chosen.insert(service.get<std::string>());
    auto services = Json::array();
    for (auto const& view : form.detail.services) {
        auto const id = view.service.id.to_string();
        services.push_back(
            {{"value", id}, {"label", view.service.name}, {"id", "service-" + id}, {"checked", chosen.contains(id)}});
    }
    auto clauses = Json::array();
    for (std::size_t i = 0; i < biv_topics.size(); ++i) {
        auto const suffix = "_" + std::to_string(i);
        clauses.push_back(
            {{"index", std::to_string(i)}, {"topic", label(context, "clause_topic_", domain::to_string(biv_topics[i]))},
                {"levels",
                    risk_view::select_options(context, "cia_", values.value("clause_level" + suffix, "laag"), levels)},
                {"text", values.value("clause_text" + suffix, "")}});
    }
    auto duties = Json::array();
    for (auto const& [name, agreed] : duty_flags({})) {
        (void)agreed;
        duties.push_back(
            {{"name", "duty_" + std::string(name)}, {"label", context.text("contract_duty_" + std::string(name))},
                {"checked", values.contains("duty_" + std::string(name))}});
    }
    auto analyses = Json::array();
    analyses.push_back({{"value", ""}, {"label", context.text("contract_no_assessment")},
        {"selected", values.value("analysis", "").empty()}});
    for (auto const& [id, text] : form.analyses)
        analyses.push_back(
            {{"value", id.to_string()}, {"label", text}, {"selected", values.value("analysis", "") == id.to_string()}});
    page.data = {{"organisation_id", organisation.to_string()}, {"values", values}, {"errors", errors},
        {"services", services}, {"has_services", !services.empty()}, {"editing", editing}, {"clauses", clauses},
        {"duties", duties},
        {"handlings",
            risk_view::select_options(
                context, "terms_", values.value("general_terms", "niet_beoordeeld"), terms_handlings)},
        {"analyses", analyses},
        {"decisions",
            risk_view::select_options(context, "decision_", values.value("decision", "beheersbaar"), decisions)},
        {"version", editing ? std::to_string(form.current->contract.version) : "0"},
        {"action", editing ? contract_href + "/bewerken" : base + "/contracten"},
        {"cancel", editing ? contract_href : base},
        {"button", context.text(editing ? "contract_save_button" : "contract_register_button")},
        {"heading", supplier.name}};
    return render_page(context, std::move(page));
}

} // namespace bolwerk::web::contract_form
