#include "domain/findings/werking_verdict.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>

namespace bolwerk::domain::findings {

std::string_view to_string(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Effective: return "effective";
    case Verdict::PartlyEffective: return "partly_effective";
    case Verdict::NotEffective: return "not_effective";
    case Verdict::NoData: return "no_data";
    }
    return "no_data";
}

namespace {

std::string percent(double share) { return std::to_string(std::lround(share * 1000.0) / 10) + "%"; }

Verdict by_share(double share, double partly)
{
    if (share >= 1.0)
        return Verdict::Effective;
    return share >= partly && share > 0 ? Verdict::PartlyEffective : Verdict::NotEffective;
}

} // namespace

bool is_mandatory_internetnl_test(std::string_view test_id)
{
    // Test ids of the internet.nl API (v1.1 views and v2 tests) for the standards on the
    // "pas toe of leg uit" list; the optional and informational tests are left out.
    static constexpr std::array<std::string_view, 14> prefixes{"web_https_", "web_dnssec_", "web_ipv6_", "web_rpki_",
        "mail_starttls_", "mail_auth_spf", "mail_auth_dkim", "mail_auth_dmarc", "mail_dnssec_", "mail_ipv6_",
        "mail_rpki_", "web_tls_", "mail_tls_", "web_http_hsts"};
    return std::any_of(
        prefixes.begin(), prefixes.end(), [&](std::string_view prefix) { return test_id.starts_with(prefix); });
}

WerkingVerdict internetnl_verdict(
    std::vector<TargetScore> const& scores, std::vector<RuleResult> const& results, Period period)
{
    WerkingVerdict verdict{"5.14.01", Verdict::NoData, 0, {}, period};
    std::set<std::string> domains;
    for (auto const& score : scores)
        domains.insert(score.target);
    std::map<std::string, std::vector<std::string>> failures;
    for (auto const& result : results)
        if (result.title == "test" && result.outcome == RuleOutcome::Fail
            && is_mandatory_internetnl_test(result.rule_id)) {
            domains.insert(result.target);
            failures[result.target].push_back(result.rule_id);
        }
    if (domains.empty())
        return verdict;
    for (auto const& [domain, tests] : failures) {
        std::string list;
        for (auto const& test : tests)
            list += (list.empty() ? "" : ", ") + test;
        verdict.reasons.push_back(domain + ": " + list);
    }
    for (auto const& score : scores)
        verdict.reasons.push_back(
            score.target + " (" + score.kind + "): internet.nl score " + percent(score.percentage / 100.0));
    verdict.value = static_cast<double>(domains.size() - failures.size()) / static_cast<double>(domains.size());
    verdict.verdict = by_share(verdict.value, 1e-9);
    return verdict;
}

WerkingVerdict open_high_findings_verdict(
    std::map<std::string, std::uint64_t> const& open_high_per_system, Period period)
{
    WerkingVerdict verdict{"8.08", Verdict::NoData, 0, {}, period};
    if (open_high_per_system.empty())
        return verdict;
    std::uint64_t total = 0;
    for (auto const& [system, count] : open_high_per_system)
        if (count > 0) {
            total += count;
            verdict.reasons.push_back(system + ": " + std::to_string(count) + " open high-risk finding(s)");
        }
    verdict.value = static_cast<double>(total);
    verdict.verdict = total == 0 ? Verdict::Effective : Verdict::NotEffective;
    return verdict;
}

WerkingVerdict hardening_verdict(
    std::vector<RuleResult> const& results, Period period, WerkingThresholds const& thresholds)
{
    WerkingVerdict verdict{"8.09", Verdict::NoData, 0, {}, period};
    std::uint64_t passed = 0;
    std::uint64_t counted = 0;
    for (auto const& result : results) {
        if (result.outcome == RuleOutcome::Pass || result.outcome == RuleOutcome::Fixed)
            ++passed;
        else if (result.outcome != RuleOutcome::Fail && result.outcome != RuleOutcome::Error)
            continue;
        else if (verdict.reasons.size() < 50)
            verdict.reasons.push_back(result.target + ": " + result.rule_id + " " + result.outcome_text);
        ++counted;
    }
    if (counted == 0)
        return verdict;
    verdict.value = static_cast<double>(passed) / static_cast<double>(counted);
    verdict.verdict = verdict.value >= thresholds.hardening_effective ? Verdict::Effective
        : verdict.value >= thresholds.hardening_partly                ? Verdict::PartlyEffective
                                                                      : Verdict::NotEffective;
    return verdict;
}

WerkingVerdict sbom_coverage_verdict(std::vector<std::string> const& systems,
    std::vector<std::string> const& systems_with_sbom, Period period, WerkingThresholds const& thresholds)
{
    WerkingVerdict verdict{"8.28", Verdict::NoData, 0, {}, period};
    if (systems.empty())
        return verdict;
    std::set<std::string> const covered(systems_with_sbom.begin(), systems_with_sbom.end());
    std::uint64_t count = 0;
    for (auto const& system : systems) {
        if (covered.contains(system))
            ++count;
        else
            verdict.reasons.push_back(system + ": no SBOM");
    }
    verdict.value = static_cast<double>(count) / static_cast<double>(systems.size());
    verdict.verdict = by_share(verdict.value, thresholds.sbom_partly);
    return verdict;
}

WerkingVerdict mfa_verdict(MfaCoverage const& coverage, std::vector<std::string> const& approved_exceptions,
    Period period, WerkingThresholds const& thresholds)
{
    WerkingVerdict verdict{"5.17.01", Verdict::NoData, 0, {}, period};
    if (coverage.interactive_successful == 0)
        return verdict;
    verdict.value = coverage.share();
    std::set<std::string> const approved(approved_exceptions.begin(), approved_exceptions.end());
    bool all_approved = true;
    for (auto const& account : coverage.single_factor_accounts) {
        bool const is_approved = approved.contains(account);
        all_approved = all_approved && is_approved;
        verdict.reasons.push_back(
            account + (is_approved ? ": single-factor, approved exception" : ": single-factor sign-in"));
    }
    verdict.verdict = all_approved               ? Verdict::Effective
        : verdict.value >= thresholds.mfa_partly ? Verdict::PartlyEffective
                                                 : Verdict::NotEffective;
    return verdict;
}

} // namespace bolwerk::domain::findings
