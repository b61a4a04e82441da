#include "domain/governance/escalation.hpp"

#include "common/named_enum.hpp"

namespace bolwerk::domain::governance {

namespace {

constexpr std::array level_names{EnumName<EscalationLevel>{EscalationLevel::Owner, "owner"},
    EnumName<EscalationLevel>{EscalationLevel::Ciso, "ciso"},
    EnumName<EscalationLevel>{EscalationLevel::Bestuurder, "bestuurder"}};

} // namespace

std::string_view to_string(EscalationLevel level) { return enum_name(level_names, level); }

Result<void> check_escalation_policy(EscalationPolicy const& policy)
{
    if (policy.due_soon_days < 0 || policy.due_soon_days > 366)
        return Error::invalid("'due soon' lies between 0 and 366 days", {.field = "due_soon_days"});
    if (policy.to_ciso_after_days < 0)
        return Error::invalid("the days before the CISO is told cannot be negative", {.field = "to_ciso_after_days"});
    if (policy.to_board_after_days < policy.to_ciso_after_days)
        return Error::invalid("the bestuurder is told after the CISO, not before", {.field = "to_board_after_days"});
    return ok();
}

EscalationLevel escalation_level(EscalationPolicy const& policy, std::int64_t days_overdue)
{
    if (days_overdue <= 0)
        return EscalationLevel::Owner;
    if (days_overdue >= policy.to_board_after_days)
        return EscalationLevel::Bestuurder;
    if (days_overdue >= policy.to_ciso_after_days)
        return EscalationLevel::Ciso;
    return EscalationLevel::Owner;
}

Role responsible_role(Role owner, EscalationLevel level)
{
    if (level == EscalationLevel::Owner)
        return owner;
    if (level == EscalationLevel::Bestuurder || owner == Role::Bestuurder)
        return Role::Bestuurder;
    return Role::Ciso;
}

} // namespace bolwerk::domain::governance
