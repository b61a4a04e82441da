#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/catalog/catalog.hpp"
#include "store/forward.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::store {

/// Where an imported catalog version came from, stored beside it.
struct CatalogProvenance {
    std::string source; ///< File path or URL as given.
    std::string source_sha256; ///< Of the imported bytes, so that a reader can check the publication.
    std::string layout;
    std::string imported_by; ///< The actor label.
    Timestamp imported_at;
};

/// One defect of an import, as stored (the importers' Defect, flattened).
struct CatalogDefectRow {
    std::string kind;
    std::string severity;
    std::int64_t line = 0;
    std::string field;
    std::string message;
};

/// A stored catalog version without its entries, for lists.
struct CatalogVersionSummary {
    CatalogVersionId id{0};
    domain::catalog::VersionReference reference;
    std::string title;
    CatalogProvenance provenance;
    std::int64_t item_count = 0;
    std::int64_t measure_count = 0;
    std::int64_t defect_count = 0;
};

/// SQL for catalog_versions, catalog_items and catalog_import_defects. Writes take
/// a Transaction so that a version, its entries, its defects and the audit event
/// commit together. A second import of the same framework@version is a Conflict.
class CatalogRepository {
public:
    static Result<CatalogVersionId> insert(Transaction& transaction, domain::catalog::CatalogVersion const& version,
        CatalogProvenance const& provenance, std::vector<CatalogDefectRow> const& defects);

    static Result<std::vector<CatalogVersionSummary>> list(Connection& connection);
    static Result<std::optional<CatalogVersionSummary>> find(
        Connection& connection, domain::catalog::VersionReference const& reference);
    /// The whole version with its entries; NotFound if it was never imported.
    static Result<domain::catalog::CatalogVersion> load(
        Connection& connection, domain::catalog::VersionReference const& reference);
    static Result<std::vector<CatalogDefectRow>> defects(Connection& connection, CatalogVersionId id);
};

} // namespace bolwerk::store
