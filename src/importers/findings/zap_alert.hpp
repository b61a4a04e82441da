#pragma once

#include "importers/findings/finding_sink.hpp"

#include <string>
#include <vector>

namespace bolwerk::importers::findings {

/// One place where ZAP saw an alert.
struct ZapInstance {
    std::string uri;
    std::string method;
    std::string param;
    std::string attack;
    std::string evidence;
    std::string other_info;
};

/// A ZAP alert as both traditional reports (JSON and XML) carry it; the field names
/// are those of the report (pluginid, alertRef, riskcode, cweid, …).
struct ZapAlert {
    std::string plugin_id;
    std::string alert_ref;
    std::string name;
    std::string risk_code; ///< "0" informational … "3" high
    std::string description;
    std::string solution;
    std::string cwe_id;
    std::vector<ZapInstance> instances;
};

/// The site the alerts belong to (`site` element or object).
struct ZapSite {
    std::string name; ///< "https://example.com"
    std::string host;
    std::string port;
};

/// Emits one finding per instance (one per alert when it lists none). Severity is
/// ZAP's name for the risk code (Informational, Low, Medium, High); an unknown code is
/// kept as given.
Result<void> emit_zap_alert(ZapAlert const& alert, ZapSite const& site, FindingSink& sink, ImportSummary& summary);

} // namespace bolwerk::importers::findings
