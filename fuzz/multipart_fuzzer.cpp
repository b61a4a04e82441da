// Fuzz target for the multipart/form-data parser of evidence uploads, the UTF-8 check
// of its fields (issue #10 item 7) and the media type detector that reads each
// uploaded part. The first line of the input is the Content-Type header value, the
// rest the body.
#include "domain/evidence/file_name.hpp"
#include "domain/evidence/media_type.hpp"
#include "fuzz_input.hpp"
#include "web/http/multipart.hpp"
#include "web/http/multipart_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const text = bolwerk::fuzz::as_text(data, size);
    auto const line_end = text.find('\n');
    if (line_end == std::string_view::npos)
        return 0;
    auto const boundary = bolwerk::web::multipart_boundary(text.substr(0, line_end));
    if (!boundary)
        return 0;
    auto const body = text.substr(line_end + 1);
    auto const parts = bolwerk::web::parse_multipart(body, *boundary);
    if (!parts)
        return 0;
    for (auto const& part : *parts) {
        // Every part lies inside the body it was parsed from.
        if (part.body.data() < body.data() || part.body.data() + part.body.size() > body.data() + body.size())
            std::abort();
        (void)bolwerk::domain::detect_media_type(part.body);
        if (part.file_name) {
            auto const name = bolwerk::domain::sanitise_file_name(*part.file_name);
            if (name.empty() || name.size() > bolwerk::domain::max_file_name_bytes
                || name.find('/') != std::string::npos)
                std::abort();
        }
    }
    // What the middleware refuses with a 400 never reaches a handler; what it lets
    // through can be written as JSON, and so can its message about what it refused.
    if (auto const invalid = bolwerk::web::find_invalid_multipart_text(*parts)) {
        if (!invalid->location().field)
            std::abort();
        bolwerk::fuzz::require_utf8(invalid->message());
        return 0;
    }
    for (auto const& part : *parts) {
        bolwerk::fuzz::require_utf8(part.name);
        bolwerk::fuzz::require_utf8(part.file_name ? *part.file_name : std::string(part.body));
    }
    return 0;
}
