#pragma once

#include "domain/catalog/catalog.hpp"

#include <string>
#include <vector>

namespace bolwerk::domain::catalog {

/// Where one answer goes in the next version.
struct CarriedAnswer {
    MeasureNumber from;
    MeasureNumber to;
    bool needs_review = false; ///< The text changed, or the answer followed a move or reference.
    std::string reason; ///< Why it needs review, for people; empty when it carries over as is.
};

/// An answer that has no measure to go to in the next version.
struct OrphanedAnswer {
    MeasureNumber from;
    std::string reason; ///< "withdrawn", "moved to 5.25.02, which does not exist", …
};

/// How an organisation's answers (its VvT entries per measure) move from one
/// catalog version to the next. Built by plan_migration; applied by the
/// gap-analysis use case.
struct MigrationPlan {
    std::vector<CarriedAnswer> carried;
    std::vector<OrphanedAnswer> without_successor;
    std::vector<MeasureNumber> unanswered; ///< Measures of the new version that no answer reaches.
};

/// Plans the migration of answers given for the measures `answered` of `from` to
/// `to`: an answer stays on its number if that is still a measure, follows
/// "Verplaatst naar" (also chains of moves) and "Zie overheidsmaatregel", and is
/// flagged for review when the measure's text changed in substance
/// (normalise_for_comparison). Answers whose measure was withdrawn, became a
/// placeholder, or moved to a number that does not exist have no successor.
/// A pure function.
MigrationPlan plan_migration(
    CatalogVersion const& from, CatalogVersion const& to, std::vector<MeasureNumber> const& answered);

} // namespace bolwerk::domain::catalog
