#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace bolwerk::store {

/// Bytes that are stored as a BLOB (SQLite) or BYTEA (PostgreSQL), as opposed to text.
struct Blob {
    std::string bytes;
    friend bool operator==(Blob const&, Blob const&) = default;
};

/// SQL NULL.
struct Null {
    friend bool operator==(Null, Null) = default;
};

/// One SQL value: a bound parameter or a result cell. Booleans are stored as 0/1
/// integers on both backends, so that the same SQL works everywhere.
using Value = std::variant<Null, std::int64_t, double, std::string, Blob>;

/// Helpers that keep call sites free of variant spelling.
inline Value null_value() { return Null{}; }
inline Value bool_value(bool flag) { return std::int64_t{flag ? 1 : 0}; }
inline Value optional_text(std::optional<std::string> const& text) { return text ? Value{*text} : Value{Null{}}; }

} // namespace bolwerk::store
