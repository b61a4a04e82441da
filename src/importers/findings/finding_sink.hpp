#pragma once

#include "common/result.hpp"
#include "domain/findings/finding.hpp"
#include "importers/findings/report_format.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::importers::findings {

/// Receives what an importer reads, one item at a time and in document order, so an
/// importer never holds all findings of a report (a 500 MB report imports in bounded
/// memory). An error returned by the sink stops the import and is passed up unchanged.
/// A sink is used by one import at a time.
class FindingSink {
public:
    virtual ~FindingSink() = default;
    virtual Result<void> finding(domain::findings::Finding finding) = 0;
    virtual Result<void> rule_result(domain::findings::RuleResult result);
    virtual Result<void> component(domain::findings::Component component);
    virtual Result<void> score(domain::findings::TargetScore score);
};

/// The report step: what was read, counted, and what the report said about itself.
struct ImportSummary {
    ReportFormat format = ReportFormat::Sarif;
    std::string format_version; ///< "2.1.0", "1.4", "v2", …
    domain::findings::SourceTool tool; ///< The (first) tool the report names.
    std::string target; ///< The scanned target, if the report names one.
    std::optional<Timestamp> started;
    std::optional<Timestamp> finished;
    std::uint64_t findings = 0;
    std::uint64_t rule_results = 0;
    std::uint64_t components = 0;
    std::uint64_t scores = 0;
};

/// The last step every importer shares: bounds the evidence, computes the fingerprint
/// (with the tool's own one when it gives one, see domain/findings/fingerprint.hpp),
/// counts the finding in `summary` and hands it to the sink.
Result<void> emit_finding(FindingSink& sink, ImportSummary& summary, domain::findings::Finding finding,
    std::string_view tool_fingerprint = {});

/// Keeps everything in memory: for tests and small reports only.
class CollectingSink final : public FindingSink {
public:
    Result<void> finding(domain::findings::Finding finding) override;
    Result<void> rule_result(domain::findings::RuleResult result) override;
    Result<void> component(domain::findings::Component component) override;
    Result<void> score(domain::findings::TargetScore score) override;

    std::vector<domain::findings::Finding> findings;
    std::vector<domain::findings::RuleResult> rule_results;
    std::vector<domain::findings::Component> components;
    std::vector<domain::findings::TargetScore> scores;
};

} // namespace bolwerk::importers::findings
