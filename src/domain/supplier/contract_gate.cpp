#include "domain/supplier/contract_gate.hpp"

#include "domain/supplier/enum_names.hpp"

#include <algorithm>

namespace bolwerk::domain {

namespace {

using supplier_detail::name_of;
using supplier_detail::NameTable;
using supplier_detail::parse_name;

constexpr std::size_t min_reason_length = 20;

struct ItemInfo {
    std::string_view measure;
    std::string_view text;
};

constexpr NameTable<GateItem, 15> item_names{{
    {GateItem::DependencyAssessmentMissing, "dependency_assessment_missing"},
    {GateItem::DependencyAssessmentNotCompleted, "dependency_assessment_not_completed"},
    {GateItem::DependencyNotManageable, "dependency_not_manageable"},
    {GateItem::ExitStrategyMissing, "exit_strategy_missing"},
    {GateItem::ChainNotDisclosed, "chain_not_disclosed"},
    {GateItem::ChainNotJudged, "chain_not_judged"},
    {GateItem::ChainNotAcceptable, "chain_not_acceptable"},
    {GateItem::SecurityClauseMissing, "security_clause_missing"},
    {GateItem::GeneralTermsNotSettled, "general_terms_not_settled"},
    {GateItem::IncidentReportingDutyMissing, "incident_reporting_duty_missing"},
    {GateItem::RightToAuditMissing, "right_to_audit_missing"},
    {GateItem::AssuranceDutyMissing, "assurance_duty_missing"},
    {GateItem::FlowDownMissing, "flow_down_missing"},
    {GateItem::ChainChangeDutyMissing, "chain_change_duty_missing"},
    {GateItem::TerminationTriggersMissing, "termination_triggers_missing"},
}};

ItemInfo info(GateItem item)
{
    switch (item) {
    case GateItem::DependencyAssessmentMissing: return {"5.20.06", "no dependency risk assessment"};
    case GateItem::DependencyAssessmentNotCompleted:
        return {"5.20.06", "the risk analysis of the dependency is not completed"};
    case GateItem::DependencyNotManageable: return {"5.20.06", "the dependency was judged not manageable"};
    case GateItem::ExitStrategyMissing: return {"5.20.06", "no worked-out exit strategy"};
    case GateItem::ChainNotDisclosed: return {"5.21.02", "the chain of sub-suppliers is not disclosed"};
    case GateItem::ChainNotJudged: return {"5.21.02", "the chain of sub-suppliers is not judged"};
    case GateItem::ChainNotAcceptable: return {"5.21.02", "the chain's risks were judged not acceptable"};
    case GateItem::SecurityClauseMissing: return {"5.19.01", "no security clause"};
    case GateItem::GeneralTermsNotSettled:
        return {"5.20.02", "the supplier's general terms are neither excluded nor assessed"};
    case GateItem::IncidentReportingDutyMissing: return {"5.20.05", "no duty to report vulnerabilities and incidents"};
    case GateItem::RightToAuditMissing: return {"5.20.04", "no right to audit"};
    case GateItem::AssuranceDutyMissing: return {"5.20.03", "no duty to show yearly independent assurance"};
    case GateItem::FlowDownMissing: return {"5.21.03", "the requirements do not flow down to sub-suppliers"};
    case GateItem::ChainChangeDutyMissing: return {"5.21.04", "no duty to report changes in the chain"};
    case GateItem::TerminationTriggersMissing:
        return {"5.23.01", "no situations named that can end the cloud service contract"};
    }
    return {"", ""};
}

DeliveredService const* service_named(std::vector<DeliveredService> const& services, DeliveredServiceId id)
{
    auto const found = std::find_if(
        services.begin(), services.end(), [&](DeliveredService const& service) { return service.id == id; });
    return found == services.end() ? nullptr : &*found;
}

void check_dependency(GateInput const& input, std::vector<GateFinding>& missing)
{
    auto const& assessment = input.terms.dependency_assessment;
    if (!assessment) {
        missing.push_back({GateItem::DependencyAssessmentMissing, {}, {}});
        return;
    }
    if (input.analysis_status != RiskAnalysisStatus::Completed)
        missing.push_back({GateItem::DependencyAssessmentNotCompleted, {}, {}});
    if (assessment->decision != DependencyDecision::Manageable)
        missing.push_back({GateItem::DependencyNotManageable, {}, {}});
}

void check_chain(GateInput const& input, std::vector<GateFinding>& missing)
{
    for (auto const id : input.terms.services) {
        auto const* service = service_named(input.services, id);
        auto const subject = service ? service->name : id.to_string();
        auto const disclosure = std::find_if(input.disclosures.begin(), input.disclosures.end(),
            [&](ChainDisclosure const& candidate) { return candidate.service_id == id; });
        if (disclosure == input.disclosures.end() || !disclosure->disclosed_on)
            missing.push_back({GateItem::ChainNotDisclosed, subject, {}});
        else if (disclosure->judgement == ChainJudgement::NotJudged)
            missing.push_back({GateItem::ChainNotJudged, subject, {}});
        else if (disclosure->judgement == ChainJudgement::NotAcceptable)
            missing.push_back({GateItem::ChainNotAcceptable, subject, {}});
    }
}

void check_clauses(GateInput const& input, std::vector<GateFinding>& missing)
{
    auto const required = required_classification(input.services, input.classifications);
    std::pair<ClauseTopic, CiaLevel> const aspects[] = {{ClauseTopic::Availability, required.availability},
        {ClauseTopic::Integrity, required.integrity}, {ClauseTopic::Confidentiality, required.confidentiality}};
    for (auto const& [topic, level] : aspects) {
        bool const present = std::any_of(input.terms.clauses.begin(), input.terms.clauses.end(),
            [&, topic = topic, level = level](SecurityClause const& clause) {
                return clause.topic == topic && clause.level && *clause.level >= level && !clause.text.empty();
            });
        if (!present)
            missing.push_back({GateItem::SecurityClauseMissing, std::string(to_string(topic)), level});
    }
}

void check_duties(GateInput const& input, std::vector<GateFinding>& missing)
{
    auto const& terms = input.terms;
    if (!check_general_terms(terms.general_terms))
        missing.push_back({GateItem::GeneralTermsNotSettled, {}, {}});
    std::pair<bool, GateItem> const duties[] = {
        {terms.duties.reports_vulnerabilities_and_incidents, GateItem::IncidentReportingDutyMissing},
        {terms.duties.right_to_audit, GateItem::RightToAuditMissing},
        {terms.duties.yearly_independent_assurance, GateItem::AssuranceDutyMissing},
        {terms.duties.requirements_flow_down, GateItem::FlowDownMissing},
        {terms.duties.reports_chain_changes, GateItem::ChainChangeDutyMissing},
    };
    for (auto const& [agreed, item] : duties) {
        if (!agreed)
            missing.push_back({item, {}, {}});
    }
    bool const cloud = std::any_of(input.services.begin(), input.services.end(),
        [](DeliveredService const& service) { return service.cloud_service_provider; });
    if (cloud && terms.termination_triggers.empty())
        missing.push_back({GateItem::TerminationTriggersMissing, {}, {}});
}

RiskLevel level_of(Criticality criticality)
{
    switch (criticality) {
    case Criticality::Laag: return RiskLevel::Laag;
    case Criticality::Midden: return RiskLevel::Midden;
    case Criticality::Hoog: return RiskLevel::Hoog;
    }
    return RiskLevel::Hoog;
}

std::string list_open(std::vector<GateFinding> const& findings)
{
    std::string text;
    for (auto const& finding : findings)
        text += (text.empty() ? "" : "; ") + describe(finding);
    return text;
}

} // namespace

std::string_view to_string(GateItem item) { return name_of(item_names, item); }
Result<GateItem> parse_gate_item(std::string_view text) { return parse_name(item_names, text, "waived", "gate item"); }
std::string_view gate_item_measure(GateItem item) { return info(item).measure; }

std::string describe(GateFinding const& finding)
{
    auto const item = info(finding.item);
    std::string text(item.text);
    if (!finding.subject.empty())
        text += " for " + finding.subject;
    if (finding.level)
        text += " at level " + std::string(to_string(*finding.level));
    return text + " (" + std::string(item.measure) + ")";
}

GateResult check_contract_gate(GateInput const& input)
{
    GateResult result;
    check_dependency(input, result.missing);
    if (!input.terms.exit_strategy || !input.terms.exit_strategy->complete())
        result.missing.push_back({GateItem::ExitStrategyMissing, {}, {}});
    check_chain(input, result.missing);
    check_clauses(input, result.missing);
    check_duties(input, result.missing);
    std::stable_sort(
        result.missing.begin(), result.missing.end(), [](GateFinding const& left, GateFinding const& right) {
            return std::tie(left.item, left.subject) < std::tie(right.item, right.subject);
        });
    return result;
}

AcceptanceAuthority required_deviation_authority(RiskMethodology const& methodology, Criticality criticality)
{
    return std::max(AcceptanceAuthority::ProcessOwner, methodology.required_authority(level_of(criticality)));
}

Result<void> authorise_activation(GateResult const& result, std::optional<GateDeviation> const& deviation,
    RiskMethodology const& methodology, Criticality criticality)
{
    if (result.passed())
        return ok();
    if (!deviation)
        return Error::conflict("the contract cannot become active: " + list_open(result.missing));
    auto const required = required_deviation_authority(methodology, criticality);
    if (deviation->authority < required)
        return Error::forbidden("a deviation from the pre-contract gate for a contract of criticality "
            + std::string(to_string(criticality)) + " must be decided by the " + std::string(to_string(required)));
    if (trim(deviation->decided_by).empty())
        return Error::invalid("record who decided the deviation", {.field = "decided_by"});
    if (trim(deviation->reason).size() < min_reason_length)
        return Error::invalid("give a reason of at least 20 characters for the deviation", {.field = "reason"});
    std::vector<GateFinding> open;
    for (auto const& finding : result.missing) {
        if (std::find(deviation->waived.begin(), deviation->waived.end(), finding.item) == deviation->waived.end())
            open.push_back(finding);
    }
    if (!open.empty())
        return Error::conflict("the deviation does not cover: " + list_open(open));
    return ok();
}

} // namespace bolwerk::domain
