#pragma once

/// Forward declarations of the importers layer, for headers that only name its types.
namespace bolwerk::importers {

struct Defect;
struct ImportReport;
struct ImportedCatalog;
struct ImportOptions;
struct ImportedFramework;
struct SourceDocument;

} // namespace bolwerk::importers
