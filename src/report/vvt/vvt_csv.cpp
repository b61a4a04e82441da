#include "report/vvt/vvt_csv.hpp"

#include "common/csv_field.hpp"

namespace bolwerk::report::vvt {

namespace {

domain::vvt::ControlRow const* control_of(
    domain::vvt::StatementOfApplicability const& statement, domain::vvt::MeasureRow const& row)
{
    auto const control = row.measure.control();
    if (!control)
        return nullptr;
    for (auto const& candidate : statement.controls) {
        if (candidate.control == *control)
            return &candidate;
    }
    return nullptr;
}

std::vector<std::string> cells_of(
    domain::vvt::StatementOfApplicability const& statement, domain::vvt::MeasureRow const& row)
{
    auto const* control = control_of(statement, row);
    std::vector<std::string> cells{row.measure.to_string(), control ? control->control.to_string() : std::string(),
        control ? control->label_nl : std::string(), control && !control->applicable ? "false" : "true",
        std::string(domain::catalog::to_string(row.kind)), std::string(domain::assessment::to_string(row.status)),
        row.owner, row.target_date ? format_date(*row.target_date) : std::string(),
        row.maturity ? std::to_string(*row.maturity) : std::string(), row.maturity_label};
    for (auto const aspect : domain::assessment::all_aspects) {
        auto const& assessed = row.aspect(aspect);
        cells.insert(cells.end(),
            {std::string(domain::assessment::to_string(assessed.result)),
                assessed.date ? format_date(*assessed.date) : std::string(), assessed.assessor, assessed.note});
    }
    cells.insert(cells.end(),
        {row.not_applicable_reason,
            row.reference ? std::string(domain::assessment::to_string(row.reference->kind)) : std::string(),
            row.reference ? row.reference->value : std::string()});
    return cells;
}

} // namespace

std::vector<std::string> statement_csv_columns()
{
    std::vector<std::string> columns{"measure", "control", "control_label", "control_applicable", "kind", "status",
        "owner", "target_date", "maturity", "maturity_label"};
    for (auto const aspect : domain::assessment::all_aspects) {
        auto const prefix = std::string(domain::assessment::to_string(aspect)) + "_";
        columns.insert(columns.end(), {prefix + "result", prefix + "date", prefix + "assessor", prefix + "note"});
    }
    columns.insert(columns.end(), {"not_applicable_reason", "reference_kind", "reference"});
    return columns;
}

std::string statement_measures_csv(domain::vvt::StatementOfApplicability const& statement)
{
    std::string csv;
    append_csv_line(csv, statement_csv_columns());
    for (auto const& row : statement.measures)
        append_csv_line(csv, cells_of(statement, row));
    return csv;
}

} // namespace bolwerk::report::vvt
