#pragma once

#include "domain/findings/finding.hpp"

#include <string>
#include <string_view>

namespace bolwerk::domain::findings {

/// The deduplication key of a finding (issue #17, item 2): a re-scan that reports the
/// same weakness at the same place must update the finding, not add a second one, so
/// the clock of 8.08.01 keeps running from the first moment of knowledge.
///
/// The key is "f1:" + SHA-256 over, in this order: the tool name (lower case), the rule
/// id (or, without one, the lowest CVE id), and the location: target, host, port,
/// protocol, the URL without query or fragment, file and package name. Left out on
/// purpose: the line number (code moves between scans), the package version (an
/// upgrade that keeps the CVE is the same open finding), severity, title and evidence
/// (tools reword them between versions), and scan times.
///
/// When the tool itself supplies a stable fingerprint (SARIF partialFingerprints,
/// Trivy's Fingerprint), `tool_fingerprint` is that value and the key is
/// "t1:" + SHA-256 of tool name and that value instead.
std::string finding_fingerprint(Finding const& finding, std::string_view tool_fingerprint = {});

/// The URL without query string and fragment, scheme and host in lower case.
std::string url_without_query(std::string_view url);

} // namespace bolwerk::domain::findings
