#pragma once

#include "domain/vvt/statement.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// What changed between two versions of a VvT, for the "diff against the previous
// version" view of issue #5. Compares the same canonical fields that the digest covers
// (statement_canonical.hpp), so whatever changes the digest shows up here, except the
// generation time.
namespace bolwerk::domain::vvt {

/// The parts of a VvT, in document order.
enum class StatementPart : std::uint8_t { Header, Scope, Control, Measure, Exception };
/// "header", "scope", "control", "measure", "exception"
std::string_view to_string(StatementPart part);

/// One field of one row, as canonical text (empty when absent).
struct FieldChange {
    std::string field; ///< "status", "opzet.result", …
    std::string before;
    std::string after;
    friend bool operator==(FieldChange const&, FieldChange const&) = default;
};

struct RowChange {
    enum class Kind : std::uint8_t { Added, Removed, Changed };
    StatementPart part = StatementPart::Control;
    std::string key; ///< The row's identity: "5.1", "5.17.01", "process:Burgerzaken", "version_number".
    Kind kind = Kind::Changed;
    std::vector<FieldChange> fields; ///< Every field for Added/Removed; the changed ones for Changed.
    friend bool operator==(RowChange const&, RowChange const&) = default;
};
/// "added", "removed", "changed"
std::string_view to_string(RowChange::Kind kind);

/// The changes part by part in document order; within a part first the removed rows
/// (in the order of `previous`), then the added and changed ones (in the order of
/// `current`).
struct StatementDiff {
    std::vector<RowChange> changes;
    bool empty() const { return changes.empty(); }
};

StatementDiff diff(StatementOfApplicability const& previous, StatementOfApplicability const& current);

} // namespace bolwerk::domain::vvt
