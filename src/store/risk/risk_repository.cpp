#include "store/risk/risk_repository.hpp"

#include "store/connection.hpp"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace bolwerk::store {

namespace {

constexpr std::string_view columns
    = "id, organisation_id, title, threat, vulnerability, owner, inherent_likelihood, inherent_impact, inherent_level,"
      " residual_likelihood, residual_impact, residual_level, treatment, review_due, created_at, updated_at, version";

Result<domain::RiskScore> score_from(Row row, std::size_t first)
{
    auto const level = TRY(domain::parse_risk_level(row.text(first + 2)));
    return domain::RiskScore{static_cast<int>(row.int64(first)), static_cast<int>(row.int64(first + 1)), level};
}

Result<domain::Risk> from_row(Row row)
{
    domain::Risk risk;
    risk.id = RiskId(row.int64(0));
    risk.organisation_id = OrganisationId(row.int64(1));
    risk.title = row.text(2);
    risk.threat = row.text(3);
    risk.vulnerability = row.text(4);
    risk.owner = row.text(5);
    risk.inherent = TRY(score_from(row, 6));
    risk.inherent_likelihood = risk.inherent.likelihood;
    if (!row.is_null(9))
        risk.residual = TRY(score_from(row, 9));
    risk.treatment = TRY(domain::parse_treatment(row.text(12)));
    if (auto const review = row.optional_text(13))
        risk.review_due = TRY(parse_date(*review));
    risk.created_at = TRY(parse_timestamp(row.text(14)));
    risk.updated_at = TRY(parse_timestamp(row.text(15)));
    risk.version = row.int64(16);
    return risk;
}

std::vector<Value> content_values(domain::Risk const& risk)
{
    auto const residual = [&](auto member) -> Value {
        if (!risk.residual)
            return null_value();
        return std::int64_t{(*risk.residual).*member};
    };
    return {risk.title, risk.threat, risk.vulnerability, risk.owner, std::int64_t{risk.inherent.likelihood},
        std::int64_t{risk.inherent.impact}, std::string(domain::to_string(risk.inherent.level)),
        residual(&domain::RiskScore::likelihood), residual(&domain::RiskScore::impact),
        risk.residual ? Value{std::string(domain::to_string(risk.residual->level))} : null_value(),
        std::string(domain::to_string(risk.treatment)),
        risk.review_due ? Value{format_date(*risk.review_due)} : null_value()};
}

Result<void> save_parts(Transaction& transaction, OrganisationId organisation, domain::Risk const& risk)
{
    std::int64_t const org = organisation.value();
    std::int64_t const id = risk.id.value();
    for (auto const* table : {"risk_impacts", "risk_systems", "risk_controls", "risk_planned_measures"})
        TRY(transaction.query(
            "DELETE FROM " + std::string(table) + " WHERE organisation_id = $1 AND risk_id = $2", {org, id}));
    for (auto const& impact : risk.inherent_impacts)
        TRY(transaction.query(
            "INSERT INTO risk_impacts (organisation_id, risk_id, area, impact) VALUES ($1, $2, $3, $4)",
            {org, id, impact.area, std::int64_t{impact.impact}}));
    for (auto const system : risk.systems) {
        auto const found = TRY(transaction.query(
            "SELECT 1 FROM information_systems WHERE organisation_id = $1 AND id = $2", {org, system.value()}));
        if (found.empty())
            return Error::invalid("system " + system.to_string() + " does not exist", {.field = "systems"});
        TRY(transaction.query("INSERT INTO risk_systems (organisation_id, risk_id, system_id) VALUES ($1, $2, $3)",
            {org, id, system.value()}));
    }
    for (auto const& reference : risk.existing_controls)
        TRY(transaction.query("INSERT INTO risk_controls (organisation_id, risk_id, reference) VALUES ($1, $2, $3)"
                              " ON CONFLICT DO NOTHING",
            {org, id, reference}));
    std::int64_t position = 0;
    for (auto const& measure : risk.planned_measures) {
        TRY(transaction.query("INSERT INTO risk_planned_measures (organisation_id, risk_id, position, description,"
                              " owner, due, done) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            {org, id, ++position, measure.description, measure.owner,
                measure.due ? Value{format_date(*measure.due)} : null_value(), bool_value(measure.done)}));
    }
    return ok();
}

