#pragma once

#include "common/result.hpp"

#include <string>
#include <vector>

// The ISMS scope (Dutch: ISMS-reikwijdte, ISO 27001 4.3) of one organisation: what the
// management system covers and what it leaves out, with the reason for each exclusion.
// Plain values; the app layer stores them, the VvT carries a copy.
namespace bolwerk::domain::vvt {

/// One thing inside the scope: a process, an information system, a location or an
/// interface with a party outside the scope. The name is unique within its part.
struct ScopeItem {
    std::string name;
    std::string description; ///< Optional.
    friend bool operator==(ScopeItem const&, ScopeItem const&) = default;
};

/// Something deliberately left out of the scope, with the reason (ISO 27001 4.3 asks
/// for the boundaries; an exclusion without a reason cannot be defended to an auditor).
struct ScopeExclusion {
    std::string subject;
    std::string reason;
    friend bool operator==(ScopeExclusion const&, ScopeExclusion const&) = default;
};

/// The scope statement. Invariant after check_isms_scope: at least one process or
/// information system; every name non-empty and unique within its part; every
/// exclusion has a subject and a reason.
struct IsmsScope {
    std::string statement; ///< The scope in one paragraph ("De gemeente … met uitzondering van …").
    std::vector<ScopeItem> processes;
    std::vector<ScopeItem> information_systems;
    std::vector<ScopeItem> locations;
    std::vector<ScopeItem> interfaces;
    std::vector<ScopeExclusion> exclusions;
    friend bool operator==(IsmsScope const&, IsmsScope const&) = default;
};

/// Checks the invariant above; an Invalid error names the field ("locations[2].name")
/// of the first defect.
Result<void> check_isms_scope(IsmsScope const& scope);

} // namespace bolwerk::domain::vvt
