#pragma once

#include "domain/governance/escalation.hpp"
#include "domain/governance/obligation_rule.hpp"
#include "domain/governance/organisation_facts.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// The obligations engine (issue #16): from the rules, the organisation's facts and the
// completions so far, every duty that is outstanding, with its due date and who has to
// act. Pure: `now` is a parameter and becomes the Dutch calendar day.
namespace bolwerk::domain::governance {

/// Stored: "open", "due_soon", "overdue".
enum class TaskStatus : std::uint8_t { Open, DueSoon, Overdue };
std::string_view to_string(TaskStatus status);

struct Task {
    std::string rule_id; ///< The rule, or "action" for a dated action.
    std::string source; ///< Measure or clause number, e.g. "5.18.02".
    std::string label_nl;
    std::string label_en;
    std::string subject_key; ///< "organisation", "system:3", "supplier:7", "board:2", "person:9", "advisory:4", or the
                             ///< action's key.
    std::string subject_name;
    Date due;
    Role owner = Role::Ciso;
    TaskStatus status = TaskStatus::Open;
    std::int64_t days_overdue = 0;
    EscalationLevel escalation = EscalationLevel::Owner;
    Role responsible = Role::Ciso; ///< Who has to act now (escalation applied).
};

/// At most this many missed occurrences of one fixed-calendar duty are listed (two
/// years of monthly reports); older ones are past helping.
inline constexpr std::size_t max_backlog = 24;

/// Every outstanding duty at `now`, ordered by due date, then rule id and subject:
/// - from-completion rules: one task per subject, one period after the last completion
///   (or after the later of the ISMS start and the subject's entry);
/// - fixed-calendar rules: every anchor date after the ISMS start not covered by a
///   completion (a completion covers the earliest uncovered date whose previous date
///   it follows), up to max_backlog missed ones, plus the next one;
/// - event rules: one task per event not yet dealt with;
/// - dated actions: one task each.
std::vector<Task> tasks_due(std::vector<ObligationRule> const& rules, OrganisationFacts const& facts,
    std::vector<Completion> const& completions, EscalationPolicy const& policy, Timestamp now);

} // namespace bolwerk::domain::governance
