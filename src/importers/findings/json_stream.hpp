#pragma once

#include "common/result.hpp"
#include "importers/findings/report_input.hpp"

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::importers::findings {

/// A path into a JSON document: object keys, and "*" for any array element or any
/// object member.
/// {"runs", "*", "results", "*"} names every result of every SARIF run.
using JsonPath = std::vector<std::string>;

/// A value the walker found at one of the wanted paths.
struct JsonCapture {
    std::size_t path_index = 0; ///< Which of the wanted paths matched.
    std::string_view raw; ///< The value's text, exactly as in the document.
    std::size_t offset = 0; ///< Byte offset of the value in the document.
    std::span<std::size_t const> indices; ///< The array indices on its path, outermost first.
    std::string pointer; ///< Its JSON pointer (RFC 6901), e.g. "/runs/0/results/3".
};

using JsonCaptureHandler = std::function<Result<void>(JsonCapture const&)>;

/// Walks a JSON document front to back without building it in memory, checks its
/// syntax (RFC 8259) and hands every value found at a wanted path to a handler; all
/// other values are checked and skipped. Paths must not be prefixes of each other.
/// This is what lets the importers read a 500 MB report one finding at a time: each
/// captured value is parsed on its own with simdjson On-Demand (json_record.hpp).
/// A syntax error is Invalid and names the line, column and JSON pointer.
/// Nesting deeper than max_json_depth is refused.
Result<void> walk_json(ReportInput const& input, std::vector<JsonPath> const& paths, JsonCaptureHandler const& handler);

constexpr std::size_t max_json_depth = 256;

/// The top-level keys of an object document and the text of its scalar values, read
/// until `enough` says so or the document ends (the detect step).
struct JsonTopLevel {
    std::vector<std::string> keys;
    std::vector<std::string> scalar_values; ///< Parallel to keys; "" for non-scalars.
    std::vector<std::string_view> raw_values; ///< Parallel to keys: each value's text.
    std::vector<std::size_t> offsets; ///< Parallel to keys: each value's byte offset.
    bool is_object = false;

    std::string_view value_of(std::string_view key) const;
    bool has(std::string_view key) const;
};
/// With `stop_at_key`, reading also stops when that key comes, before its value is read:
/// the key is the last in `keys`, its raw value empty and its offset where the value starts.
Result<JsonTopLevel> read_json_top_level(ReportInput const& input,
    std::function<bool(JsonTopLevel const&)> const& enough, std::string_view stop_at_key = {});

} // namespace bolwerk::importers::findings
