#include "domain/incident/cvd.hpp"

#include "common/named_enum.hpp"
#include "common/text.hpp"

namespace bolwerk::domain::incident {

namespace {

constexpr std::size_t max_summary_length = 20000;
constexpr std::size_t max_short_text = 200;

constexpr std::array state_names{EnumName<CvdState>{CvdState::Received, "received"},
    EnumName<CvdState>{CvdState::Acknowledged, "acknowledged"}, EnumName<CvdState>{CvdState::Fixed, "fixed"},
    EnumName<CvdState>{CvdState::Disclosed, "disclosed"}};

std::optional<Timestamp>& moment_of(CvdReport& report, CvdState state)
{
    switch (state) {
    case CvdState::Acknowledged: return report.acknowledged_at;
    case CvdState::Fixed: return report.fixed_at;
    case CvdState::Disclosed: return report.disclosed_at;
    case CvdState::Received: break;
    }
    BOLWERK_UNREACHABLE(); // advance_cvd_report never steps to Received.
}

Timestamp latest_step(CvdReport const& report)
{
    return report.disclosed_at.value_or(report.fixed_at.value_or(report.acknowledged_at.value_or(report.received_at)));
}

bool is_https_url(std::string_view url) { return url.starts_with("https://") && url.size() > 8; }

} // namespace

std::string_view to_string(CvdState state) { return enum_name(state_names, state); }
Result<CvdState> parse_cvd_state(std::string_view text) { return parse_enum(state_names, text, "CVD state"); }

CvdState CvdReport::state() const
{
    if (disclosed_at)
        return CvdState::Disclosed;
    if (fixed_at)
        return CvdState::Fixed;
    if (acknowledged_at)
        return CvdState::Acknowledged;
    return CvdState::Received;
}

Result<CvdReport> receive_cvd_report(CvdReport raw, Timestamp now)
{
    raw.summary = std::string(trim(raw.summary));
    raw.reporter = std::string(trim(raw.reporter));
    if (raw.summary.empty() || raw.summary.size() > max_summary_length)
        return Error::invalid("describe the vulnerability (at most 20000 characters)", {.field = "summary"});
    if (raw.reporter.empty() || raw.reporter.size() > max_short_text)
        return Error::invalid("name the reporter, or write 'anoniem'", {.field = "reporter"});
    if (raw.received_at > now)
        return Error::invalid("the moment received lies in the future", {.field = "received_at"});
    raw.acknowledged_at.reset();
    raw.fixed_at.reset();
    raw.disclosed_at.reset();
    return raw;
}

Result<CvdReport> advance_cvd_report(CvdReport report, CvdState to, Timestamp at, Timestamp now)
{
    auto const from = report.state();
    if (static_cast<int>(to) != static_cast<int>(from) + 1)
        return Error::conflict(
            "a CVD report that is " + std::string(to_string(from)) + " cannot become " + std::string(to_string(to)));
    if (at > now)
        return Error::invalid("the moment lies in the future", {.field = std::string(to_string(to)) + "_at"});
    if (at < latest_step(report))
        return Error::invalid(
            "the moment lies before the previous step", {.field = std::string(to_string(to)) + "_at"});
    moment_of(report, to) = at;
    return report;
}

Result<void> check_cvd_policy(CvdPolicyPublication const& policy, Date today)
{
    if (!is_https_url(policy.url))
        return Error::invalid("the CVD policy is published at an https address", {.field = "url"});
    if (!policy.security_txt_url.empty() && !is_https_url(policy.security_txt_url))
        return Error::invalid("security.txt is served over https", {.field = "security_txt_url"});
    if (policy.published_on > today)
        return Error::invalid("the publication date lies in the future", {.field = "published_on"});
    return ok();
}

} // namespace bolwerk::domain::incident
