#include "domain/governance/escalation.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::governance {
namespace {

TEST(Escalation, LevelsFollowTheDaysOverdue)
{
    EscalationPolicy const policy{30, 14, 30};
    struct Case {
        std::int64_t days;
        EscalationLevel level;
    };
    Case const cases[]{{-5, EscalationLevel::Owner}, {0, EscalationLevel::Owner}, {13, EscalationLevel::Owner},
        {14, EscalationLevel::Ciso}, {29, EscalationLevel::Ciso}, {30, EscalationLevel::Bestuurder},
        {400, EscalationLevel::Bestuurder}};
    for (auto const& test : cases)
        EXPECT_EQ(escalation_level(policy, test.days), test.level) << test.days;
}

TEST(Escalation, TheResponsibleRoleNeverDropsBelowTheOwner)
{
    struct Case {
        Role owner;
        EscalationLevel level;
        Role responsible;
    };
    Case const cases[]{
        {Role::Lijnmanager, EscalationLevel::Owner, Role::Lijnmanager},
        {Role::Lijnmanager, EscalationLevel::Ciso, Role::Ciso},
        {Role::Lijnmanager, EscalationLevel::Bestuurder, Role::Bestuurder},
        {Role::Ciso, EscalationLevel::Ciso, Role::Ciso},
        {Role::Bestuurder, EscalationLevel::Owner, Role::Bestuurder},
        {Role::Bestuurder, EscalationLevel::Ciso, Role::Bestuurder},
    };
    for (auto const& test : cases)
        EXPECT_EQ(responsible_role(test.owner, test.level), test.responsible);
}

TEST(Escalation, ThePolicyIsChecked)
{
    EXPECT_TRUE(check_escalation_policy({}));
    struct Case {
        EscalationPolicy policy;
        std::string_view field;
    };
    Case const cases[]{
        {{-1, 14, 30}, "due_soon_days"},
        {{367, 14, 30}, "due_soon_days"},
        {{30, -1, 30}, "to_ciso_after_days"},
        {{30, 20, 10}, "to_board_after_days"},
    };
    for (auto const& test : cases)
        EXPECT_EQ(check_escalation_policy(test.policy).error().location().field, test.field);
    EXPECT_EQ(to_string(EscalationLevel::Bestuurder), "bestuurder");
}

} // namespace
} // namespace bolwerk::domain::governance
