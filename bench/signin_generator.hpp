#pragma once

#include <cstdint>
#include <string>

namespace bolwerk::bench {

/// Writes deterministic, realistic Microsoft Graph signIn records (about 1.5 kB each,
/// the fields of the v1.0/beta signIn resource) until the file holds `bytes` bytes:
/// 5,000 users, about 10 % failed sign-ins, 15 % non-interactive, 3 % of the
/// successful interactive ones single-factor from 60 accounts. `list_response` writes
/// one Graph list response ({"@odata.context", "value": [...], "@odata.nextLink"})
/// instead of JSON lines. Returns false if the file cannot be written.
bool write_signin_log(std::string const& path, std::uint64_t bytes, bool list_response);

} // namespace bolwerk::bench
