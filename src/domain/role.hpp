#pragma once

#include "common/result.hpp"

#include <array>
#include <cstdint>
#include <string_view>

namespace bolwerk::domain {

/// A user's role in one organisation (ARCHITECTURE.md "Who uses it"). The names are the
/// Dutch ones because they are also the stored and API values (GLOSSARY.md).
enum class Role : std::uint8_t {
    Beheerder, ///< Functional administrator of the organisation in Bolwerk.
    Ciso, ///< Runs the ISMS.
    Bestuurder, ///< Board member: approves, accepts risk.
    Lijnmanager, ///< Line manager / process owner.
    Medewerker, ///< Employee: fills in assigned measures.
    Auditor, ///< Read-only, including the audit trail.
    Leverancier, ///< Supplier: only their own questionnaires (supplier portal).
};

inline constexpr std::array all_roles{Role::Beheerder, Role::Ciso, Role::Bestuurder, Role::Lijnmanager,
    Role::Medewerker, Role::Auditor, Role::Leverancier};

std::string_view to_string(Role role);
Result<Role> parse_role(std::string_view text);

/// Privileged roles must sign in with a second factor (BIO2 5.17.01; issue #4:
/// beheerder, ciso and bestuurder).
bool requires_mfa(Role role);

} // namespace bolwerk::domain
