#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bolwerk {

/// The closed set of reasons an operation can fail for a cause outside our code.
/// Only the edges translate a kind: `web/` into an HTTP status, `cli/` into an exit code.
enum class ErrorKind : std::uint8_t {
    Invalid, ///< The input is malformed or breaks a rule; the message says what and where.
    NotFound, ///< The object does not exist, or the caller may not know that it does.
    Forbidden, ///< The caller is known but lacks the permission.
    Conflict, ///< A stale version, a duplicate key, or a state that forbids the change.
    Unavailable, ///< A dependency (database, file system, network) cannot be reached now.
    Internal, ///< Our own fault; logged, never shown in detail to an end user.
};

std::string_view to_string(ErrorKind kind);

/// Where in an input an error was found. Every member is optional: a CSV row has a
/// line and a field, a JSON document a field path, a SQL file a line.
struct ErrorLocation {
    std::optional<std::string> source; ///< A file name, URL or request part.
    std::optional<std::string> field;
    std::optional<std::uint64_t> line;
    std::optional<std::uint64_t> column;

    bool empty() const { return !source && !field && !line && !column; }
};

/// One error value: a kind, a message for people, and an optional location.
/// Cheap to move; copied only when an error is reported twice.
class Error {
public:
    Error(ErrorKind kind, std::string message, ErrorLocation location = {})
        : m_kind(kind)
        , m_message(std::move(message))
        , m_location(std::move(location))
    {
    }

    static Error invalid(std::string message, ErrorLocation location = {})
    {
        return {ErrorKind::Invalid, std::move(message), std::move(location)};
    }
    static Error not_found(std::string message) { return {ErrorKind::NotFound, std::move(message)}; }
    static Error forbidden(std::string message) { return {ErrorKind::Forbidden, std::move(message)}; }
    static Error conflict(std::string message) { return {ErrorKind::Conflict, std::move(message)}; }
    static Error unavailable(std::string message) { return {ErrorKind::Unavailable, std::move(message)}; }
    static Error internal(std::string message) { return {ErrorKind::Internal, std::move(message)}; }

    ErrorKind kind() const { return m_kind; }
    std::string const& message() const { return m_message; }
    ErrorLocation const& location() const { return m_location; }

    /// Returns a copy whose message is prefixed with `context` ("reading config: …").
    Error with_context(std::string_view context) const;
    /// Returns a copy that names `field` (replacing any field it named), for errors
    /// passed up from a helper that knows the value but not the input's field name.
    Error with_field(std::string field) const;
    /// Returns a copy with the missing parts of `location` filled in.
    Error with_location(ErrorLocation const& location) const;

    /// One line for people: "where: message", e.g. "items.csv:12: field 'id': empty".
    std::string to_string() const;

private:
    ErrorKind m_kind;
    std::string m_message;
    ErrorLocation m_location;
};

} // namespace bolwerk
