#include "app/demo_catalog.hpp"

#include "app/catalog_service.hpp"

#include <algorithm>

namespace bolwerk::app {

namespace {

constexpr char const* by_hand = "the pages show measure numbers only; import the text with "
                                "'bolwerk catalog import FILE' (FILE: the BIO2 maatregelen, e.g. "
                                "docs/maatregelen/index.md of MinBZK/Baseline-Informatiebeveiliging-Overheid)";

bool holds_text(CatalogListing const& listing, domain::catalog::VersionReference const& reference)
{
    return std::any_of(listing.imported.begin(), listing.imported.end(),
        [&](auto const& version) { return version.reference == reference; });
}

} // namespace

Result<std::string> import_demo_catalog(
    store::Database& database, Actor const& actor, Clock const& clock, std::vector<std::string> const& sources)
{
    auto catalogs = TRY(CatalogService::create(database, clock));
    auto const version = TRY(catalogs.load(actor, std::nullopt)).reference(); // the demo assessment's
    if (holds_text(TRY(catalogs.list(actor)), version))
        return "the BIO2 text of " + version.to_string() + " is already imported";
    if (sources.empty())
        return "BIO2 text not imported: " + std::string(by_hand);
    std::string tried;
    for (auto const& source : sources) {
        // No `as`: the importer reads the version from the text, so a newer publication
        // is stored as what it is, never under the demo's version.
        auto const outcome = catalogs.import(actor, source, std::nullopt);
        if (outcome) {
            auto const& imported = outcome->imported;
            return "imported the BIO2 text of " + imported.version.reference().to_string() + " from " + source + " ("
                + std::to_string(imported.version.items().size()) + " entries, "
                + std::to_string(imported.report.defects.size()) + " known defects)";
        }
        tried += (tried.empty() ? "" : "; ") + source + ": " + outcome.error().message();
    }
    return "BIO2 text not imported (" + tried + "); " + by_hand;
}

} // namespace bolwerk::app
