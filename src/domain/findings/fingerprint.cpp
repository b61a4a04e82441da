#include "domain/findings/fingerprint.hpp"

#include "common/digest.hpp"
#include "common/text.hpp"

#include <algorithm>

namespace bolwerk::domain::findings {
namespace {

// Fields are joined with a unit separator, which no field contains in practice; a
// field that does is still unambiguous because each field is length-prefixed.
void append_field(std::string& key, std::string_view field)
{
    key += std::to_string(field.size());
    key += ':';
    key += field;
    key += '\x1f';
}

std::string rule_or_cve(Finding const& finding)
{
    if (!finding.rule_id.empty())
        return finding.rule_id;
    if (finding.cve_ids.empty())
        return finding.title;
    return *std::min_element(finding.cve_ids.begin(), finding.cve_ids.end());
}

} // namespace

std::string url_without_query(std::string_view url)
{
    auto const cut = url.find_first_of("?#");
    auto base = std::string(url.substr(0, cut));
    auto const scheme_end = base.find("://");
    if (scheme_end == std::string::npos)
        return base;
    auto const host_end = base.find('/', scheme_end + 3);
    auto const lowered = to_ascii_lower(std::string_view(base).substr(0, host_end));
    return lowered + (host_end == std::string::npos ? std::string() : base.substr(host_end));
}

std::string finding_fingerprint(Finding const& finding, std::string_view tool_fingerprint)
{
    std::string key;
    append_field(key, to_ascii_lower(finding.tool.name));
    if (!tool_fingerprint.empty()) {
        append_field(key, tool_fingerprint);
        return "t1:" + sha256_hex(key);
    }
    auto const& location = finding.location;
    append_field(key, rule_or_cve(finding));
    append_field(key, location.target);
    append_field(key, to_ascii_lower(location.host));
    append_field(key, location.port ? std::to_string(*location.port) : std::string());
    append_field(key, to_ascii_lower(location.protocol));
    append_field(key, url_without_query(location.url));
    append_field(key, location.file);
    append_field(key, location.package);
    return "f1:" + sha256_hex(key);
}

} // namespace bolwerk::domain::findings
