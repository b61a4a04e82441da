#pragma once

#include <string_view>

/// The data files of src/domain/catalog/data, embedded at build time by
/// cmake/EmbedText.cmake. Facts and our own labels only, never normative text.
namespace bolwerk::domain::catalog::data {

/// iso27002-2022-controls.tsv: control, theme, Dutch label, English label.
std::string_view iso27002_2022_controls_tsv();
/// bio2-index.tsv: version, number, kind, target, tags of BIO2 v1.2 and v1.3.
std::string_view bio2_index_tsv();

} // namespace bolwerk::domain::catalog::data
