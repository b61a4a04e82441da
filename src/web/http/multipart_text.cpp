#include "web/http/multipart_text.hpp"

#include "common/utf8.hpp"

#include <string>

namespace bolwerk::web {

Error invalid_text(std::string_view what, std::string_view name)
{
    auto shown = replace_invalid_utf8(name);
    auto message = std::string(what) + " '" + shown + "' is not valid UTF-8";
    return Error::invalid(std::move(message), {.field = std::move(shown)});
}

std::optional<Error> find_invalid_multipart_text(std::vector<MultipartPart> const& parts)
{
    for (auto const& part : parts) {
        bool const value_ok = part.file_name ? is_valid_utf8(*part.file_name) : is_valid_utf8(part.body);
        if (!is_valid_utf8(part.name) || !value_ok)
            return invalid_text(part.file_name ? "the file name of field" : "field", part.name);
    }
    return std::nullopt;
}

} // namespace bolwerk::web
