#pragma once

#include "common/result.hpp"
#include "domain/governance/escalation.hpp"
#include "domain/role.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

// The obligations engine's rules (issue #16): every periodic or time-bound duty of the
// BIO2 and of ISO/IEC 27001 as data. The table itself is obligation_rules.cpp, the one
// place where a reviewer checks each period against the v1.3 text.
namespace bolwerk::domain::governance {

/// Where a duty comes from. Stored: "measure", "clause".
enum class SourceKind : std::uint8_t {
    Measure, ///< A BIO2 overheidsmaatregel, e.g. 5.01.02.
    Clause, ///< An ISO/IEC 27001:2022 clause, e.g. 9.3.
};

struct RuleSource {
    SourceKind kind = SourceKind::Measure;
    std::string_view number;
};

/// A length of time in whole months or days.
struct Period {
    enum class Unit : std::uint8_t { Days, Months };
    Unit unit = Unit::Months;
    int count = 12;
};

inline constexpr Period monthly{Period::Unit::Months, 1};
inline constexpr Period quarterly{Period::Unit::Months, 3};
inline constexpr Period six_monthly{Period::Unit::Months, 6};
inline constexpr Period yearly{Period::Unit::Months, 12};
inline constexpr Period three_yearly{Period::Unit::Months, 36};
inline constexpr Period three_months{Period::Unit::Months, 3};
inline constexpr Period one_week{Period::Unit::Days, 7};

/// Whether the period is the BIO2's (or the law's) or our default where the text names
/// none ("regelmatig", ISO's "planned intervals"). Shown in the UI, so that nobody
/// mistakes a default for a norm.
enum class PeriodBasis : std::uint8_t { Text, OurDefault };

/// How the next due date is found.
enum class Recurrence : std::uint8_t {
    FromCompletion, ///< One period after the last completion.
    FixedCalendar, ///< On fixed dates: the anchor and every period from it.
    Event, ///< One period after an event (a hire, a vulnerability advisory).
};

/// What a duty is repeated for.
enum class Subject : std::uint8_t {
    Organisation, ///< Once for the organisation.
    InformationSystem, ///< Each information system.
    InternetFacingSystem, ///< Each internet-facing information system.
    Supplier, ///< Each supplier.
    BoardMember, ///< Each bestuurder.
    NewEmployee, ///< Event: each person hired (staff and contractors).
    SevereAdvisory, ///< Event: each advisory with high likelihood of abuse and high damage.
    UninstalledAdvisory, ///< Event: each other advisory whose patch is not installed within a week.
};

/// When a rule applies at all.
enum class Condition : std::uint8_t {
    Always,
    UsesCloudServices, ///< The organisation uses cloud service providers.
};

/// One rule. `anchor` is the first due date in a year for FixedCalendar rules, unless
/// the rule follows the organisation's planning and control cycle (P&C-cyclus), whose
/// date then counts; an organisation may also override a rule's anchor.
struct ObligationRule {
    std::string_view id; ///< Stable key, stored with completions: "policy-review".
    RuleSource source;
    std::string_view label_nl; ///< Our own short label, not the norm's text.
    std::string_view label_en;
    Period period;
    PeriodBasis basis = PeriodBasis::Text;
    Recurrence recurrence = Recurrence::FromCompletion;
    Subject subject = Subject::Organisation;
    Role owner = Role::Ciso;
    std::optional<std::chrono::month_day> anchor;
    bool follows_planning_cycle = false;
    Condition condition = Condition::Always;
    /// The rule's own escalation chain where the organisation's would be too slow: a
    /// duty of one week cannot wait 14 days for the CISO. Absent: the organisation's.
    std::optional<EscalationPolicy> escalation;
};

/// The chain of the event rules with a deadline of days (8.08.01, 8.08.03): due soon
/// from three days before, the CISO after one day overdue, the bestuurder after three.
inline constexpr EscalationPolicy urgent_escalation{3, 1, 3};

/// The built-in rules (obligation_rules.cpp).
std::vector<ObligationRule> const& obligation_rules();

/// Checks a rule table: ids unique and non-empty; sources parse as a measure number or
/// a clause; a positive period; FixedCalendar rules in months with an anchor or the
/// planning cycle; Event rules with an event subject, and event subjects only there.
Result<void> check_obligation_rules(std::vector<ObligationRule> const& rules);

} // namespace bolwerk::domain::governance
