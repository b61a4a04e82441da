#pragma once

#include "common/result.hpp"
#include "domain/catalog/requirement_set.hpp"
#include "importers/ciso/ciso_library.hpp"
#include "importers/source_reader.hpp"

#include <optional>
#include <string>

namespace bolwerk::importers {

/// A framework or mapping read from any supported structured format, for
/// inspection: CISO Assistant library YAML, its builder workbook (XLSX), or an OSCAL
/// catalog (JSON, YAML, XML). BIO2 catalogs to store go through import_catalog.
struct ImportedFramework {
    std::string format; ///< "ciso-assistant-yaml", "ciso-assistant-xlsx", "oscal-json", …
    std::optional<domain::catalog::RequirementSet> framework;
    std::optional<ciso::MappingSet> mapping_set;
};

/// Detects the format from the content and reads it. Unknown content is Invalid.
Result<ImportedFramework> import_framework(SourceDocument const& document);

} // namespace bolwerk::importers
