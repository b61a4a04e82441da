#pragma once

#include "domain/assessment/assessment.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// What changed between two states of a gap analysis (two snapshots, or a snapshot and
// the current state): per control and per overheidsmaatregel, which fields moved from
// which value to which. Issue #5, "History": a frozen assessment can be compared.
namespace bolwerk::domain::assessment {

/// One field that differs, with both values as text ("" for no value).
struct FieldChange {
    std::string field; ///< "applicable", "reasons", "status", "opzet", "maturity", …
    std::string before;
    std::string after;
    friend bool operator==(FieldChange const&, FieldChange const&) = default;
};

enum class ChangeKind : std::uint8_t {
    Added, ///< Answered only in the later state.
    Removed, ///< Answered only in the earlier state (e.g. orphaned by a catalog migration).
    Changed, ///< Answered in both, with different values.
};
/// "added", "removed", "changed"
std::string_view to_string(ChangeKind kind);

struct ControlChange {
    catalog::ControlNumber control;
    ChangeKind kind = ChangeKind::Changed;
    std::vector<FieldChange> fields; ///< For Added and Removed: the values that were set.
};

struct MeasureChange {
    catalog::MeasureNumber measure;
    ChangeKind kind = ChangeKind::Changed;
    std::vector<FieldChange> fields;
};

/// Every difference, in number order. Unchanged entries are not listed; versions
/// (concurrency counters) are not compared.
struct AssessmentDiff {
    catalog::VersionReference from_catalog;
    catalog::VersionReference to_catalog;
    std::vector<FieldChange> scale; ///< The maturity scale, when it changed.
    std::vector<ControlChange> controls;
    std::vector<MeasureChange> measures;
    bool empty() const { return scale.empty() && controls.empty() && measures.empty(); }
};

/// Compares two states of one organisation's assessment. A pure function.
AssessmentDiff diff_assessments(Assessment const& before, Assessment const& after);

} // namespace bolwerk::domain::assessment
