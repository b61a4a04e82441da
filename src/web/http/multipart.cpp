#include "web/http/multipart.hpp"

#include "common/text.hpp"

namespace bolwerk::web {

namespace {

Error multipart_error(std::string message)
{
    return Error::invalid("multipart body: " + std::move(message), {.field = "multipart"});
}

std::string part_label(std::size_t index) { return "part " + std::to_string(index + 1); }

// RFC 2046 5.1.1: bchars := bcharsnospace / " ", and a boundary does not end in a space.
bool is_boundary_character(char character)
{
    constexpr std::string_view others = "'()+_,-./:=? ";
    return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z')
        || (character >= '0' && character <= '9') || others.find(character) != std::string_view::npos;
}

bool is_token_character(char character)
{
    constexpr std::string_view others = "!#$%&'*+-.^_`|~";
    return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z')
        || (character >= '0' && character <= '9') || others.find(character) != std::string_view::npos;
}

struct Parameter {
    std::string name;
    std::string value;
};

// Reads `; name=value` parameters (value a token or a quoted string, RFC 9110 5.6.6).
Result<std::vector<Parameter>> parse_parameters(std::string_view text, std::string const& where)
{
    std::vector<Parameter> parameters;
    std::size_t position = 0;
    auto const skip_space = [&] {
        while (position < text.size() && (text[position] == ' ' || text[position] == '\t'))
            ++position;
    };
    while (true) {
        skip_space();
        if (position == text.size())
            return parameters;
        if (text[position] != ';')
            return multipart_error(where + ": expected ';' between parameters");
        ++position;
        skip_space();
        auto const name_start = position;
        while (position < text.size() && is_token_character(text[position]))
            ++position;
        if (position == name_start || position == text.size() || text[position] != '=')
            return multipart_error(where + ": a parameter has no name or no '='");
        Parameter parameter{to_ascii_lower(text.substr(name_start, position - name_start)), {}};
        ++position;
        if (position < text.size() && text[position] == '"') {
            ++position;
            bool closed = false;
            while (position < text.size()) {
                char const character = text[position++];
                if (character == '"') {
                    closed = true;
                    break;
                }
                if (character == '\\' && position < text.size())
                    parameter.value += text[position++];
                else
                    parameter.value += character;
            }
            if (!closed)
                return multipart_error(where + ": a quoted parameter is not closed");
        } else {
            auto const value_start = position;
            while (position < text.size() && is_token_character(text[position]))
                ++position;
            if (position == value_start)
                return multipart_error(where + ": parameter '" + parameter.name + "' has no value");
            parameter.value = std::string(text.substr(value_start, position - value_start));
        }
        parameters.push_back(std::move(parameter));
    }
}

Result<void> apply_disposition(MultipartPart& part, std::string_view value, std::string const& where)
{
    auto const semicolon = value.find(';');
    auto const kind = to_ascii_lower(trim(value.substr(0, semicolon)));
    if (kind != "form-data")
        return multipart_error(where + ": Content-Disposition must be form-data, not '" + kind + "'");
    auto const parameters
        = TRY(parse_parameters(semicolon == std::string_view::npos ? "" : value.substr(semicolon), where));
    bool named = false;
    for (auto const& parameter : parameters) {
        if (parameter.name == "name") {
            part.name = parameter.value;
            named = true;
        } else if (parameter.name == "filename") {
            part.file_name = parameter.value;
        } else if (parameter.name == "filename*") {
            // RFC 7578 4.2: senders must not use the RFC 5987 form; refuse it rather
            // than guess at its encoding.
            return multipart_error(where + ": filename* is not allowed in form-data");
        }
    }
    if (!named || part.name.empty())
        return multipart_error(where + ": Content-Disposition has no name");
    return ok();
}

// Reads the header block of one part, which starts at `position` and ends with an
// empty line; leaves `position` at the first byte of the part's body.
Result<void> parse_part_headers(std::string_view body, std::size_t& position, MultipartPart& part,
    MultipartLimits const& limits, std::string const& where)
{
    bool has_disposition = false;
    for (std::size_t lines = 0;; ++lines) {
        auto const end = body.find("\r\n", position);
        if (end == std::string_view::npos)
            return multipart_error(where + ": the headers do not end with an empty line");
        auto const line = body.substr(position, end - position);
        position = end + 2;
        if (line.empty())
            break;
        if (lines >= limits.max_header_lines)
            return multipart_error(where + ": more than " + std::to_string(limits.max_header_lines) + " header lines");
        if (line.size() > limits.max_header_line)
            return multipart_error(
                where + ": a header line is longer than " + std::to_string(limits.max_header_line) + " bytes");
        auto const colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0)
            return multipart_error(where + ": a header line has no name");
        auto const name = to_ascii_lower(line.substr(0, colon));
        auto const value = trim(line.substr(colon + 1));
        if (name == "content-disposition") {
            if (has_disposition)
                return multipart_error(where + ": two Content-Disposition headers");
            has_disposition = true;
            TRY(apply_disposition(part, value, where));
        } else if (name == "content-type") {
            part.content_type = std::string(value);
        } else if (name == "content-transfer-encoding") {
            // RFC 7578 4.7: deprecated; only the identity encodings make sense over HTTP.
            auto const encoding = to_ascii_lower(value);
            if (encoding != "binary" && encoding != "8bit" && encoding != "7bit")
                return multipart_error(where + ": Content-Transfer-Encoding '" + encoding + "' is not supported");
        }
    }
    if (!has_disposition)
        return multipart_error(where + ": no Content-Disposition header");
    return ok();
}

} // namespace

