#pragma once

#include "common/result.hpp"
#include "importers/findings/json_stream.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::importers::findings {

/// One small JSON value (a finding record, a tool object) as a tree the mappers can
/// read in any order. Only captured records become JsonNodes, never a whole report.
/// Strings are unescaped UTF-8; numbers and booleans keep their JSON text, so
/// "riskcode": "3" and "riskcode": 3 read the same through text().
struct JsonNode {
    enum class Kind : std::uint8_t { Null, Boolean, Number, String, Array, Object };
    Kind kind = Kind::Null;
    std::string text; ///< String value, or the token of a number or boolean.
    std::vector<std::string> keys; ///< Object member names, parallel to children.
    std::vector<JsonNode> children; ///< Object member values or array elements.

    bool is_object() const { return kind == Kind::Object; }
    bool is_array() const { return kind == Kind::Array; }
    bool is_scalar() const { return kind != Kind::Object && kind != Kind::Array; }
    /// The member named `key`, or nullptr (also when this is no object).
    JsonNode const* find(std::string_view key) const;
    /// The text of the scalar member `key`; "" when missing, null or not a scalar.
    std::string_view text_of(std::string_view key) const;
    /// The number of member `key` (a number or a numeric string), if any.
    std::optional<double> number_of(std::string_view key) const;
    /// Array elements of member `key`; empty when missing or not an array.
    std::vector<JsonNode> const& elements_of(std::string_view key) const;
};

/// Parses captured values with simdjson On-Demand (one parser reused for every
/// record; the record is copied into a padded buffer first). Not thread-safe.
class JsonRecordParser {
public:
    JsonRecordParser();
    ~JsonRecordParser();
    JsonRecordParser(JsonRecordParser const&) = delete;
    JsonRecordParser& operator=(JsonRecordParser const&) = delete;

    /// Invalid input (bad UTF-8, bad syntax) is an Invalid error naming the record's
    /// JSON pointer, line and column in the report.
    Result<JsonNode> parse(ReportInput const& input, JsonCapture const& capture);
    /// The text of a captured scalar (a string unescaped; a number or boolean as written;
    /// null as ""). A captured object or array is Invalid.
    Result<std::string> scalar(ReportInput const& input, JsonCapture const& capture);
    /// Parses a standalone JSON text (records split by other means, e.g. JSON lines).
    Result<JsonNode> parse_text(std::string_view text, std::string const& source);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace bolwerk::importers::findings
