#pragma once

// Shared by the findings fuzz targets: imports the input as one report format into a
// sink that checks every text the importer hands on is valid UTF-8, and that
// evidence stays within its bound.
#include "fuzz_input.hpp"
#include "importers/findings/findings_importer.hpp"

namespace bolwerk::fuzz {

class CheckingSink final : public importers::findings::FindingSink {
public:
    Result<void> finding(domain::findings::Finding finding) override
    {
        for (auto const* text : {&finding.tool.name, &finding.rule_id, &finding.title, &finding.severity,
                 &finding.evidence, &finding.location.url, &finding.location.file, &finding.location.host,
                 &finding.location.package, &finding.analysis, &finding.fingerprint})
            require_utf8(*text);
        if (finding.evidence.size() > domain::findings::max_evidence_bytes)
            std::abort();
        return ok();
    }
    Result<void> rule_result(domain::findings::RuleResult result) override
    {
        require_utf8(result.rule_id);
        require_utf8(result.title);
        return ok();
    }
    Result<void> component(domain::findings::Component component) override
    {
        require_utf8(component.name);
        return ok();
    }
};

inline void import_as(importers::findings::ReportFormat format, std::uint8_t const* data, std::size_t size)
{
    importers::findings::ReportInput const input("fuzz", as_text(data, size));
    CheckingSink sink;
    auto const summary = importers::findings::import_findings_as(format, input, sink);
    if (summary)
        require_utf8(summary->tool.name);
    (void)importers::findings::detect_report_format(input);
}

} // namespace bolwerk::fuzz
