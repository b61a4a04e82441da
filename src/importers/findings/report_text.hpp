#pragma once

#include "common/clock.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Small text helpers shared by the findings mappers.
namespace bolwerk::importers::findings {

/// Cuts `text` to at most `limit` bytes without splitting a UTF-8 sequence, and marks
/// a cut with "…". Used for evidence, so no finding carries a megabyte of response.
std::string bounded_text(std::string_view text, std::size_t limit);

/// Removes HTML tags (ZAP puts <p> in its texts) and collapses runs of white space.
std::string plain_text(std::string_view html);

/// Reads the time formats reports use: RFC 3339 with any fraction and offset
/// ("2021-08-25T12:20:30.000000005Z", "2021-12-10T10:43:15+01:00"), RFC 1123 without
/// zone as ZAP writes it ("Wed, 29 Oct 2025 10:53:54", taken as UTC), ctime as Nessus
/// writes it ("Tue Jan 26 13:41:29 2021") and Unix seconds. Anything else is nullopt:
/// a report time is informative, never a reason to refuse a report.
std::optional<Timestamp> parse_report_time(std::string_view text);

/// Every "CVE-YYYY-NNNN…" in `text`, in order and without repeats.
std::vector<std::string> cve_ids_in(std::string_view text);

/// "79" or "CWE-79" becomes "CWE-79"; anything else (empty, "-1", "0") is "".
std::string cwe_id(std::string_view text);

/// Adds `value` to `values` unless empty or already there.
void add_unique(std::vector<std::string>& values, std::string value);

} // namespace bolwerk::importers::findings
