#pragma once

#include "common/result.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bolwerk::importers {

/// Checked access to fields of a parsed JSON or YAML document. Keeps references to
/// the document and the source name, which must outlive it. Every error is
/// Invalid and names the field by its path (`objects.framework.requirement_nodes[3].depth`).
class JsonFields {
public:
    JsonFields(nlohmann::json const& value, std::string path, std::string const& source_name)
        : m_value(value)
        , m_path(std::move(path))
        , m_source(source_name)
    {
    }

    nlohmann::json const& value() const { return m_value; }
    std::string const& path() const { return m_path; }

    Result<JsonFields> object(std::string_view key) const;
    std::optional<JsonFields> optional_object(std::string_view key) const;
    /// The array under `key` (missing means empty).
    Result<std::vector<JsonFields>> array(std::string_view key) const;
    Result<std::string> text(std::string_view key) const;
    /// A string, or the text of a number; empty when missing or null.
    std::string optional_text(std::string_view key) const;
    /// A boolean or "true"/"false"; `fallback` when missing.
    Result<bool> boolean(std::string_view key, bool fallback) const;
    /// A non-negative integer or its text; `fallback` when missing.
    Result<std::uint32_t> unsigned_number(std::string_view key, std::uint32_t fallback) const;

    Error invalid(std::string_view key, std::string const& message) const;

private:
    nlohmann::json const& m_value;
    std::string m_path;
    std::string const& m_source;
};

} // namespace bolwerk::importers
