#include "domain/beheerder_rule.hpp"

#include <algorithm>

namespace bolwerk::domain {

Result<void> keep_a_beheerder(std::span<UserId const> active_beheerders, UserId leaving)
{
    bool const is_one
        = std::find(active_beheerders.begin(), active_beheerders.end(), leaving) != active_beheerders.end();
    if (is_one && active_beheerders.size() == 1)
        return Error::conflict("this is the last beheerder of the organisation; make someone else beheerder first");
    return ok();
}

} // namespace bolwerk::domain
