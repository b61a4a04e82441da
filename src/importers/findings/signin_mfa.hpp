#pragma once

#include "common/result.hpp"
#include "domain/findings/werking_verdict.hpp"
#include "importers/findings/report_input.hpp"

#include <cstddef>

namespace bolwerk::importers::findings {

/// The layout of a sign-in log.
enum class SignInLayout : std::uint8_t {
    JsonLines, ///< One Microsoft Graph signIn object per line.
    ListResponse, ///< The Graph list response {"@odata.context", "value": [signIn, …], "@odata.nextLink"}.
};

/// MFA coverage from Microsoft Entra ID sign-in records (Microsoft Graph `signIn`,
/// GET /auditLogs/signIns; issue #17 item 6, for BIO2 5.17.01). Counted:
/// - a successful sign-in has status.errorCode 0;
/// - it is interactive when isInteractive is true or absent (the v1.0 list holds only
///   interactive sign-ins and has no such field);
/// - it used MFA when authenticationRequirement is "multiFactorAuthentication", or, in
///   records without authenticationRequirement, when mfaDetail.authMethod is set;
/// - the accounts (userPrincipalName, else userId) with a successful interactive
///   single-factor sign-in are listed, sorted and unique.
/// The bulk path: simdjson On-Demand over the bytes (a memory-mapped file), in
/// parallel over `threads` chunks: split at line ends for JSON lines; for the list
/// response the chunks first agree on where strings and records start (quote parity
/// and nesting per chunk, then a prefix over the chunks), so a boundary is never
/// guessed inside a string. A record that is not valid JSON, not an object or has no
/// status.errorCode is Invalid, naming its line and column.
Result<domain::findings::MfaCoverage> scan_signins(ReportInput const& input, unsigned threads);

/// Which layout the log has: a top-level object with a "value" member is a list
/// response, anything else starting with '{' JSON lines.
Result<SignInLayout> detect_signin_layout(ReportInput const& input);

} // namespace bolwerk::importers::findings
