#pragma once

#include "app/catalog_service.hpp"

#include <nlohmann/json_fwd.hpp>

namespace bolwerk::app {

/// JSON shapes of the catalog use cases: what the CLI prints with --json and what
/// the audit trail's digests cover.
nlohmann::json catalog_item_to_json(domain::catalog::CatalogItem const& item);
nlohmann::json import_report_to_json(importers::ImportReport const& report);
nlohmann::json catalog_summary_to_json(domain::catalog::CatalogVersionSummary const& summary);
/// The audit snapshot of an imported version: reference, provenance and counts.
nlohmann::json catalog_import_to_json(
    CatalogImportOutcome const& outcome, domain::catalog::CatalogProvenance const& provenance);

} // namespace bolwerk::app

namespace bolwerk::app {

/// The diff as JSON: lists of numbers, moves with targets, reworded measures with
/// their word-level changes ({"same"|"removed"|"added": words}).
nlohmann::json catalog_diff_to_json(CatalogDiffOutcome const& outcome);

} // namespace bolwerk::app
