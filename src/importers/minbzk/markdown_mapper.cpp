#include "importers/minbzk/markdown_mapper.hpp"

#include "common/text.hpp"
#include "importers/entry_classifier.hpp"

namespace bolwerk::importers::minbzk {

namespace {

using domain::catalog::ItemKind;
using domain::catalog::MeasureNumber;

constexpr std::string_view contribution_marker = "Draagt bij aan:";
constexpr std::string_view mention_marker = "overheidsmaatregel ";
constexpr std::string_view line_break = "<br>";

// Removes trailing whitespace and `<br>` tags: layout, not content.
std::string_view trim_layout_end(std::string_view text)
{
    while (true) {
        auto const end = text.find_last_not_of(" 	");
        text = end == std::string_view::npos ? std::string_view() : text.substr(0, end + 1);
        if (text.size() < line_break.size() || text.substr(text.size() - line_break.size()) != line_break)
            return text;
        text.remove_suffix(line_break.size());
    }
}

struct SectionText {
    std::string text;
    std::optional<SourceLine> contribution;
};

// Joins the body lines, taking the "Draagt bij aan" part out.
SectionText section_text(MarkdownSection const& section)
{
    SectionText result;
    std::vector<std::string_view> lines;
    for (auto const& line : section.body) {
        auto text = line.text;
        if (auto const at = text.find(contribution_marker); at != std::string_view::npos) {
            result.contribution = SourceLine{line.number, text.substr(at + contribution_marker.size())};
            text = text.substr(0, at);
        }
        lines.push_back(text);
    }
    while (!lines.empty() && trim_layout_end(lines.back()).empty())
        lines.pop_back();
    if (!lines.empty())
        lines.back() = trim_layout_end(lines.back());
    for (auto const line : lines) {
        auto const kept = result.text.empty() ? trim(line) : line.substr(0, line.find_last_not_of(" \t") + 1);
        if (result.text.empty() && kept.empty())
            continue;
        result.text += (result.text.empty() ? "" : "\n") + std::string(kept);
    }
    return result;
}

std::vector<TextReference> find_mentions(MarkdownSection const& section)
{
    std::vector<TextReference> references;
    for (auto const& line : section.body) {
        auto const lower = to_ascii_lower(line.text);
        for (auto at = lower.find(mention_marker); at != std::string::npos; at = lower.find(mention_marker, at + 1)) {
            auto const token = number_token(line.text.substr(at + mention_marker.size()));
            if (auto const number = MeasureNumber::parse_lenient(token))
                references.push_back({number->number, number->was_normalised, line.number});
        }
    }
    return references;
}

void add_tags(LocatedItem& entry, SourceLine const& contribution, std::vector<Defect>& defects)
{
    for (auto const name : split(contribution.text, ',')) {
        if (trim(name).empty())
            continue;
        auto tag = domain::catalog::parse_measure_tag(name);
        if (tag)
            entry.item.tags.push_back(*tag);
        else
            defects.push_back({DefectKind::UnknownTag, contribution.number, entry.item.number.to_string(),
                "unknown measure type '" + std::string(trim(name)) + "'"});
    }
}

} // namespace

Result<MappedSections> map_sections(MarkdownDocument const& document, std::string const& source_name)
{
    MappedSections mapped;
    for (auto const& section : document.sections) {
        auto text = section_text(section);
        LocatedItem entry{{section.number.number, ItemKind::Substantive, {}, std::move(text.text), {}},
            section.heading_line, section.number.was_normalised, false, {}};
        TRY(classify_entry(entry, source_name));
        if (entry.item.kind != ItemKind::Reference)
            entry.references = find_mentions(section);
        if (text.contribution) {
            mapped.has_contribution_lines = true;
            add_tags(entry, *text.contribution, mapped.defects);
        }
        mapped.entries.push_back(std::move(entry));
    }
    return mapped;
}

std::optional<std::string> detect_version(MarkdownDocument const& document)
{
    constexpr std::string_view before = "BIO2 versie ";
    constexpr std::string_view after = " in de GitHub-omgeving";
    for (auto const& line : document.preamble) {
        auto const end = line.text.find(after);
        if (end == std::string_view::npos)
            continue;
        auto const start = line.text.rfind(before, end);
        if (start != std::string_view::npos)
            return std::string(line.text.substr(start + before.size(), end - start - before.size()));
    }
    return std::nullopt;
}

} // namespace bolwerk::importers::minbzk
