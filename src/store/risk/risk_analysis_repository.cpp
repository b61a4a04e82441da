#include "store/risk/risk_analysis_repository.hpp"

#include "common/text.hpp"
#include "store/connection.hpp"

namespace bolwerk::store {

namespace {

constexpr std::string_view columns = "id, organisation_id, kind, system_id, process, held_on, participants, status,"
                                     " summary, created_at, updated_at, version";

// Participants are stored one per line; a name never contains a line break.
std::string join_lines(std::vector<std::string> const& names)
{
    std::string joined;
    for (auto const& name : names) {
        if (!joined.empty())
            joined += '\n';
        joined += name;
    }
    return joined;
}

std::vector<std::string> split_lines(std::string const& text)
{
    std::vector<std::string> names;
    if (text.empty())
        return names;
    for (auto const part : split(text, '\n'))
        names.emplace_back(part);
    return names;
}

Result<domain::RiskAnalysis> from_row(Row row)
{
    domain::RiskAnalysis analysis;
    analysis.id = RiskAnalysisId(row.int64(0));
    analysis.organisation_id = OrganisationId(row.int64(1));
    analysis.kind = TRY(domain::parse_risk_analysis_kind(row.text(2)));
    if (auto const system = row.optional_int64(3))
        analysis.system = InformationSystemId(*system);
    analysis.process = row.text(4);
    analysis.held_on = TRY(parse_date(row.text(5)));
    analysis.participants = split_lines(row.text(6));
    analysis.status = TRY(domain::parse_risk_analysis_status(row.text(7)));
    analysis.summary = row.text(8);
    analysis.created_at = TRY(parse_timestamp(row.text(9)));
    analysis.updated_at = TRY(parse_timestamp(row.text(10)));
    analysis.version = row.int64(11);
    return analysis;
}

Result<void> check_system(Transaction& transaction, domain::RiskAnalysis const& analysis)
{
    if (!analysis.system)
        return ok();
    auto const found = TRY(transaction.query("SELECT 1 FROM information_systems WHERE organisation_id = $1 AND id = $2",
        {analysis.organisation_id.value(), analysis.system->value()}));
    if (found.empty())
        return Error::invalid("system " + analysis.system->to_string() + " does not exist", {.field = "system"});
    return ok();
}

std::vector<Value> content_values(domain::RiskAnalysis const& analysis)
{
    for (auto const& name : analysis.participants)
        BOLWERK_VERIFY(name.find('\n') == std::string::npos);
    return {std::string(domain::to_string(analysis.kind)),
        analysis.system ? Value{analysis.system->value()} : null_value(), analysis.process,
        format_date(analysis.held_on), join_lines(analysis.participants),
        std::string(domain::to_string(analysis.status)), analysis.summary};
}

} // namespace

Result<domain::RiskAnalysis> RiskAnalysisRepository::insert(
    Transaction& transaction, domain::RiskAnalysis analysis, Timestamp now)
{
    TRY(check_system(transaction, analysis));
    auto values = content_values(analysis);
    auto const time = format_timestamp(now);
    values.insert(values.end(), {analysis.organisation_id.value(), time, time});
    auto const rows = TRY(transaction.query(
        "INSERT INTO risk_analyses (kind, system_id, process, held_on, participants, status, summary,"
        " organisation_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        values));
    analysis.id = RiskAnalysisId(rows.front().int64(0));
    analysis.created_at = now;
    analysis.updated_at = now;
    analysis.version = 1;
    return analysis;
}

Result<domain::RiskAnalysis> RiskAnalysisRepository::update(
    Transaction& transaction, domain::RiskAnalysis analysis, std::int64_t expected_version, Timestamp now)
{
    auto const current = TRY(find(transaction.connection(), analysis.organisation_id, analysis.id));
    TRY(check_system(transaction, analysis));
    auto values = content_values(analysis);
    values.insert(
        values.end(), {format_timestamp(now), analysis.organisation_id.value(), analysis.id.value(), expected_version});
    auto const rows = TRY(transaction.query(
        "UPDATE risk_analyses SET kind = $1, system_id = $2, process = $3, held_on = $4, participants = $5,"
        " status = $6, summary = $7, updated_at = $8, version = version + 1"
        " WHERE organisation_id = $9 AND id = $10 AND version = $11",
        values));
    if (rows.affected_rows() != 1)
        return Error::conflict("risk analysis " + analysis.id.to_string() + " was changed by someone else (version "
            + std::to_string(current.version) + "); reload and try again");
    analysis.created_at = current.created_at;
    analysis.updated_at = now;
    analysis.version = expected_version + 1;
    return analysis;
}

Result<domain::RiskAnalysis> RiskAnalysisRepository::find(
    Connection& connection, OrganisationId organisation, RiskAnalysisId id)
{
    auto const rows = TRY(connection.query(
        "SELECT " + std::string(columns) + " FROM risk_analyses WHERE organisation_id = $1 AND id = $2",
        {organisation.value(), id.value()}));
    if (rows.empty())
        return Error::not_found("risk analysis " + id.to_string() + " does not exist");
    return from_row(rows.front());
}

Result<std::vector<domain::RiskAnalysis>> RiskAnalysisRepository::list(
    Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query(
        "SELECT " + std::string(columns) + " FROM risk_analyses WHERE organisation_id = $1 ORDER BY held_on, id",
        {organisation.value()}));
    std::vector<domain::RiskAnalysis> analyses;
    for (auto row : rows)
        analyses.push_back(TRY(from_row(row)));
    return analyses;
}

} // namespace bolwerk::store
