#pragma once

#include "domain/catalog/catalog.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::importers {

/// The kinds of defect an import reports (issue #3, "validation report").
enum class DefectKind : std::uint8_t {
    DuplicateNumber, ///< The same number heads two entries.
    DanglingTarget, ///< A move or reference points to a number that is not a measure.
    RepeatedText, ///< The text of a measure repeats another measure's text word for word.
    NonNormalisedNumber, ///< "8.16.3" instead of "8.16.03".
    UnknownControl, ///< The number's ISO/IEC 27002:2022 control does not exist.
    UnknownTag, ///< A measure type that is not basishygiëne, ketenhygiëne or overheidsrisico.
};

std::string_view to_string(DefectKind kind);

/// A defect that blocks the import (Error) or one that is reported and imported as
/// published (Warning): the official text has known defects that we must carry.
enum class Severity : std::uint8_t { Warning, Error };

std::string_view to_string(Severity severity);
Severity severity_of(DefectKind kind);

/// One defect, where it was found and what it is about.
struct Defect {
    DefectKind kind;
    std::uint64_t line = 0; ///< 1-based line in the source; 0 when the format has no lines.
    std::string field; ///< The entry number or field path the defect is about.
    std::string message;
    Severity severity() const { return severity_of(kind); }
};

/// What an import found: entries per kind and every defect in source order.
struct ImportReport {
    std::string source;
    std::string layout; ///< "minbzk-markdown-v1.2", "ciso-assistant-yaml", …
    std::map<domain::catalog::ItemKind, std::size_t> counts;
    std::vector<Defect> defects;

    std::size_t defect_count(DefectKind kind) const;
    /// The first defect with severity Error, if any.
    Defect const* first_blocking() const;
    /// Fills `counts` from the entries of `version`.
    void count_items(domain::catalog::CatalogVersion const& version);
};

/// A catalog version read from a publication, with its validation report.
struct ImportedCatalog {
    domain::catalog::CatalogVersion version;
    ImportReport report;
};

/// How to read an input: its name for messages, and the name and version to store
/// it under when the input does not say (`--as bio2@1.3`).
struct ImportOptions {
    std::string source_name;
    std::optional<domain::catalog::VersionReference> as;
};

} // namespace bolwerk::importers