Result<std::string> multipart_boundary(std::string_view content_type)
{
    auto const semicolon = content_type.find(';');
    auto const media_type = to_ascii_lower(trim(content_type.substr(0, semicolon)));
    if (media_type != "multipart/form-data")
        return multipart_error("expected Content-Type multipart/form-data, not '" + media_type + "'");
    auto const parameters = TRY(
        parse_parameters(semicolon == std::string_view::npos ? "" : content_type.substr(semicolon), "Content-Type"));
    for (auto const& parameter : parameters) {
        if (parameter.name != "boundary")
            continue;
        auto const& boundary = parameter.value;
        if (boundary.empty() || boundary.size() > 70 || boundary.back() == ' ')
            return multipart_error("the boundary must be 1 to 70 characters and not end in a space");
        for (auto const character : boundary) {
            if (!is_boundary_character(character))
                return multipart_error("the boundary contains a character RFC 2046 does not allow");
        }
        return boundary;
    }
    return multipart_error("Content-Type has no boundary");
}

Result<std::vector<MultipartPart>> parse_multipart(
    std::string_view body, std::string_view boundary, MultipartLimits const& limits)
{
    std::string const first = "--" + std::string(boundary);
    std::string const delimiter = "\r\n" + first;
    if (!body.starts_with(first))
        return multipart_error("the body does not start with the boundary");
    std::size_t position = first.size();
    std::vector<MultipartPart> parts;
    while (true) {
        if (body.substr(position, 2) == "--") {
            auto const rest = body.substr(position + 2);
            if (!rest.empty() && rest != "\r\n")
                return multipart_error("unexpected data after the closing boundary");
            if (parts.empty())
                return multipart_error("the body has no parts");
            return parts;
        }
        if (body.substr(position, 2) != "\r\n")
            return multipart_error("a boundary is not followed by a line break");
        position += 2;
        if (parts.size() >= limits.max_parts)
            return multipart_error("more than " + std::to_string(limits.max_parts) + " parts");
        auto const where = part_label(parts.size());
        MultipartPart part;
        TRY(parse_part_headers(body, position, part, limits, where));
        auto const end = body.find(delimiter, position);
        if (end == std::string_view::npos)
            return multipart_error(where + ": no boundary after its content (is the body cut off?)");
        part.body = body.substr(position, end - position);
        parts.push_back(std::move(part));
        position = end + delimiter.size();
    }
}

MultipartPart const* find_part(std::vector<MultipartPart> const& parts, std::string_view name)
{
    for (auto const& part : parts) {
        if (part.name == name)
            return &part;
    }
    return nullptr;
}

} // namespace bolwerk::web
