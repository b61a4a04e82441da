#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/catalog/catalog.hpp"
#include "domain/catalog/catalog_version_summary.hpp"
#include "store/forward.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::store {

using CatalogProvenance = domain::catalog::CatalogProvenance;

/// One defect of an import, as stored (the importers' Defect, flattened).
struct CatalogDefectRow {
    std::string kind;
    std::string severity;
    std::int64_t line = 0;
    std::string field;
    std::string message;
};

using CatalogVersionSummary = domain::catalog::CatalogVersionSummary;

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
