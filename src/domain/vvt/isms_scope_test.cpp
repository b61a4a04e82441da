#include "domain/vvt/isms_scope.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::vvt {
namespace {

IsmsScope valid_scope()
{
    return IsmsScope{.statement = "Alle processen van de gemeente",
        .processes = {{"Burgerzaken", ""}, {"Belastingen", "WOZ en heffingen"}},
        .information_systems = {{"Zaaksysteem", ""}},
        .locations = {{"Stadskantoor", "Markt 1"}},
        .interfaces = {{"BRP-koppeling", "RvIG"}},
        .exclusions = {{"Sportbedrijf", "Eigen rechtspersoon met eigen ISMS"}}};
}

struct ScopeCase {
    char const* name;
    void (*change)(IsmsScope&);
    char const* field; ///< nullptr when the scope is accepted.
};

class IsmsScopeCheck : public testing::TestWithParam<ScopeCase> { };

TEST_P(IsmsScopeCheck, NamesTheFieldOfTheDefect)
{
    auto scope = valid_scope();
    GetParam().change(scope);
    auto const checked = check_isms_scope(scope);
    if (GetParam().field == nullptr) {
        EXPECT_TRUE(checked) << checked.error().message();
        return;
    }
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().kind(), ErrorKind::Invalid);
    EXPECT_EQ(checked.error().location().field.value_or(""), GetParam().field) << checked.error().message();
}

INSTANTIATE_TEST_SUITE_P(Rules, IsmsScopeCheck,
    testing::Values(ScopeCase{"Valid", [](IsmsScope&) {}, nullptr},
        ScopeCase{"OnlySystems", [](IsmsScope& s) { s.processes.clear(); }, nullptr},
        ScopeCase{"NoExclusions", [](IsmsScope& s) { s.exclusions.clear(); }, nullptr},
        ScopeCase{"Empty",
            [](IsmsScope& s) {
                s.processes.clear();
                s.information_systems.clear();
            },
            "processes"},
        ScopeCase{"BlankProcess", [](IsmsScope& s) { s.processes[1].name = "  "; }, "processes[1].name"},
        ScopeCase{"DuplicateSystem",
            [](IsmsScope& s) {
                s.information_systems.push_back({"Zaaksysteem", "x"});
            },
            "information_systems[1].name"},
        ScopeCase{"BlankLocation", [](IsmsScope& s) { s.locations[0].name.clear(); }, "locations[0].name"},
        ScopeCase{"BlankInterface", [](IsmsScope& s) { s.interfaces[0].name.clear(); }, "interfaces[0].name"},
        ScopeCase{"ExclusionWithoutReason", [](IsmsScope& s) { s.exclusions[0].reason = " "; }, "exclusions[0].reason"},
        ScopeCase{
            "ExclusionWithoutSubject", [](IsmsScope& s) { s.exclusions[0].subject.clear(); }, "exclusions[0].subject"}),
    [](auto const& test) { return std::string(test.param.name); });

} // namespace
} // namespace bolwerk::domain::vvt
