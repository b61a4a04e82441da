#include "domain/role.hpp"

#include "common/text.hpp"

namespace bolwerk::domain {

namespace {

constexpr std::array<std::string_view, all_roles.size()> role_names{
    "beheerder", "ciso", "bestuurder", "lijnmanager", "medewerker", "auditor", "leverancier"};

} // namespace

std::string_view to_string(Role role) { return role_names.at(static_cast<std::size_t>(role)); }

Result<Role> parse_role(std::string_view text)
{
    auto const lower = to_ascii_lower(trim(text));
    for (auto const role : all_roles) {
        if (to_string(role) == lower)
            return role;
    }
    return Error::invalid("unknown role '" + std::string(text)
            + "' (beheerder, ciso, bestuurder, lijnmanager, medewerker, auditor, leverancier)",
        {.field = "role"});
}

bool requires_mfa(Role role) { return role == Role::Beheerder || role == Role::Ciso || role == Role::Bestuurder; }

} // namespace bolwerk::domain
