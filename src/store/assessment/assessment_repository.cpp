#include "store/assessment/assessment_repository.hpp"

#include "store/connection.hpp"

#include <algorithm>

namespace bolwerk::store {

namespace {

using domain::assessment::AspectAssessment;
using domain::assessment::ControlApplicability;
using domain::assessment::MeasureAnswer;
using domain::assessment::RiskReference;
using domain::catalog::ControlNumber;
using domain::catalog::MeasureNumber;

Error stored_defect(std::string const& what, Error const& error)
{
    return Error::internal("stored assessment " + what + " is invalid: " + error.to_string());
}

std::string join_reasons(std::vector<domain::assessment::InclusionReason> const& reasons)
{
    std::string text;
    for (auto const reason : reasons)
        text += (text.empty() ? "" : ",") + std::string(domain::assessment::to_string(reason));
    return text;
}

Result<std::vector<domain::assessment::InclusionReason>> split_reasons(std::string const& text)
{
    std::vector<domain::assessment::InclusionReason> reasons;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find(',', start);
        if (end == std::string::npos)
            end = text.size();
        reasons.push_back(TRY(domain::assessment::parse_inclusion_reason(text.substr(start, end - start))));
        start = end + 1;
    }
    return reasons;
}

Value reference_kind(std::optional<RiskReference> const& reference)
{
    return reference ? Value{std::string(domain::assessment::to_string(reference->kind))} : null_value();
}

Value reference_value(std::optional<RiskReference> const& reference)
{
    return reference ? Value{reference->value} : null_value();
}

Result<std::optional<RiskReference>> reference_from(Row row, std::size_t kind_column)
{
    if (row.is_null(kind_column))
        return std::optional<RiskReference>();
    auto const kind = TRY(domain::assessment::parse_risk_reference_kind(row.text(kind_column)));
    return std::optional(RiskReference{kind, row.optional_text(kind_column + 1).value_or("")});
}

Value optional_date(std::optional<Date> date) { return date ? Value{format_date(*date)} : null_value(); }

Result<std::optional<Date>> date_from(Row row, std::size_t column)
{
    if (row.is_null(column))
        return std::optional<Date>();
    return std::optional(TRY(parse_date(row.text(column))));
}

constexpr std::string_view control_columns
    = "control, applicable, reasons, justification, reference_kind, reference_value, version";

Result<ControlApplicability> control_from_row(Row row)
{
    auto parsed = [&]() -> Result<ControlApplicability> {
        ControlApplicability applicability{.control = TRY(ControlNumber::parse(row.text(0)))};
        applicability.applicable = row.boolean(1);
        applicability.reasons = TRY(split_reasons(row.text(2)));
        applicability.justification = row.text(3);
        applicability.reference = TRY(reference_from(row, 4));
        applicability.version = row.int64(6);
        return applicability;
    }();
    if (!parsed)
        return stored_defect("control " + row.text(0), parsed.error());
    return parsed;
}

constexpr std::string_view measure_columns
    = "measure, status, owner, target_date, maturity, not_applicable_reason, reference_kind, reference_value,"
      " design_result, design_date, design_assessor, design_note,"
      " existence_result, existence_date, existence_assessor, existence_note,"
      " operation_result, operation_date, operation_assessor, operation_note,"
      " needs_review, review_reason, version";

Result<MeasureAnswer> measure_from_row(Row row)
{
    auto parsed = [&]() -> Result<MeasureAnswer> {
        MeasureAnswer answer{.measure = TRY(MeasureNumber::parse(row.text(0)))};
        answer.status = TRY(domain::assessment::parse_measure_status(row.text(1)));
        answer.owner = row.text(2);
        answer.target_date = TRY(date_from(row, 3));
        if (auto const maturity = row.optional_int64(4))
            answer.maturity = static_cast<int>(*maturity);
        answer.not_applicable_reason = row.text(5);
        answer.reference = TRY(reference_from(row, 6));
        for (std::size_t i = 0; i < answer.aspects.size(); ++i) {
            auto const base = 8 + 4 * i;
            AspectAssessment& aspect = answer.aspects[i];
            aspect.result = TRY(domain::assessment::parse_aspect_result(row.text(base)));
            aspect.date = TRY(date_from(row, base + 1));
            aspect.assessor = row.text(base + 2);
            aspect.note = row.text(base + 3);
        }
        answer.needs_review = row.boolean(20);
        answer.review_reason = row.text(21);
        answer.version = row.int64(22);
        return answer;
    }();
    if (!parsed)
        return stored_defect("answer " + row.text(0), parsed.error());
    return parsed;
}

// The values of every column of measure_columns but the version, in that order.
std::vector<Value> measure_values(MeasureAnswer const& answer)
{
    std::vector<Value> values{answer.measure.to_string(), std::string(domain::assessment::to_string(answer.status)),
        answer.owner, optional_date(answer.target_date),
        answer.maturity ? Value{std::int64_t{*answer.maturity}} : null_value(), answer.not_applicable_reason,
        reference_kind(answer.reference), reference_value(answer.reference)};
    for (auto const& aspect : answer.aspects) {
        values.insert(values.end(),
            {std::string(domain::assessment::to_string(aspect.result)), optional_date(aspect.date), aspect.assessor,
                aspect.note});
    }
    values.insert(values.end(), {bool_value(answer.needs_review), answer.review_reason});
    return values;
}

Result<void> insert_measure(Transaction& transaction, OrganisationId organisation, MeasureAnswer const& answer,
    std::int64_t version, std::string const& updated_by, Timestamp now)
{
    auto values = measure_values(answer);
    values.insert(values.end(), {version, organisation.value(), format_timestamp(now), updated_by});
    TRY(transaction.query("INSERT INTO assessment_measures (" + std::string(measure_columns)
            + ", organisation_id, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,"
              " $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26)",
        values));
    return ok();
}

Error stale(std::string const& what, std::int64_t current, std::int64_t expected)
{
    if (expected == 0)
        return Error::conflict(what + " was answered by someone else in the meantime (version "
            + std::to_string(current) + "); reload and try again");
    return Error::conflict(what + " was changed by someone else (version " + std::to_string(current) + ", expected "
        + std::to_string(expected) + "); reload and try again");
}

} // namespace

