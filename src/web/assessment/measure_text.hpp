#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::web {

/// One block of a measure's text as a page shows it: a paragraph (its lines kept) or a
/// list of items.
struct TextBlock {
    enum class Kind { Paragraph, BulletList, NumberedList };
    Kind kind = Kind::Paragraph;
    std::string text; ///< Paragraph only.
    std::vector<std::string> items; ///< Lists only.
};

/// The blocks of a catalog text as published (issue #12 item 3): the BIO2 markdown
/// uses blank lines and `<br>` for paragraphs and line breaks, "- " and "1. " for list
/// items. Everything else stays text, which the template escapes: no markup of the
/// source ever reaches the page as markup.
std::vector<TextBlock> measure_text_blocks(std::string_view text);

/// The blocks as template data: `is_paragraph` with `text`, or `is_bullets` /
/// `is_numbered` with `items`.
nlohmann::json text_blocks_view(std::string_view text);

} // namespace bolwerk::web
