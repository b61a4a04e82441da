#include "importers/source_text.hpp"

#include <algorithm>

namespace bolwerk::importers {

std::vector<SourceLine> split_lines(std::string_view text)
{
    std::vector<SourceLine> lines;
    std::uint64_t number = 1;
    while (!text.empty()) {
        auto const end = text.find('\n');
        auto line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        lines.push_back({number++, line});
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

Result<void> check_utf8(std::string_view text, std::string const& source_name)
{
    auto const bad = first_invalid_utf8(text);
    if (!bad)
        return ok();
    auto const line = 1
        + static_cast<std::uint64_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(*bad), '\n'));
    return Error::invalid("the input is not valid UTF-8", {.source = source_name, .line = line});
}

} // namespace bolwerk::importers
