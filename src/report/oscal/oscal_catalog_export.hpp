#pragma once

#include "common/clock.hpp"
#include "domain/catalog/builtin_index.hpp"
#include "domain/catalog/catalog.hpp"

#include <string>

namespace bolwerk::report::oscal {

/// The OSCAL version the export claims to follow.
constexpr std::string_view oscal_version = "1.1.2";

/// Writes a catalog version as an OSCAL 1.1 catalog in JSON
/// (https://pages.nist.gov/OSCAL/reference/1.1.2/catalog/json-outline/):
/// metadata; one group per ISO/IEC 27002:2022 theme; one control per ISO control
/// (id "iso-5.1", title our own label); under it one control per BIO2 entry (id
/// "bio2-5.01.01", class = its kind) with a "statement" part holding the text, a
/// "tag" property per measure type and a "moved-to"/"see" link for moves and
/// references. The uuid is derived from the version reference, so exporting the
/// same version twice gives the same document except for last-modified (`now`).
std::string export_oscal_catalog_json(
    domain::catalog::CatalogVersion const& version, domain::catalog::BuiltinIndex const& index, Timestamp now);

/// A name-based UUID: version 5 (RFC 4122, SHA-1) of `name` in Bolwerk's namespace,
/// the kind OSCAL accepts (see oscal_uuid.hpp for why name-based).
std::string name_based_uuid(std::string_view name);

} // namespace bolwerk::report::oscal
