#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "store/forward.hpp"

#include <string>
#include <vector>

namespace bolwerk::app {

/// Gives the demo the official measure texts (issue #12 item 3): imports the BIO2 catalog
/// from the first of `sources` (files or https URLs, e.g. ../shared/catalogs/… and then
/// the publication's URL) that reads and imports cleanly, unless the demo's catalog
/// version already holds text. The text is data: it reaches the database only through
/// the importer and is never part of the repository.
///
/// Never fails the demo on a source that cannot be read or imported: the returned step
/// then says, in one line, what was tried and how to import the text by hand.
Result<std::string> import_demo_catalog(
    store::Database& database, Actor const& actor, Clock const& clock, std::vector<std::string> const& sources);

} // namespace bolwerk::app
