#include "store/incident/significance_decision_repository.hpp"

#include "common/text.hpp"
#include "store/connection.hpp"

namespace bolwerk::store {

namespace {

using namespace domain::incident;

constexpr std::string_view select_decisions
    = "SELECT incident_id, regime, outcome, criteria_met, reasons, decided_by, decided_at"
      " FROM incident_significance_decisions WHERE organisation_id = $1";

// Criterion codes are lower-case letters, digits and '_' (check_significance_criteria),
// so a comma separates them safely.
std::string joined_codes(std::vector<std::string> const& codes)
{
    std::string text;
    for (auto const& code : codes)
        text += (text.empty() ? "" : ",") + code;
    return text;
}

Result<SignificanceDecision> decision_from_row(Row row)
{
    SignificanceDecision decision;
    decision.incident = IncidentId(row.int64(0));
    decision.regime = TRY(parse_reporting_regime(row.text(1)));
    decision.outcome = TRY(parse_significance_outcome(row.text(2)));
    for (auto const code : split(row.text(3), ',')) {
        if (!code.empty())
            decision.criteria_met.emplace_back(code);
    }
    decision.reasons = row.text(4);
    decision.decided_by = row.text(5);
    decision.decided_at = TRY(parse_timestamp(row.text(6)));
    return decision;
}

} // namespace

Result<void> SignificanceDecisionRepository::insert(
    Transaction& transaction, OrganisationId organisation, SignificanceDecision const& decision)
{
    TRY(transaction.query(
        "INSERT INTO incident_significance_decisions (organisation_id, incident_id, regime, outcome, criteria_met,"
        " reasons, decided_by, decided_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {organisation.value(), decision.incident.value(), std::string(to_string(decision.regime)),
            std::string(to_string(decision.outcome)), joined_codes(decision.criteria_met), decision.reasons,
            decision.decided_by, format_timestamp(decision.decided_at)}));
    return ok();
}

Result<std::vector<SignificanceDecision>> SignificanceDecisionRepository::list(
    Connection& connection, OrganisationId organisation, IncidentId incident)
{
    auto const rows = TRY(connection.query(
        std::string(select_decisions) + " AND incident_id = $2 ORDER BY id", {organisation.value(), incident.value()}));
    std::vector<SignificanceDecision> decisions;
    for (auto row : rows)
        decisions.push_back(TRY(decision_from_row(row)));
    return decisions;
}

Result<std::map<IncidentId, std::vector<SignificanceDecision>>> SignificanceDecisionRepository::list_all(
    Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query(std::string(select_decisions) + " ORDER BY id", {organisation.value()}));
    std::map<IncidentId, std::vector<SignificanceDecision>> decisions;
    for (auto row : rows) {
        auto decision = TRY(decision_from_row(row));
        decisions[decision.incident].push_back(std::move(decision));
    }
    return decisions;
}

} // namespace bolwerk::store
