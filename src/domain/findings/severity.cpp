#include "domain/findings/severity.hpp"

#include "common/text.hpp"
#include "domain/findings/cvss.hpp"

#include <charconv>
#include <set>

namespace bolwerk::domain::findings {

SeverityMapping::SeverityMapping(std::vector<SeverityRule> rules)
    : m_rules(std::move(rules))
{
}

SeverityMapping SeverityMapping::default_mapping()
{
    std::vector<SeverityRule> rules;
    auto const add = [&](std::string const& tool, std::initializer_list<char const*> words, RiskLevel level) {
        for (auto const* word : words)
            rules.push_back({tool, word, level});
    };
    add("", {"critical"}, RiskLevel::ZeerHoog);
    add("", {"high", "error"}, RiskLevel::Hoog);
    add("", {"medium", "moderate", "warning"}, RiskLevel::Midden);
    add("", {"low", "info", "informational", "information", "none", "note", "log", "negligible"}, RiskLevel::Laag);
    // Nessus' severity attribute: 0 info, 1 low, 2 medium, 3 high, 4 critical.
    add("nessus", {"4"}, RiskLevel::ZeerHoog);
    add("nessus", {"3"}, RiskLevel::Hoog);
    add("nessus", {"2"}, RiskLevel::Midden);
    add("nessus", {"1", "0"}, RiskLevel::Laag);
    return SeverityMapping(std::move(rules));
}

Result<SeverityMapping> SeverityMapping::create(std::vector<SeverityRule> rules)
{
    std::set<std::pair<std::string, std::string>> seen;
    for (auto& rule : rules) {
        rule.tool = to_ascii_lower(trim(rule.tool));
        rule.severity = to_ascii_lower(trim(rule.severity));
        if (rule.severity.empty())
            return Error::invalid("a severity mapping row has no severity", {.field = "severity"});
        if (!seen.emplace(rule.tool, rule.severity).second)
            return Error::invalid("severity '" + rule.severity + "' is mapped twice"
                    + (rule.tool.empty() ? std::string() : " for tool " + rule.tool),
                {.field = "severity"});
    }
    return SeverityMapping(std::move(rules));
}

RiskLevel level_of_score(double score)
{
    if (score >= 9.0)
        return RiskLevel::ZeerHoog;
    if (score >= 7.0)
        return RiskLevel::Hoog;
    if (score >= 4.0)
        return RiskLevel::Midden;
    return RiskLevel::Laag;
}

namespace {

// A severity such as "8.8" (SARIF security-severity): a decimal score from 0 to 10.
std::optional<double> decimal_score(std::string_view text)
{
    if (text.find('.') == std::string_view::npos)
        return std::nullopt;
    double value = 0;
    auto const [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0 || value > 10)
        return std::nullopt;
    return value;
}

} // namespace

RiskLevel SeverityMapping::level_of(Finding const& finding) const
{
    auto const tool = to_ascii_lower(finding.tool.name);
    auto const severity = to_ascii_lower(trim(finding.severity));
    for (auto const* wanted_tool : {&tool, static_cast<std::string const*>(nullptr)})
        for (auto const& rule : m_rules)
            if (rule.severity == severity && (wanted_tool == nullptr ? rule.tool.empty() : rule.tool == *wanted_tool))
                return rule.level;
    for (auto const& cvss : {finding.cvss_v4, finding.cvss_v3})
        if (cvss)
            if (auto const score = cvss_score(*cvss))
                return level_of_score(*score);
    if (auto const score = decimal_score(severity))
        return level_of_score(*score);
    return RiskLevel::Midden;
}

} // namespace bolwerk::domain::findings
