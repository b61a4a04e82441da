#pragma once

#include "importers/findings/finding_sink.hpp"
#include "importers/findings/report_input.hpp"

namespace bolwerk::importers::findings {

/// CycloneDX 1.2–1.7 JSON (SBOM, VEX, or both): every component (nested ones too) goes to
/// the inventory, every vulnerability becomes one finding per affected component, with
/// the VEX analysis (state: justification) as the finding's analysis. metadata.tools
/// may be an array (1.2–1.4) or an object with components and services (1.5 on).
/// Affected components are named by their bom-ref; components listed before the
/// vulnerabilities (as every generator writes them) are resolved to name and version.
Result<ImportSummary> import_cyclonedx(ReportInput const& input, FindingSink& sink);

} // namespace bolwerk::importers::findings
