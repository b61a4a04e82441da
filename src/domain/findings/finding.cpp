#include "domain/findings/finding.hpp"

namespace bolwerk::domain::findings {

std::string_view to_string(RuleOutcome outcome)
{
    switch (outcome) {
    case RuleOutcome::Pass: return "pass";
    case RuleOutcome::Fail: return "fail";
    case RuleOutcome::Error: return "error";
    case RuleOutcome::Unknown: return "unknown";
    case RuleOutcome::NotApplicable: return "notapplicable";
    case RuleOutcome::NotChecked: return "notchecked";
    case RuleOutcome::NotSelected: return "notselected";
    case RuleOutcome::Informational: return "informational";
    case RuleOutcome::Fixed: return "fixed";
    }
    return "unknown";
}

} // namespace bolwerk::domain::findings
