#pragma once

#include "domain/vvt/statement.hpp"
#include "report/table.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The VvT as Dutch tables, one per part, shared by the XLSX and PDF exports so that
// both show the same columns with the same labels.
namespace bolwerk::report::vvt {

// The VvT's parts are tables of report/table.hpp.
using report::Column;
using report::Table;

/// "Verklaring van Toepasselijkheid"
constexpr std::string_view document_title = "Verklaring van Toepasselijkheid";

/// "Gemeente Voorbeeld — versie 3 (vastgesteld)"; "concept" for a draft, no version for 0.
std::string document_subtitle(domain::vvt::StatementOfApplicability const& statement);

/// The header as label/value pairs: Organisatie, Normenkader, Versie, Status,
/// Vastgesteld door, Vastgesteld op, Gegenereerd op, SHA-256.
Table header_table(domain::vvt::StatementOfApplicability const& statement);
/// "Reikwijdte": the scope statement, processes, systems, locations, interfaces, exclusions.
Table scope_table(domain::vvt::StatementOfApplicability const& statement);
/// "Beheersmaatregelen": one row per ISO 27002 control.
Table control_table(domain::vvt::StatementOfApplicability const& statement);
/// "Overheidsmaatregelen": one row per measure.
Table measure_table(domain::vvt::StatementOfApplicability const& statement);
/// "Bijlage uitzonderingen": one row per exclusion or deviation.
Table exception_table(domain::vvt::StatementOfApplicability const& statement);

/// The five tables above in document order.
std::vector<Table> statement_tables(domain::vvt::StatementOfApplicability const& statement);

/// Dutch labels used by the tables (and available to other views).
std::string_view label(domain::assessment::InclusionReason reason);
std::string_view label(domain::assessment::MeasureStatus status);
std::string_view label(domain::assessment::AspectResult result);
std::string_view label(domain::vvt::ControlImplementation implementation);
std::string_view label(domain::vvt::StatementStatus status);
/// "Risicoanalyse 12", "Risico 7", "Document RA-2026-03"; "" when absent.
std::string label(std::optional<domain::assessment::RiskReference> const& reference);

} // namespace bolwerk::report::vvt
