#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/organisation.hpp"
#include "store/forward.hpp"

#include <string>
#include <vector>

namespace bolwerk::app {

/// What `bolwerk demo` did, for printing.
struct DemoReport {
    domain::Organisation organisation;
    bool created = false; ///< False when the demo organisation already existed.
    std::vector<std::string> steps;
};

/// Sets up the demo organisation "Gemeente Voorbeeld" in this database if it is not
/// there yet. Running it twice changes nothing the second time. It creates no
/// accounts: sign-in arrives with the web issue, and then the demo prints
/// credentials that exist only in this data directory.
Result<DemoReport> set_up_demo(store::Database& database, Actor const& actor, Clock const& clock);

} // namespace bolwerk::app
