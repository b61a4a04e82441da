#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

// What an audit event says changed (issue #13 item 5): the fields of the object whose
// values differ between its snapshot before and after the change, kept in the event's
// `detail`, so that they are covered by the hash chain like the rest of the event.
namespace bolwerk::app {

/// One field of the object; a null value means the field was absent (a creation, a
/// deletion, or a field added by the change).
struct AuditFieldChange {
    std::string field; ///< Dotted for nested objects: "opzet.result".
    nlohmann::json before;
    nlohmann::json after;
};

/// The detail of an event as read back: the short human note and the changed fields.
struct AuditDetail {
    std::string note;
    std::vector<AuditFieldChange> changes;
    std::size_t omitted = 0; ///< Changed fields left out to keep the event small.
};

/// The fields that differ between `before` and `after` (either may be null: all fields
/// of the other), flattened to dotted names; bookkeeping fields (version, timestamps of
/// the row) and anything that could be a secret (password, token, secret, key) are
/// left out, long text is shortened.
AuditDetail audit_field_changes(nlohmann::json const* before, nlohmann::json const* after);

/// The text stored as an event's detail: the note alone when no field changed (or no
/// snapshot was given), otherwise JSON {"note": ..., "changes": [{"field", "before",
/// "after"}], "omitted": n}. None when there is neither.
std::optional<std::string> compose_audit_detail(
    nlohmann::json const* before, nlohmann::json const* after, std::optional<std::string> const& note);

/// The detail as written by compose_audit_detail(), or an older plain note.
AuditDetail read_audit_detail(std::optional<std::string> const& detail);

/// A value of a change as text for people and spreadsheets: strings as they are,
/// lists joined with ", ", true/false as given, null as "".
std::string audit_value_text(nlohmann::json const& value);

} // namespace bolwerk::app
