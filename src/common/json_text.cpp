#include "common/json_text.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk {

std::string json_text(nlohmann::json const& value, JsonLayout layout)
{
    constexpr int indent_width = 2;
    constexpr int no_indent = -1;
    return value.dump(layout == JsonLayout::Indented ? indent_width : no_indent, ' ', false,
        nlohmann::json::error_handler_t::replace);
}

} // namespace bolwerk
