#include "domain/incident/significance.hpp"

#include "common/named_enum.hpp"
#include "common/text.hpp"

#include <algorithm>
#include <set>

namespace bolwerk::domain::incident {

namespace {

constexpr std::array regime_names{
    EnumName<ReportingRegime>{ReportingRegime::Cbw, "cbw"}, EnumName<ReportingRegime>{ReportingRegime::Avg, "avg"}};
constexpr std::array outcome_names{EnumName<SignificanceOutcome>{SignificanceOutcome::Reportable, "reportable"},
    EnumName<SignificanceOutcome>{SignificanceOutcome::NotReportable, "not_reportable"}};
constexpr std::array state_names{EnumName<SignificanceState>{SignificanceState::Undecided, "undecided"},
    EnumName<SignificanceState>{SignificanceState::Reportable, "reportable"},
    EnumName<SignificanceState>{SignificanceState::NotReportable, "not_reportable"},
    EnumName<SignificanceState>{SignificanceState::Reopened, "reopened"}};

bool is_code(std::string_view code)
{
    return !code.empty() && std::all_of(code.begin(), code.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

Result<void> check_criteria_met(
    SignificanceDecision const& proposed, std::vector<SignificanceCriterion> const& criteria)
{
    std::set<std::string> seen;
    for (auto const& code : proposed.criteria_met) {
        auto const found = std::find_if(criteria.begin(), criteria.end(), [&](SignificanceCriterion const& criterion) {
            return criterion.code == code && criterion.regime == proposed.regime;
        });
        if (found == criteria.end())
            return Error::invalid("'" + code + "' is not a " + std::string(to_string(proposed.regime))
                    + " criterion of this organisation",
                {.field = "criteria_met"});
        if (!seen.insert(code).second)
            return Error::invalid("criterion '" + code + "' is named twice", {.field = "criteria_met"});
    }
    return ok();
}

bool reopens(TimelineEntry const& entry, Timestamp decided_at)
{
    return entry.recorded_at > decided_at && (entry.kind == TimelineEntryKind::Observation || entry.corrects);
}

} // namespace

std::string_view to_string(ReportingRegime regime) { return enum_name(regime_names, regime); }
Result<ReportingRegime> parse_reporting_regime(std::string_view text)
{
    return parse_enum(regime_names, text, "reporting regime");
}
std::string_view to_string(SignificanceOutcome outcome) { return enum_name(outcome_names, outcome); }
Result<SignificanceOutcome> parse_significance_outcome(std::string_view text)
{
    return parse_enum(outcome_names, text, "significance outcome");
}
std::string_view to_string(SignificanceState state) { return enum_name(state_names, state); }

std::vector<SignificanceCriterion> default_significance_criteria()
{
    return {
        {"operational_disruption", ReportingRegime::Cbw, "Ernstige verstoring van de dienstverlening",
            "Severe disruption of the services"},
        {"financial_loss", ReportingRegime::Cbw, "Financieel verlies voor de entiteit",
            "Financial loss for the entity"},
        {"damage_to_others", ReportingRegime::Cbw, "Aanzienlijke materiële of immateriële schade bij anderen",
            "Considerable material or immaterial damage to others"},
        {"risk_to_persons", ReportingRegime::Avg, "Risico voor de rechten en vrijheden van betrokkenen",
            "Risk to the rights and freedoms of the people concerned"},
    };
}

Result<void> check_significance_criteria(std::vector<SignificanceCriterion> const& criteria)
{
    std::set<std::string> codes;
    std::set<ReportingRegime> regimes;
    for (auto const& criterion : criteria) {
        if (!is_code(criterion.code))
            return Error::invalid(
                "criterion code '" + criterion.code + "' may hold only a-z, 0-9 and _", {.field = "code"});
        if (!codes.insert(criterion.code).second)
            return Error::invalid("criterion code '" + criterion.code + "' is used twice", {.field = "code"});
        if (trim(criterion.label_nl).empty() || trim(criterion.label_en).empty())
            return Error::invalid(
                "criterion '" + criterion.code + "' needs a Dutch and an English label", {.field = "label"});
        regimes.insert(criterion.regime);
    }
    for (auto const regime : {ReportingRegime::Cbw, ReportingRegime::Avg}) {
        if (!regimes.contains(regime))
            return Error::invalid("there is no " + std::string(to_string(regime)) + " criterion", {.field = "regime"});
    }
    return ok();
}

Result<SignificanceDecision> decide_significance(
    SignificanceDecision proposed, std::vector<SignificanceCriterion> const& criteria, Timestamp now)
{
    TRY(check_criteria_met(proposed, criteria));
    bool const reportable = proposed.outcome == SignificanceOutcome::Reportable;
    if (reportable && proposed.criteria_met.empty())
        return Error::invalid("a reportable incident meets at least one criterion; name it", {.field = "criteria_met"});
    if (!reportable && !proposed.criteria_met.empty())
        return Error::invalid(
            "an incident that meets a criterion is reportable; 'not reportable' names none", {.field = "criteria_met"});
    proposed.reasons = std::string(trim(proposed.reasons));
    proposed.decided_by = std::string(trim(proposed.decided_by));
    if (proposed.reasons.empty())
        return Error::invalid("record the reasons for the decision", {.field = "reasons"});
    if (proposed.decided_by.empty())
        return Error::invalid("the decision names who took it", {.field = "decided_by"});
    proposed.decided_at = now;
    return proposed;
}

SignificanceStatus significance_status(ReportingRegime regime, std::vector<SignificanceDecision> const& decisions,
    std::vector<TimelineEntry> const& timeline)
{
    SignificanceStatus status;
    for (auto const& decision : decisions) {
        if (decision.regime == regime && (!status.latest || decision.decided_at >= status.latest->decided_at))
            status.latest = decision;
    }
    if (!status.latest)
        return status;
    for (auto const& entry : timeline) {
        if (reopens(entry, status.latest->decided_at))
            status.new_facts.push_back(entry.id);
    }
    if (!status.new_facts.empty())
        status.state = SignificanceState::Reopened;
    else
        status.state = status.latest->outcome == SignificanceOutcome::Reportable ? SignificanceState::Reportable
                                                                                 : SignificanceState::NotReportable;
    return status;
}

} // namespace bolwerk::domain::incident