Result<std::optional<StoredAssessment>> AssessmentRepository::find(Connection& connection, OrganisationId organisation)
{
    auto const rows
        = TRY(connection.query("SELECT catalog_framework, catalog_version, maturity_scale, created_at,"
                               " created_by, updated_at, version FROM assessments WHERE organisation_id = $1",
            {organisation.value()}));
    if (rows.empty())
        return std::optional<StoredAssessment>();
    auto const row = rows.front();
    StoredAssessment stored;
    stored.catalog = {row.text(0), row.text(1)};
    stored.maturity_scale = row.text(2);
    stored.created_at = TRY(parse_timestamp(row.text(3)));
    stored.created_by = row.text(4);
    stored.updated_at = TRY(parse_timestamp(row.text(5)));
    stored.version = row.int64(6);
    return std::optional(std::move(stored));
}

Result<void> AssessmentRepository::create(Transaction& transaction, OrganisationId organisation,
    domain::catalog::VersionReference const& catalog, std::string const& maturity_scale, std::string const& created_by,
    Timestamp now)
{
    auto const time = format_timestamp(now);
    auto const rows = transaction.query(
        "INSERT INTO assessments (organisation_id, catalog_framework, catalog_version, maturity_scale, created_at,"
        " created_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        {organisation.value(), catalog.framework, catalog.version, maturity_scale, time, created_by, time});
    if (!rows && rows.error().kind() == ErrorKind::Conflict)
        return Error::conflict("the organisation has already started its assessment");
    TRY(rows);
    return ok();
}

Result<void> AssessmentRepository::set_catalog(Transaction& transaction, OrganisationId organisation,
    domain::catalog::VersionReference const& catalog, Timestamp now)
{
    TRY(transaction.query("UPDATE assessments SET catalog_framework = $1, catalog_version = $2, updated_at = $3,"
                          " version = version + 1 WHERE organisation_id = $4",
        {catalog.framework, catalog.version, format_timestamp(now), organisation.value()}));
    return ok();
}

Result<void> AssessmentRepository::set_maturity_scale(
    Transaction& transaction, OrganisationId organisation, std::string const& maturity_scale, Timestamp now)
{
    TRY(transaction.query("UPDATE assessments SET maturity_scale = $1, updated_at = $2, version = version + 1"
                          " WHERE organisation_id = $3",
        {maturity_scale, format_timestamp(now), organisation.value()}));
    return ok();
}

Result<std::vector<ControlApplicability>> AssessmentRepository::controls(
    Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query(
        "SELECT " + std::string(control_columns) + " FROM assessment_controls WHERE organisation_id = $1",
        {organisation.value()}));
    std::vector<ControlApplicability> controls;
    controls.reserve(rows.size());
    for (auto row : rows)
        controls.push_back(TRY(control_from_row(row)));
    // "5.10" sorts before "5.2" as text: order by the parsed number.
    std::sort(controls.begin(), controls.end(),
        [](ControlApplicability const& a, ControlApplicability const& b) { return a.control < b.control; });
    return controls;
}

