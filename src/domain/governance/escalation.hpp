#pragma once

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/role.hpp"

#include <cstdint>
#include <string_view>

// Escalation of overdue duties (issue #16): the owner first, then the CISO, then the
// bestuurder, each after a configurable number of days overdue.
namespace bolwerk::domain::governance {

/// Who has to act on an overdue duty now. Stored: "owner", "ciso", "bestuurder".
enum class EscalationLevel : std::uint8_t { Owner, Ciso, Bestuurder };
std::string_view to_string(EscalationLevel level);

/// When duties are due soon and when overdue ones escalate; per organisation.
struct EscalationPolicy {
    int due_soon_days = 30; ///< A duty within this many days is "due soon".
    int to_ciso_after_days = 14; ///< Overdue this many days: the CISO is told.
    int to_board_after_days = 30; ///< Overdue this many days: the bestuurder is told.
};

/// Refuses negative days and a board step that comes before the CISO step.
Result<void> check_escalation_policy(EscalationPolicy const& policy);

/// The level of a duty `days_overdue` days overdue (0 or less: the owner's).
EscalationLevel escalation_level(EscalationPolicy const& policy, std::int64_t days_overdue);

/// The role that has to act at `level` on a duty owned by `owner`: the owner, the
/// CISO or the bestuurder, never a lower role than the owner's own (a duty the
/// bestuurder owns stays with the bestuurder).
Role responsible_role(Role owner, EscalationLevel level);

} // namespace bolwerk::domain::governance