using RiskIndex = std::unordered_map<std::int64_t, domain::Risk*>;

Result<void> load_parts(
    Connection& connection, std::string const& filter, std::vector<Value> const& parameters, RiskIndex const& index)
{
    // Child rows reference risks of the same organisation, so a miss is impossible
    // unless the database was edited by hand; such a row is skipped.
    auto const risk_of = [&](Row row) -> domain::Risk* {
        auto const found = index.find(row.int64(0));
        return found == index.end() ? nullptr : found->second;
    };
    auto const impacts
        = TRY(connection.query("SELECT risk_id, area, impact FROM risk_impacts WHERE organisation_id = $1" + filter
                + " ORDER BY risk_id, area",
            parameters));
    for (auto row : impacts) {
        if (auto* risk = risk_of(row))
            risk->inherent_impacts.push_back({row.text(1), static_cast<int>(row.int64(2))});
    }
    auto const systems = TRY(connection.query("SELECT risk_id, system_id FROM risk_systems WHERE organisation_id = $1"
            + filter + " ORDER BY risk_id, system_id",
        parameters));
    for (auto row : systems) {
        if (auto* risk = risk_of(row))
            risk->systems.push_back(InformationSystemId(row.int64(1)));
    }
    auto const controls = TRY(connection.query("SELECT risk_id, reference FROM risk_controls WHERE organisation_id = $1"
            + filter + " ORDER BY risk_id, reference",
        parameters));
    for (auto row : controls) {
        if (auto* risk = risk_of(row))
            risk->existing_controls.push_back(row.text(1));
    }
    auto const measures
        = TRY(connection.query("SELECT risk_id, description, owner, due, done FROM risk_planned_measures"
                               " WHERE organisation_id = $1"
                + filter + " ORDER BY risk_id, position",
            parameters));
    for (auto row : measures) {
        domain::PlannedMeasure measure{row.text(1), row.text(2), std::nullopt, row.boolean(4)};
        if (auto const due = row.optional_text(3))
            measure.due = TRY(parse_date(*due));
        if (auto* risk = risk_of(row))
            risk->planned_measures.push_back(std::move(measure));
    }
    return ok();
}

} // namespace

Result<domain::Risk> RiskRepository::insert(Transaction& transaction, OrganisationId organisation, domain::Risk risk,
    std::int64_t methodology_version, Timestamp now)
{
    auto values = content_values(risk);
    auto const time = format_timestamp(now);
    values.insert(values.end(), {organisation.value(), methodology_version, time, time});
    auto const rows = TRY(transaction.query(
        "INSERT INTO risks (title, threat, vulnerability, owner, inherent_likelihood, inherent_impact, inherent_level,"
        " residual_likelihood, residual_impact, residual_level, treatment, review_due, organisation_id,"
        " methodology_version, created_at, updated_at)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id",
        values));
    risk.id = RiskId(rows.front().int64(0));
    risk.organisation_id = organisation;
    risk.created_at = now;
    risk.updated_at = now;
    risk.version = 1;
    TRY(save_parts(transaction, organisation, risk));
    return risk;
}

Result<domain::Risk> RiskRepository::update(Transaction& transaction, OrganisationId organisation, RiskId id,
    domain::Risk risk, std::int64_t expected_version, std::int64_t methodology_version, Timestamp now)
{
    auto const current = TRY(find(transaction.connection(), organisation, id));
    auto values = content_values(risk);
    values.insert(
        values.end(), {methodology_version, format_timestamp(now), organisation.value(), id.value(), expected_version});
    auto const rows = TRY(transaction.query(
        "UPDATE risks SET title = $1, threat = $2, vulnerability = $3, owner = $4, inherent_likelihood = $5,"
        " inherent_impact = $6, inherent_level = $7, residual_likelihood = $8, residual_impact = $9,"
        " residual_level = $10, treatment = $11, review_due = $12, methodology_version = $13, updated_at = $14,"
        " version = version + 1 WHERE organisation_id = $15 AND id = $16 AND version = $17",
        values));
    if (rows.affected_rows() != 1)
        return Error::conflict("risk " + id.to_string() + " was changed by someone else (version "
            + std::to_string(current.version) + ", expected " + std::to_string(expected_version)
            + "); reload and try again");
    risk.id = id;
    risk.organisation_id = organisation;
    risk.created_at = current.created_at;
    risk.updated_at = now;
    risk.version = expected_version + 1;
    TRY(save_parts(transaction, organisation, risk));
    return risk;
}

