#include "report/risk/risk_register_export.hpp"

#include "common/csv_field.hpp"
#include "common/text.hpp"

#include <xlsxwriter.h>

namespace bolwerk::report {

namespace {

std::string join(std::vector<std::string> const& parts, std::string_view separator)
{
    std::string joined;
    for (auto const& part : parts) {
        if (!joined.empty())
            joined += separator;
        joined += part;
    }
    return joined;
}

std::string optional_number(std::optional<domain::RiskScore> const& score, int domain::RiskScore::*member)
{
    return score ? std::to_string((*score).*member) : std::string();
}

// One risk as cells in the order of risk_register_columns().
std::vector<std::string> cells_of(domain::RiskMethodology const& methodology, domain::Risk const& risk)
{
    std::vector<std::string> systems;
    for (auto const system : risk.systems)
        systems.push_back(system.to_string());
    std::vector<std::string> measures;
    for (auto const& measure : risk.planned_measures)
        measures.push_back(measure.description);
    auto const first = risk.planned_measures.empty() ? nullptr : &risk.planned_measures.front();
    std::vector<std::string> cells{risk.id.to_string(), risk.title, risk.threat, risk.vulnerability, risk.owner,
        join(systems, ";"), std::to_string(risk.inherent.likelihood)};
    for (auto const& area : methodology.definition().areas) {
        std::string value;
        for (auto const& impact : risk.inherent_impacts) {
            if (impact.area == area.code)
                value = std::to_string(impact.impact);
        }
        cells.push_back(value);
    }
    cells.insert(cells.end(),
        {std::to_string(risk.inherent.impact), std::string(domain::to_string(risk.inherent.level)),
            join(risk.existing_controls, ";"), std::string(domain::to_string(risk.treatment)), join(measures, ";"),
            first ? first->owner : std::string(), first && first->due ? format_date(*first->due) : std::string(),
            optional_number(risk.residual, &domain::RiskScore::likelihood),
            optional_number(risk.residual, &domain::RiskScore::impact),
            risk.residual ? std::string(domain::to_string(risk.residual->level)) : std::string(),
            risk.review_due ? format_date(*risk.review_due) : std::string()});
    return cells;
}

Result<void> check(lxw_error error, std::string const& path)
{
    if (error == LXW_NO_ERROR)
        return ok();
    return Error::unavailable("cannot write '" + path + "': " + lxw_strerror(error));
}

void write_row(lxw_worksheet* sheet, lxw_row_t row, std::vector<std::string> const& cells, lxw_format* format)
{
    // Scores are written as numbers so that spreadsheet filters and sorting work on them.
    constexpr std::size_t max_number_digits = 9;
    for (std::size_t column = 0; column < cells.size(); ++column) {
        auto const& cell = cells[column];
        auto const target = static_cast<lxw_col_t>(column);
        if (format == nullptr && is_ascii_digits(cell) && cell.size() <= max_number_digits)
            worksheet_write_number(sheet, row, target, std::stod(cell), nullptr);
        else
            worksheet_write_string(sheet, row, target, cell.c_str(), format);
    }
}

void write_methodology_sheet(lxw_workbook* workbook, domain::RiskMethodology const& methodology, lxw_format* bold)
{
    auto* sheet = workbook_add_worksheet(workbook, "Methodiek");
    write_row(sheet, 0, {"Schaal", "Waarde", "Label", "Label (EN)"}, bold);
    lxw_row_t row = 1;
    for (auto const& [name, scale] : {std::pair{"Kans", &methodology.definition().likelihood},
             std::pair{"Impact", &methodology.definition().impact}}) {
        for (auto const& step : *scale)
            write_row(sheet, row++, {name, std::to_string(step.value), step.label_nl, step.label_en}, nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
}

} // namespace

std::vector<std::string> risk_register_columns(domain::RiskMethodology const& methodology)
{
    std::vector<std::string> columns{
        "id", "title", "threat", "vulnerability", "owner", "systems", "inherent_likelihood"};
    for (auto const& area : methodology.definition().areas)
        columns.push_back("impact_" + area.code);
    columns.insert(columns.end(),
        {"inherent_impact", "inherent_level", "existing_controls", "treatment", "planned_measures",
            "planned_measure_owner", "planned_measure_due", "residual_likelihood", "residual_impact", "residual_level",
            "review_due"});
    return columns;
}

std::string risk_register_csv(domain::RiskMethodology const& methodology, std::vector<domain::Risk> const& risks)
{
    std::string csv;
    append_csv_line(csv, risk_register_columns(methodology));
    for (auto const& risk : risks)
        append_csv_line(csv, cells_of(methodology, risk));
    return csv;
}

Result<void> write_risk_register_xlsx(
    std::string const& path, domain::RiskMethodology const& methodology, std::vector<domain::Risk> const& risks)
{
    lxw_workbook* workbook = workbook_new(path.c_str());
    if (workbook == nullptr)
        return Error::unavailable("cannot create '" + path + "'");
    auto* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    auto* sheet = workbook_add_worksheet(workbook, "Risico's");
    auto const columns = risk_register_columns(methodology);
    write_row(sheet, 0, columns, bold);
    lxw_row_t row = 1;
    for (auto const& risk : risks)
        write_row(sheet, row++, cells_of(methodology, risk), nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(risks.size()), static_cast<lxw_col_t>(columns.size() - 1));
    write_methodology_sheet(workbook, methodology, bold);
    return check(workbook_close(workbook), path);
}

} // namespace bolwerk::report
