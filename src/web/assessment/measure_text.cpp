#include "web/assessment/measure_text.hpp"

#include "common/text.hpp"

#include <array>

namespace bolwerk::web {

namespace {

// `<br>`, `<br/>` and `<br />` in any case: the BIO2 markdown's line breaks.
// "a<br><br>\nb" is a new paragraph, "a<br>\nb" a new line.
std::string with_line_breaks(std::string_view text)
{
    constexpr std::array breaks{std::string_view("<br>"), std::string_view("<br/>"), std::string_view("<br />")};
    std::string out;
    out.reserve(text.size());
    std::string const lower = to_ascii_lower(text);
    for (std::size_t i = 0; i < text.size();) {
        bool replaced = false;
        for (auto const tag : breaks) {
            if (std::string_view(lower).substr(i, tag.size()) == tag) {
                i += tag.size();
                // "<br>" at the end of a line is that line's break, not one more.
                if (i >= text.size() || text[i] != '\n')
                    out += '\n';
                replaced = true;
                break;
            }
        }
        if (!replaced)
            out += text[i++];
    }
    return out;
}

// The item text of "- x", "* x" or "12. x"; empty when the line is no list item.
std::pair<TextBlock::Kind, std::string_view> list_item(std::string_view line)
{
    if (line.starts_with("- ") || line.starts_with("* "))
        return {TextBlock::Kind::BulletList, trim(line.substr(2))};
    auto const dot = line.find(". ");
    if (dot != std::string_view::npos && dot > 0 && dot <= 3 && is_ascii_digits(line.substr(0, dot)))
        return {TextBlock::Kind::NumberedList, trim(line.substr(dot + 2))};
    return {TextBlock::Kind::Paragraph, {}};
}

} // namespace

std::vector<TextBlock> measure_text_blocks(std::string_view text)
{
    std::vector<TextBlock> blocks;
    bool open = false; // the last block takes more lines
    auto const lines = with_line_breaks(text);
    for (auto const raw : split(lines, '\n')) {
        auto const line = trim(raw);
        if (line.empty()) {
            open = false;
            continue;
        }
        auto const [kind, item] = list_item(line);
        if (kind != TextBlock::Kind::Paragraph) {
            if (!open || blocks.back().kind != kind)
                blocks.push_back(TextBlock{kind, {}, {}});
            blocks.back().items.emplace_back(item);
        } else if (open && blocks.back().kind == TextBlock::Kind::Paragraph) {
            blocks.back().text += "\n" + std::string(line);
        } else {
            blocks.push_back(TextBlock{TextBlock::Kind::Paragraph, std::string(line), {}});
        }
        open = true;
    }
    return blocks;
}

nlohmann::json text_blocks_view(std::string_view text)
{
    auto view = nlohmann::json::array();
    for (auto const& block : measure_text_blocks(text)) {
        view.push_back({{"is_paragraph", block.kind == TextBlock::Kind::Paragraph}, {"text", block.text},
            {"is_bullets", block.kind == TextBlock::Kind::BulletList},
            {"is_numbered", block.kind == TextBlock::Kind::NumberedList}, {"items", block.items}});
    }
    return view;
}

} // namespace bolwerk::web