Result<domain::Risk> RiskRepository::find(Connection& connection, OrganisationId organisation, RiskId id)
{
    auto const rows
        = TRY(connection.query("SELECT " + std::string(columns) + " FROM risks WHERE organisation_id = $1 AND id = $2",
            {organisation.value(), id.value()}));
    if (rows.empty())
        return Error::not_found("risk " + id.to_string() + " does not exist");
    auto risk = TRY(from_row(rows.front()));
    RiskIndex const index{{risk.id.value(), &risk}};
    TRY(load_parts(connection, " AND risk_id = $2", {organisation.value(), id.value()}, index));
    return risk;
}

Result<std::vector<domain::Risk>> RiskRepository::list(Connection& connection, OrganisationId organisation)
{
    return page(connection, organisation, 0, std::numeric_limits<std::int64_t>::max());
}

Result<std::int64_t> RiskRepository::count(Connection& connection, OrganisationId organisation)
{
    auto const rows
        = TRY(connection.query("SELECT COUNT(*) FROM risks WHERE organisation_id = $1", {organisation.value()}));
    return rows.front().int64(0);
}

Result<std::vector<domain::RiskScores>> RiskRepository::scores(Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query("SELECT id, inherent_likelihood, inherent_impact, inherent_level,"
                                           " residual_likelihood, residual_impact, residual_level FROM risks"
                                           " WHERE organisation_id = $1 ORDER BY id",
        {organisation.value()}));
    std::vector<domain::RiskScores> scores;
    scores.reserve(rows.size());
    for (auto row : rows) {
        domain::RiskScores entry{RiskId(row.int64(0)), TRY(score_from(row, 1)), std::nullopt};
        if (!row.is_null(4))
            entry.residual = TRY(score_from(row, 4));
        scores.push_back(entry);
    }
    return scores;
}

Result<std::vector<domain::RiskControlLink>> RiskRepository::control_links(
    Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(
        connection.query("SELECT c.reference, r.id, r.inherent_likelihood, r.inherent_impact, r.inherent_level,"
                         " r.residual_likelihood, r.residual_impact, r.residual_level, r.title FROM risk_controls c"
                         " JOIN risks r ON r.id = c.risk_id AND r.organisation_id = c.organisation_id"
                         " WHERE c.organisation_id = $1 ORDER BY c.reference, r.id",
            {organisation.value()}));
    std::vector<domain::RiskControlLink> links;
    links.reserve(rows.size());
    for (auto row : rows) {
        auto current = TRY(score_from(row, 2));
        if (!row.is_null(5))
            current = TRY(score_from(row, 5));
        links.push_back({row.text(0), RiskId(row.int64(1)), row.text(8), current});
    }
    return links;
}

Result<std::vector<domain::Risk>> RiskRepository::page(
    Connection& connection, OrganisationId organisation, std::int64_t offset, std::int64_t limit)
{
    auto const rows = TRY(connection.query(
        "SELECT " + std::string(columns) + " FROM risks WHERE organisation_id = $1 ORDER BY id LIMIT $2 OFFSET $3",
        {organisation.value(), limit, offset}));
    std::vector<domain::Risk> risks;
    risks.reserve(rows.size());
    for (auto row : rows)
        risks.push_back(TRY(from_row(row)));
    if (risks.empty())
        return risks;
    RiskIndex index;
    for (auto& risk : risks)
        index.emplace(risk.id.value(), &risk);
    // The parts of the risks on this page only: ids are ordered, so a range will do.
    TRY(load_parts(connection, " AND risk_id BETWEEN $2 AND $3",
        {organisation.value(), risks.front().id.value(), risks.back().id.value()}, index));
    return risks;
}

