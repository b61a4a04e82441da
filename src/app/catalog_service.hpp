#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/catalog/builtin_index.hpp"
#include "domain/catalog/catalog.hpp"
#include "domain/catalog/catalog_diff.hpp"
#include "domain/catalog/catalog_version_summary.hpp"
#include "importers/framework_importer.hpp"
#include "importers/import_report.hpp"
#include "importers/mapping/mapping_gaps.hpp"
#include "store/forward.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::app {

/// The largest catalog file taken from an upload (issue #13 item 8): a BIO2 deel 2
/// publication is well under 1 MiB, a CISO Assistant workbook a few MiB.
inline constexpr std::size_t max_catalog_upload_bytes = std::size_t{8} * 1024 * 1024;

/// What an import did: the stored version and what its validation found.
struct CatalogImportOutcome {
    CatalogVersionId id{0};
    importers::ImportedCatalog imported;
};

/// A catalog version as listed: imported (with provenance) or built in (facts only).
struct CatalogListing {
    std::vector<domain::catalog::CatalogVersionSummary> imported;
    std::vector<domain::catalog::VersionReference> builtin;
    /// The display names of the users who imported (actor label -> name); operators keep their label.
    std::map<std::string, std::string> importers;
};

/// Every version of `listing` once (imported and built in), per framework oldest first
/// ("1.2" before "1.3" before "1.10"), for a choice between versions.
std::vector<domain::catalog::VersionReference> listed_versions(CatalogListing const& listing);

/// One entry as shown, with where it was found.
struct CatalogEntryView {
    domain::catalog::VersionReference version;
    bool from_builtin_index = false; ///< True when no import holds the text yet.
    domain::catalog::CatalogItem item;
    std::optional<domain::catalog::ControlInfo> control;
};

/// The answer of `catalog diff`: what changed, and whether texts could be compared
/// (a version known only from the built-in index has no texts).
struct CatalogDiffOutcome {
    domain::catalog::CatalogDiff diff;
    bool texts_compared = true;
};

/// Use cases on the normenkader (issue #3). Each authorises the actor; an import
/// runs in one transaction with its audit event, so a failing import stores nothing.
/// Keeps references to `database` and `clock`, which must outlive it. Safe to share
/// between threads (its own state is the immutable built-in index).
class CatalogService {
public:
    static Result<CatalogService> create(store::Database& database, Clock const& clock);

    /// Reads a file or https URL, imports it and stores it as one version. With
    /// `csv_mapping` (a file or URL holding a column mapping) the input is read as CSV.
    Result<CatalogImportOutcome> import(Actor const& actor, std::string const& location,
        std::optional<std::string> const& as, std::optional<std::string> const& csv_mapping = {});
    /// Imports a file chosen in the browser: `content` as read from the upload, `file_name`
    /// as the browser named it (kept as the source in the provenance). Refuses an empty file
    /// and one above max_catalog_upload_bytes (field "file"); otherwise as import().
    Result<CatalogImportOutcome> import_upload(
        Actor const& actor, std::string const& file_name, std::string content, std::optional<std::string> const& as);
    Result<CatalogListing> list(Actor const& actor);
    /// The entry `number` in `version`, or in the newest stored BIO2 version, or in
    /// the newest built-in one if nothing was imported.
    Result<CatalogEntryView> show(
        Actor const& actor, std::string const& number, std::optional<std::string> const& version);
    /// A whole version: the stored import, else the built-in identifier set.
    Result<domain::catalog::CatalogVersion> load(Actor const& actor, std::optional<std::string> const& reference);

    /// The version in force for `organisation`: the one its assessment is against, or
    /// the default (load(actor, {})) before the assessment has started.
    Result<domain::catalog::CatalogVersion> in_force(Actor const& actor, OrganisationId organisation);

    /// Compares two versions ("bio2@1.2", or "1.2" for BIO2).
    Result<CatalogDiffOutcome> diff(Actor const& actor, std::string const& from, std::string const& to);

    /// A version as an OSCAL 1.1 catalog in JSON (report/oscal); "oscal-json" is the
    /// only format so far, anything else is Invalid.
    Result<std::string> export_catalog(
        Actor const& actor, std::optional<std::string> const& version, std::string const& format);

    /// Reads any supported framework file or URL (CISO Assistant YAML or XLSX, OSCAL
    /// JSON/YAML/XML) without storing it, for its counts.
    Result<importers::ImportedFramework> inspect(Actor const& actor, std::string const& location);
    /// Checks a CISO Assistant mapping library against its source and target
    /// frameworks and lists what it leaves unmapped (e.g. ISO 27002:2013 → 2022).
    Result<importers::mapping::MappingGaps> mapping_gaps(
        Actor const& actor, std::string const& mapping, std::string const& source, std::string const& target);

    domain::catalog::BuiltinIndex const& builtin_index() const { return m_index; }

private:
    CatalogService(store::Database& database, Clock const& clock, domain::catalog::BuiltinIndex index)
        : m_database(database)
        , m_clock(clock)
        , m_index(std::move(index))
    {
    }

    struct FoundVersion {
        domain::catalog::CatalogVersion version;
        bool from_builtin_index = false;
    };
    /// Reads and stores `document`, with its audit event, in one transaction.
    Result<CatalogImportOutcome> store_import(Actor const& actor, importers::SourceDocument const& document,
        std::optional<std::string> const& as, std::optional<std::string> const& csv_mapping);
    Result<FoundVersion> load_version(domain::catalog::VersionReference const& reference);
    Result<domain::catalog::VersionReference> default_version();
    /// "1.3" means bio2@1.3; nothing means the newest BIO2 version.
    Result<domain::catalog::VersionReference> resolve_version(std::optional<std::string> const& text);

    store::Database& m_database;
    Clock const& m_clock;
    domain::catalog::BuiltinIndex const m_index;
};

} // namespace bolwerk::app