Result<std::optional<ControlApplicability>> AssessmentRepository::find_control(
    Connection& connection, OrganisationId organisation, ControlNumber control)
{
    auto const rows = TRY(connection.query("SELECT " + std::string(control_columns)
            + " FROM assessment_controls WHERE organisation_id = $1 AND control = $2",
        {organisation.value(), control.to_string()}));
    if (rows.empty())
        return std::optional<ControlApplicability>();
    return std::optional(TRY(control_from_row(rows.front())));
}

Result<ControlApplicability> AssessmentRepository::save_control(Transaction& transaction, OrganisationId organisation,
    ControlApplicability const& applicability, std::int64_t expected_version, std::string const& updated_by,
    Timestamp now)
{
    auto const what = "control " + applicability.control.to_string();
    auto const current = TRY(find_control(transaction.connection(), organisation, applicability.control));
    auto const current_version = current ? current->version : 0;
    if (current_version != expected_version)
        return stale(what, current_version, expected_version);
    std::vector<Value> values{bool_value(applicability.applicable), join_reasons(applicability.reasons),
        applicability.justification, reference_kind(applicability.reference), reference_value(applicability.reference),
        format_timestamp(now), updated_by, organisation.value(), applicability.control.to_string()};
    if (!current) {
        // Two first answers at once: the primary key lets one through.
        auto const inserted = transaction.query(
            "INSERT INTO assessment_controls (applicable, reasons, justification, reference_kind, reference_value,"
            " updated_at, updated_by, organisation_id, control, version)"
            " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1)",
            values);
        if (!inserted && inserted.error().kind() == ErrorKind::Conflict)
            return stale(what, 1, 0);
        if (!inserted)
            return inserted.error();
    } else {
        values.insert(values.end(), {expected_version});
        auto const rows = TRY(transaction.query(
            "UPDATE assessment_controls SET applicable = $1, reasons = $2, justification = $3, reference_kind = $4,"
            " reference_value = $5, updated_at = $6, updated_by = $7, version = version + 1"
            " WHERE organisation_id = $8 AND control = $9 AND version = $10",
            values));
        if (rows.affected_rows() != 1)
            return stale(what, current_version + 1, expected_version);
    }
    ControlApplicability saved = applicability;
    saved.version = expected_version + 1;
    return saved;
}

Result<std::vector<MeasureAnswer>> AssessmentRepository::measures(Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query("SELECT " + std::string(measure_columns)
            + " FROM assessment_measures WHERE organisation_id = $1 ORDER BY measure",
        {organisation.value()}));
    std::vector<MeasureAnswer> answers;
    answers.reserve(rows.size());
    for (auto row : rows)
        answers.push_back(TRY(measure_from_row(row)));
    return answers;
}

Result<std::optional<MeasureAnswer>> AssessmentRepository::find_measure(
    Connection& connection, OrganisationId organisation, MeasureNumber measure)
{
    auto const rows = TRY(connection.query("SELECT " + std::string(measure_columns)
            + " FROM assessment_measures WHERE organisation_id = $1 AND measure = $2",
        {organisation.value(), measure.to_string()}));
    if (rows.empty())
        return std::optional<MeasureAnswer>();
    return std::optional(TRY(measure_from_row(rows.front())));
}

