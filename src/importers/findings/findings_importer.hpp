#pragma once

#include "importers/findings/finding_sink.hpp"
#include "importers/findings/report_format.hpp"
#include "importers/findings/report_input.hpp"

namespace bolwerk::importers::findings {

/// The detect step: which report format the content is, from the content alone (never
/// the file name). JSON is told apart by its top-level members (SARIF "runs" and
/// "version", Trivy "SchemaVersion", CycloneDX "bomFormat", ZAP "site" with "@version",
/// internet.nl "data"/"domains"/a map of domain results), XML by its root element and
/// namespace. Anything else is Invalid, naming what was found and where.
Result<ReportFormat> detect_report_format(ReportInput const& input);

/// Detects the format and imports the report into `sink` (read → detect → parse → map
/// → report). Errors keep the importer's location (line, column, JSON pointer).
Result<ImportSummary> import_findings(ReportInput const& input, FindingSink& sink);

/// Imports a report of a known format; a report of another format is Invalid.
Result<ImportSummary> import_findings_as(ReportFormat format, ReportInput const& input, FindingSink& sink);

} // namespace bolwerk::importers::findings
