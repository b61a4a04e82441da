#pragma once

#include "common/id.hpp"
#include "common/result.hpp"

#include <span>

namespace bolwerk::domain {

/// Every organisation keeps at least one beheerder who can sign in (issue #13 item 8):
/// without one nobody in the organisation can manage its users and roles any more.
/// `active_beheerders` are the users who hold the beheerder role in one organisation
/// and are not disabled; `leaving` is the user about to be disabled or to lose that role.
/// Conflict when `leaving` is the only one; ok otherwise, also when
/// `leaving` is not a beheerder at all.
Result<void> keep_a_beheerder(std::span<UserId const> active_beheerders, UserId leaving);

} // namespace bolwerk::domain
