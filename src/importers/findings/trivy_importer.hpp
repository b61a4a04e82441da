#pragma once

#include "importers/findings/finding_sink.hpp"
#include "importers/findings/report_input.hpp"

namespace bolwerk::importers::findings {

/// Trivy's JSON report (SchemaVersion 2): every entry of Results[].Vulnerabilities,
/// Results[].Misconfigurations (only Status FAIL) and Results[].Secrets becomes a
/// finding. The header fields (Trivy.Version, CreatedAt, ArtifactName) are read in
/// document order; Trivy writes them before Results. Secrets never carry the matched
/// text or code lines into the evidence: only the rule and the place.
Result<ImportSummary> import_trivy(ReportInput const& input, FindingSink& sink);

} // namespace bolwerk::importers::findings
