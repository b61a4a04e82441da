#pragma once

// Internal to the sign-in scanner (signin_mfa.cpp, signin_list_scan.cpp): the per-thread
// tally and the record counter. Includes simdjson; not for other files.
#include <simdjson.h>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::importers::findings::signin {

/// What one thread counted, and the first error it met. Owned by one thread.
struct Tally {
    std::uint64_t successful_interactive = 0;
    std::uint64_t with_mfa = 0;
    std::set<std::string, std::less<>> single_factor;
    std::optional<std::string> error;
    std::size_t error_offset = 0;
};

/// Counts one signIn object; false (with the reason in the tally) if it is not one.
bool count_record(simdjson::ondemand::object object, Tally& tally, std::size_t offset);

/// Counts the records of a Graph list response whose "value" array starts at
/// `array_begin` (the '['), with one tally per thread.
void scan_list_response(std::string_view text, std::size_t array_begin, std::vector<Tally>& tallies);

} // namespace bolwerk::importers::findings::signin
