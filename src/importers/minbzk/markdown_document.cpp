#include "importers/minbzk/markdown_document.hpp"

#include "common/text.hpp"

namespace bolwerk::importers::minbzk {

namespace {

constexpr std::string_view section_marker = "## ";
constexpr std::string_view title_marker = "# ";

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

Result<MarkdownSection> open_section(SourceLine const& line, std::string const& source_name)
{
    auto const heading = trim(line.text.substr(section_marker.size()));
    auto number = domain::catalog::MeasureNumber::parse_lenient(heading);
    if (!number)
        return Error::invalid("heading '" + std::string(heading) + "' is not a measure number like 5.17.01",
            {.source = source_name, .line = line.number});
    return MarkdownSection{*number, line.number, {}};
}

} // namespace

Result<MarkdownDocument> MarkdownDocument::parse(std::string_view text, std::string const& source_name)
{
    TRY(check_utf8(text, source_name));
    MarkdownDocument document;
    for (auto const& line : split_lines(text)) {
        if (starts_with(line.text, section_marker)) {
            document.sections.push_back(TRY(open_section(line, source_name)));
        } else if (document.sections.empty()) {
            if (document.title.empty() && starts_with(line.text, title_marker))
                document.title = std::string(trim(line.text.substr(title_marker.size())));
            document.preamble.push_back(line);
        } else {
            document.sections.back().body.push_back(line);
        }
    }
    if (document.sections.empty())
        return Error::invalid(
            "no measure headings ('## 5.01.01') found; is this BIO2 deel 2?", {.source = source_name});
    return document;
}

} // namespace bolwerk::importers::minbzk