Result<MeasureAnswer> AssessmentRepository::save_measure(Transaction& transaction, OrganisationId organisation,
    MeasureAnswer const& answer, std::int64_t expected_version, std::string const& updated_by, Timestamp now)
{
    auto const what = "measure " + answer.measure.to_string();
    auto const current = TRY(find_measure(transaction.connection(), organisation, answer.measure));
    auto const current_version = current ? current->version : 0;
    if (current_version != expected_version)
        return stale(what, current_version, expected_version);
    if (!current) {
        auto const inserted = insert_measure(transaction, organisation, answer, 1, updated_by, now);
        if (!inserted && inserted.error().kind() == ErrorKind::Conflict)
            return stale(what, 1, 0);
        if (!inserted)
            return inserted.error();
    } else {
        auto values = measure_values(answer);
        values.insert(values.end(), {format_timestamp(now), updated_by, organisation.value(), expected_version});
        // $1 is the measure number, used in the WHERE clause.
        auto const rows = TRY(transaction.query(
            "UPDATE assessment_measures SET status = $2, owner = $3, target_date = $4, maturity = $5,"
            " not_applicable_reason = $6, reference_kind = $7, reference_value = $8,"
            " design_result = $9, design_date = $10, design_assessor = $11, design_note = $12,"
            " existence_result = $13, existence_date = $14, existence_assessor = $15, existence_note = $16,"
            " operation_result = $17, operation_date = $18, operation_assessor = $19, operation_note = $20,"
            " needs_review = $21, review_reason = $22, updated_at = $23, updated_by = $24, version = version + 1"
            " WHERE organisation_id = $25 AND measure = $1 AND version = $26",
            values));
        if (rows.affected_rows() != 1)
            return stale(what, current_version + 1, expected_version);
    }
    MeasureAnswer saved = answer;
    saved.version = expected_version + 1;
    return saved;
}

Result<void> AssessmentRepository::replace_measures(Transaction& transaction, OrganisationId organisation,
    std::vector<MeasureAnswer> const& answers, std::string const& updated_by, Timestamp now)
{
    TRY(transaction.query("DELETE FROM assessment_measures WHERE organisation_id = $1", {organisation.value()}));
    for (auto const& answer : answers)
        TRY(insert_measure(transaction, organisation, answer, answer.version + 1, updated_by, now));
    return ok();
}

Result<SnapshotSummary> AssessmentSnapshotRepository::add(Transaction& transaction, OrganisationId organisation,
    std::string const& label, std::string const& catalog, std::string const& content, std::string const& created_by,
    Timestamp now)
{
    auto const rows = transaction.query(
        "INSERT INTO assessment_snapshots (organisation_id, label, catalog, content, created_at, created_by)"
        " VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        {organisation.value(), label, catalog, content, format_timestamp(now), created_by});
    if (!rows && rows.error().kind() == ErrorKind::Conflict)
        return Error::conflict("a snapshot named \"" + label + "\" already exists").with_field("label");
    return SnapshotSummary{AssessmentSnapshotId(TRY(rows).front().int64(0)), label, catalog, now, created_by};
}

Result<std::vector<SnapshotSummary>> AssessmentSnapshotRepository::list(
    Connection& connection, OrganisationId organisation)
{
    auto const rows = TRY(connection.query("SELECT id, label, catalog, created_at, created_by FROM assessment_snapshots"
                                           " WHERE organisation_id = $1 ORDER BY created_at, id",
        {organisation.value()}));
    std::vector<SnapshotSummary> snapshots;
    snapshots.reserve(rows.size());
    for (auto row : rows) {
        snapshots.push_back({AssessmentSnapshotId(row.int64(0)), row.text(1), row.text(2),
            TRY(parse_timestamp(row.text(3))), row.text(4)});
    }
    return snapshots;
}

Result<std::string> AssessmentSnapshotRepository::content(
    Connection& connection, OrganisationId organisation, std::string const& label)
{
    auto const rows
        = TRY(connection.query("SELECT content FROM assessment_snapshots WHERE organisation_id = $1 AND label = $2",
            {organisation.value(), label}));
    if (rows.empty())
        return Error::not_found("snapshot \"" + label + "\" does not exist");
    return rows.front().text(0);
}

} // namespace bolwerk::store
