#include "importers/findings/zap_alert.hpp"

#include "importers/findings/report_text.hpp"

#include <charconv>

namespace bolwerk::importers::findings {
namespace {

std::string risk_name(std::string const& code)
{
    if (code == "0")
        return "Informational";
    if (code == "1")
        return "Low";
    if (code == "2")
        return "Medium";
    if (code == "3")
        return "High";
    return code;
}

std::optional<std::uint16_t> port_number(std::string_view text)
{
    unsigned value = 0;
    auto const [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value == 0 || value > 65535)
        return std::nullopt;
    return static_cast<std::uint16_t>(value);
}

std::string instance_evidence(ZapInstance const& instance, std::string const& description)
{
    std::string text = plain_text(description);
    for (auto const& [label, value] :
        {std::pair<char const*, std::string const*>{"method", &instance.method}, {"param", &instance.param},
            {"attack", &instance.attack}, {"evidence", &instance.evidence}, {"other info", &instance.other_info}})
        if (!value->empty())
            text += std::string("\n") + label + ": " + *value;
    return text;
}

} // namespace

Result<void> emit_zap_alert(ZapAlert const& alert, ZapSite const& site, FindingSink& sink, ImportSummary& summary)
{
    domain::findings::Finding base;
    base.tool = summary.tool;
    base.rule_id = alert.alert_ref.empty() ? alert.plugin_id : alert.alert_ref;
    base.title = plain_text(alert.name);
    base.severity = risk_name(alert.risk_code);
    add_unique(base.cwe_ids, cwe_id(alert.cwe_id));
    base.cve_ids = cve_ids_in(alert.name);
    base.location.target = site.name;
    base.location.host = site.host;
    base.location.port = port_number(site.port);
    if (alert.instances.empty()) {
        base.location.url = site.name;
        base.evidence = plain_text(alert.description);
        return emit_finding(sink, summary, std::move(base));
    }
    for (auto const& instance : alert.instances) {
        auto finding = base;
        finding.location.url = instance.uri;
        finding.evidence = instance_evidence(instance, alert.description);
        TRY(emit_finding(sink, summary, std::move(finding)));
    }
    return ok();
}

} // namespace bolwerk::importers::findings