Result<RiskRepository::FilteredPage> RiskRepository::search(Connection& connection, OrganisationId organisation,
    domain::RiskFilter const& filter, std::int64_t offset, std::int64_t limit)
{
    // The conditions are fixed SQL text; only their values are parameters.
    std::string where = " WHERE organisation_id = $1";
    std::vector<Value> parameters{organisation.value()};
    auto const next = [&](Value value) {
        parameters.push_back(std::move(value));
        return "$" + std::to_string(parameters.size());
    };
    if (filter.treatment)
        where += " AND treatment = " + next(std::string(domain::to_string(*filter.treatment)));
    if (!filter.levels.empty()) {
        where += " AND COALESCE(residual_level, inherent_level) IN (";
        for (std::size_t i = 0; i < filter.levels.size(); ++i)
            where += (i == 0 ? "" : ", ") + next(std::string(domain::to_string(filter.levels[i])));
        where += ")";
    }
    if (filter.owner)
        where += " AND owner = " + next(*filter.owner);
    if (filter.system) {
        where += " AND id IN (SELECT risk_id FROM risk_systems WHERE organisation_id = $1 AND system_id = "
            + next(filter.system->value()) + ")";
    }
    if (filter.review_due_before)
        where += " AND review_due IS NOT NULL AND review_due < " + next(format_date(*filter.review_due_before));
    FilteredPage result;
    auto const counted = TRY(connection.query("SELECT COUNT(*) FROM risks" + where, parameters));
    result.total = counted.front().int64(0);
    // Levels are stored as text; this CASE orders them by severity on both backends.
    std::string const order = filter.most_severe_first
        ? " ORDER BY CASE COALESCE(residual_level, inherent_level) WHEN 'zeer_hoog' THEN 4 WHEN 'hoog' THEN 3"
          " WHEN 'midden' THEN 2 ELSE 1 END DESC,"
          " COALESCE(residual_likelihood, inherent_likelihood) * COALESCE(residual_impact, inherent_impact) DESC, id"
        : filter.oldest_review_first
        // No date last: CASE instead of NULLS LAST, which SQLite before 3.30 lacks.
        ? " ORDER BY CASE WHEN review_due IS NULL THEN 1 ELSE 0 END, review_due, id"
        : " ORDER BY id";
    auto const limit_parameter = next(limit);
    auto const offset_parameter = next(offset);
    auto const rows = TRY(connection.query("SELECT " + std::string(columns) + " FROM risks" + where + order + " LIMIT "
            + limit_parameter + " OFFSET " + offset_parameter,
        parameters));
    result.risks.reserve(rows.size());
    for (auto row : rows)
        result.risks.push_back(TRY(from_row(row)));
    if (result.risks.empty())
        return result;
    RiskIndex index;
    std::int64_t lowest = std::numeric_limits<std::int64_t>::max();
    std::int64_t highest = 0;
    for (auto& risk : result.risks) {
        index.emplace(risk.id.value(), &risk);
        lowest = std::min(lowest, risk.id.value());
        highest = std::max(highest, risk.id.value());
    }
    // A short page (a screen, the board's top 10) names its risks: ordered by severity
    // they are spread over the whole id range. A long one loads the parts of its id
    // range; rows of risks that did not pass the filter are skipped by the index.
    constexpr std::size_t max_listed = 100;
    if (result.risks.size() <= max_listed) {
        std::string list;
        std::vector<Value> ids{organisation.value()};
        for (auto const& risk : result.risks) {
            ids.emplace_back(risk.id.value());
            list += (list.size() == 0 ? "$" : ", $") + std::to_string(ids.size());
        }
        TRY(load_parts(connection, " AND risk_id IN (" + list + ")", ids, index));
        return result;
    }
    TRY(load_parts(connection, " AND risk_id BETWEEN $2 AND $3", {organisation.value(), lowest, highest}, index));
    return result;
}

} // namespace bolwerk::store
