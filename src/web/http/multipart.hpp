#pragma once

#include "common/result.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::web {

/// One part of a multipart/form-data body (RFC 7578). `body` points into the request
/// body the part was parsed from and is valid only as long as that body.
struct MultipartPart {
    std::string name; ///< The form field's name (Content-Disposition name=…).
    std::optional<std::string> file_name; ///< Set for file fields, as the browser sent it (not sanitised).
    std::string content_type; ///< As declared; never trusted for anything but display.
    std::string_view body;
};

/// Limits that keep a hostile body from costing more than its size.
struct MultipartLimits {
    std::size_t max_parts = 64;
    std::size_t max_header_lines = 8; ///< Per part.
    std::size_t max_header_line = 1024; ///< Bytes, per header line.
};

/// The boundary of a `multipart/form-data; boundary=…` Content-Type value: 1–70
/// characters from RFC 2046's bchars, quoted or not. Invalid for any other media type.
Result<std::string> multipart_boundary(std::string_view content_type);

/// Parses a multipart/form-data body strictly: it starts with the first delimiter
/// (no preamble), every part has a `Content-Disposition: form-data` header with a
/// name, header lines end in CRLF, the body ends with the close delimiter (optionally
/// followed by CRLF and nothing else), and the limits hold. Errors are Invalid, say
/// which part is wrong and carry the field "multipart".
Result<std::vector<MultipartPart>> parse_multipart(
    std::string_view body, std::string_view boundary, MultipartLimits const& limits = {});

/// The first part called `name`, if any.
MultipartPart const* find_part(std::vector<MultipartPart> const& parts, std::string_view name);

} // namespace bolwerk::web
