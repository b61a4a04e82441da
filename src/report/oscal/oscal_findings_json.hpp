#pragma once

// Internal to the OSCAL findings writers and reader (oscal_findings_*.cpp): helpers for
// the value types of the OSCAL JSON schemas. Includes nlohmann/json; not for others.
#include "report/oscal/oscal_uuid.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace bolwerk::report::oscal {

/// Bolwerk's namespace for OSCAL props it defines.
constexpr std::string_view findings_prop_namespace = "https://bolwerk.nl/ns/oscal";

/// Every UUID of one document derives from the document's base name and the role of
/// the object (version 5), so the same input gives the same identifiers.
struct UuidSource {
    std::string base;
    std::string operator()(std::string_view role) const
    {
        return uuid_v5(bolwerk_uuid_namespace, base + ":" + std::string(role));
    }
};

/// A StringDatatype / markup-line value: one line, no leading or trailing white space;
/// "-" for an empty text (the schemas refuse empty strings).
std::string one_line(std::string_view text);

/// `text` when it has non-space characters, else `fallback`.
std::string text_or(std::string_view text, std::string_view fallback);

/// A number without trailing zeros ("0.95", "2").
std::string number_text(double value);

/// The control id of a measure in Bolwerk's catalog export: "5.17.01" → "bio2-5.17.01",
/// a control "8.08" or "8.8" → "iso-8.8".
std::string control_id(std::string_view measure);

/// Adds a Bolwerk prop when `value` is not empty (OSCAL refuses empty values).
void add_prop(nlohmann::json& props, std::string_view name, std::string const& value);

/// The value of the first prop named `name` in `object["props"]`, or "".
std::string prop_value(nlohmann::json const& object, std::string_view name);

} // namespace bolwerk::report::oscal
