#pragma once

#include "common/result.hpp"
#include "importers/ciso/ciso_library.hpp"
#include "importers/import_report.hpp"

namespace bolwerk::importers::ciso {

/// The map step for a CISO Assistant BIO2 library (bio2.yaml): every assessable node
/// whose ref_id is a measure number becomes a substantive entry with its Dutch text
/// (the `nl` translation, else the description) and its implementation groups as
/// measure types. A group the library does not define (bio2.yaml spells three
/// "Ketenhygiëne" with a capital) is reported as an unknown_tag defect but still read.
/// The version comes from options.as, else from "version 1.2" in the description.
Result<ImportedCatalog> bio2_catalog_from_library(CisoLibrary const& library, ImportOptions const& options);

/// True when the library is a framework whose ref_id is "bio2".
bool is_bio2_library(CisoLibrary const& library);

} // namespace bolwerk::importers::ciso
