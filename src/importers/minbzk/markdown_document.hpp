#pragma once

#include "common/result.hpp"
#include "domain/catalog/measure_number.hpp"
#include "importers/source_text.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::importers::minbzk {

/// One `## X.YY.ZZ` section of BIO2 deel 2 as written: the number as parsed from
/// the heading (short forms accepted and flagged) and the body lines below it.
struct MarkdownSection {
    domain::catalog::MeasureNumber::Lenient number;
    std::uint64_t heading_line = 0;
    std::vector<SourceLine> body;
};

/// The parse step of the MinBZK importer: the markdown of BIO2 deel 2 split into
/// its title, the text before the first measure, and the measure sections. The views
/// point into the input text, which must outlive the document.
struct MarkdownDocument {
    std::string title; ///< The first `# ` heading, trimmed.
    std::vector<SourceLine> preamble;
    std::vector<MarkdownSection> sections;

    /// Splits `text` into sections. A `## ` heading that is not a measure number, or
    /// a text without any measure heading, is an Invalid error naming the line.
    static Result<MarkdownDocument> parse(std::string_view text, std::string const& source_name);
};

} // namespace bolwerk::importers::minbzk
