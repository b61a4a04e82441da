#pragma once

#include <string>
#include <string_view>

namespace bolwerk::report::oscal {

/// Bolwerk's namespace for name-based UUIDs (itself a version-5 UUID of the name
/// "https://bolwerk.nl/oscal" in the RFC 4122 URL namespace).
constexpr std::string_view bolwerk_uuid_namespace = "9b524264-7386-5d59-9671-021491a374a2";

/// A version-5 (name-based, SHA-1) UUID as RFC 4122 section 4.3 defines it, from a
/// namespace UUID and a name. OSCAL accepts only version 4 and 5 UUIDs; version 5 keeps
/// every export deterministic (the same catalog or VvT exported twice gives the same
/// identifiers, so documents can be diffed and referenced), which random version-4
/// UUIDs would not. SHA-1's weakness does not matter here: the UUIDs identify, they do
/// not protect. `namespace_uuid` must be a UUID in the 8-4-4-4-12 hex form.
std::string uuid_v5(std::string_view namespace_uuid, std::string_view name);

/// SHA-1 of `data` as 40 lower-case hex digits (FIPS 180-4); only for uuid_v5.
std::string sha1_hex(std::string_view data);

} // namespace bolwerk::report::oscal
