#pragma once

#include "common/result.hpp"
#include "domain/risk/risk.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::importers {

/// One register row read from CSV, with the line it starts on.
struct RiskCsvRow {
    std::uint64_t line = 0;
    domain::RiskDraft draft;
};

/// What a risk CSV yields: the rows that could be read and an error (with line and
/// column name) for every row that could not. Scoring against the methodology is the
/// use case's job; this only reads.
struct RiskCsvContent {
    std::vector<RiskCsvRow> rows;
    std::vector<Error> rejected;
};

/// Reads the register CSV format of `bolwerk risk export` (report/risk): required
/// columns title, owner and inherent_likelihood, plus impact_<area> columns; optional
/// threat, vulnerability, systems (ids separated by ';'), existing_controls (';'),
/// treatment, planned_measures (';'), planned_measure_owner, planned_measure_due,
/// residual_likelihood, residual_impact, review_due. Derived export columns (id,
/// inherent_impact, *_level) are ignored. A file that cannot be parsed as CSV, or
/// that lacks a required column, is an Error for the whole file.
Result<RiskCsvContent> read_risk_csv(std::string_view text, std::string const& source);

} // namespace bolwerk::importers
