#pragma once

#include "common/result.hpp"
#include "domain/findings/finding.hpp"
#include "domain/risk/risk_level.hpp"

#include <string>
#include <vector>

namespace bolwerk::domain::findings {

/// One row of a severity mapping: a tool's severity word (or number) and the
/// organisation's risk level it stands for. An empty `tool` applies to every tool.
struct SeverityRule {
    std::string tool; ///< Lower case, e.g. "nessus"; "" for any tool.
    std::string severity; ///< Lower case, as the tool writes it: "critical", "4", "error".
    RiskLevel level = RiskLevel::Midden;

    bool operator==(SeverityRule const&) const = default;
};

/// How tool severities become the organisation's risk levels (issue #17, item 2; the
/// levels are those of the risk methodology, so a finding weighs the same as a risk in
/// 8.08.02's explicit risk assessment). The mapping is data: an organisation may keep
/// the default or set its own rows. Resolution, first match wins:
///  1. a row for this tool and this severity;
///  2. a row for any tool and this severity;
///  3. the CVSS base score (v4, else v3, computed from the vector when only that is
///     given, or a severity that is itself a decimal score such as SARIF's
///     "security-severity" 8.8) on the CVSS qualitative scale: 9.0–10 ZeerHoog,
///     7.0–8.9 Hoog, 4.0–6.9 Midden, below that Laag;
///  4. otherwise Midden: an unknown severity is not assumed harmless.
/// A value type; cheap to copy.
class SeverityMapping {
public:
    /// The default rows: critical → zeer hoog, high/error → hoog, medium/moderate/
    /// warning → midden, low/info/informational/none/note/log → laag, and Nessus' 0–4.
    static SeverityMapping default_mapping();
    /// Refuses rows with an empty severity and two rows for the same tool and severity.
    static Result<SeverityMapping> create(std::vector<SeverityRule> rules);

    RiskLevel level_of(Finding const& finding) const;
    std::vector<SeverityRule> const& rules() const { return m_rules; }

private:
    explicit SeverityMapping(std::vector<SeverityRule> rules);
    std::vector<SeverityRule> m_rules;
};

/// The CVSS qualitative band of a base score (FIRST CVSS v3.1 section 5) as risk level.
RiskLevel level_of_score(double score);

} // namespace bolwerk::domain::findings
