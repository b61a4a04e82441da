#pragma once

#include "common/result.hpp"
#include "domain/catalog/requirement_set.hpp"
#include "importers/ciso/ciso_library.hpp"
#include "importers/xlsx/xlsx_workbook.hpp"

namespace bolwerk::importers::xlsx {

/// The map step for a CISO Assistant library-builder workbook (tools/excel/*.xlsx):
/// the content sheet ("req_content", "fwk_content" or another "*_content" sheet
/// other than "ig_content") with a header row naming the columns assessable, depth,
/// ref_id, name, description, implementation_groups and translated columns such as
/// "description[nl]". Each data row becomes one node; "x" marks an assessable row.
/// A missing content sheet or header is Invalid; a bad depth names its row.
Result<domain::catalog::RequirementSet> read_ciso_workbook(
    XlsxWorkbook const& workbook, std::string const& source_name);

/// The whole workbook as a CISO Assistant library: "library_meta" (key, value rows:
/// urn, ref_id, name, description), the framework's ref_id from its "*_meta" sheet,
/// the nodes from read_ciso_workbook and the implementation groups from
/// "ig_content". So a BIO2 workbook imports like bio2.yaml.
Result<ciso::CisoLibrary> read_ciso_workbook_library(XlsxWorkbook const& workbook, std::string const& source_name);

} // namespace bolwerk::importers::xlsx
