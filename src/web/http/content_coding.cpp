#include "web/http/content_coding.hpp"

#include "common/text.hpp"
#include "web/http/http.hpp"

#include <brotli/encode.h>
#include <zlib.h>

#include <array>
#include <cstdint>

namespace bolwerk::web {

namespace {

// Whether the parameters of one list element ("gzip;q=0") give it weight 0, written
// "q=0", "q=0.0", "q=0.00" or "q=0.000" (RFC 9110 12.4.2); no q parameter means 1.
bool refused(std::string_view parameters)
{
    while (!parameters.empty()) {
        auto const semicolon = parameters.find(';');
        auto const parameter = trim(parameters.substr(0, semicolon));
        parameters = semicolon == std::string_view::npos ? std::string_view() : parameters.substr(semicolon + 1);
        if (parameter.size() < 2 || (parameter[0] != 'q' && parameter[0] != 'Q') || parameter[1] != '=')
            continue;
        auto const value = parameter.substr(2);
        return !value.empty() && value.find_first_not_of("0.") == std::string_view::npos;
    }
    return false;
}

// What the header says about `name`: accepted, refused, or not listed.
struct Acceptance {
    std::optional<bool> brotli;
    std::optional<bool> gzip;
    std::optional<bool> any;
};

Acceptance read_accept_encoding(std::string_view header)
{
    Acceptance acceptance;
    while (!header.empty()) {
        auto const comma = header.find(',');
        auto const element = header.substr(0, comma);
        header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
        auto const semicolon = element.find(';');
        auto const name = trim(element.substr(0, semicolon));
        bool const accepted = !(semicolon != std::string_view::npos && refused(element.substr(semicolon + 1)));
        auto const lower = to_ascii_lower(name);
        if (lower == "br")
            acceptance.brotli = accepted;
        else if (lower == "gzip" || lower == "x-gzip")
            acceptance.gzip = accepted;
        else if (name == "*")
            acceptance.any = accepted;
    }
    return acceptance;
}

} // namespace

std::string_view coding_name(ContentCoding coding)
{
    switch (coding) {
    case ContentCoding::Brotli: return "br";
    case ContentCoding::Gzip: return "gzip";
    case ContentCoding::Identity: break;
    }
    return "";
}

ContentCoding negotiate_coding(std::optional<std::string_view> accept_encoding)
{
    if (!accept_encoding)
        return ContentCoding::Identity;
    auto const acceptance = read_accept_encoding(*accept_encoding);
    if (acceptance.brotli.value_or(acceptance.any.value_or(false)))
        return ContentCoding::Brotli;
    if (acceptance.gzip.value_or(acceptance.any.value_or(false)))
        return ContentCoding::Gzip;
    return ContentCoding::Identity;
}

std::string brotli_compress(std::string_view content, int quality)
{
    std::string compressed(BrotliEncoderMaxCompressedSize(content.size()), '\0');
    std::size_t size = compressed.size();
    if (compressed.empty()
        || BrotliEncoderCompress(quality, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, content.size(),
               reinterpret_cast<std::uint8_t const*>(content.data()), &size,
               reinterpret_cast<std::uint8_t*>(compressed.data()))
            != BROTLI_TRUE) {
        return {};
    }
    compressed.resize(size);
    return compressed;
}

std::string gzip_compress(std::string_view content, int level)
{
    z_stream stream{};
    constexpr int gzip_window_bits = 15 + 16; // 16: a gzip header and trailer, not zlib's
    constexpr int memory_level = 8;
    if (deflateInit2(&stream, level, Z_DEFLATED, gzip_window_bits, memory_level, Z_DEFAULT_STRATEGY) != Z_OK) {
        return {};
    }
    std::string compressed(deflateBound(&stream, static_cast<uLong>(content.size())), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(content.data()));
    stream.avail_in = static_cast<uInt>(content.size());
    stream.next_out = reinterpret_cast<Bytef*>(compressed.data());
    stream.avail_out = static_cast<uInt>(compressed.size());
    auto const result = deflate(&stream, Z_FINISH);
    compressed.resize(stream.total_out);
    deflateEnd(&stream);
    return result == Z_STREAM_END ? compressed : std::string();
}

bool compressible_type(std::string_view content_type)
{
    constexpr std::array prefixes{std::string_view("text/"), std::string_view("image/svg+xml"),
        std::string_view("application/json"), std::string_view("application/problem+json"),
        std::string_view("application/javascript")};
    for (auto const prefix : prefixes) {
        if (content_type.substr(0, prefix.size()) == prefix)
            return true;
    }
    return false;
}

void encode_page(Response& response, std::optional<std::string_view> accept_encoding)
{
    constexpr std::size_t smallest = 1024;
    constexpr int page_brotli_quality = 3;
    constexpr int page_gzip_level = 4;
    auto const type = response.header("Content-Type").value_or("");
    bool const page = type.starts_with("text/html") || type.starts_with("text/csv");
    if (!page || response.header("Content-Encoding") || response.header("ETag") || response.status == 204
        || response.status == 304)
        return;
    response.add_header("Vary", "Accept-Encoding");
    if (response.body.size() < smallest)
        return;
    auto const coding = negotiate_coding(accept_encoding);
    std::string encoded;
    if (coding == ContentCoding::Brotli)
        encoded = brotli_compress(response.body, page_brotli_quality);
    else if (coding == ContentCoding::Gzip)
        encoded = gzip_compress(response.body, page_gzip_level);
    if (encoded.empty() || encoded.size() >= response.body.size())
        return;
    response.body = std::move(encoded);
    response.set_header("Content-Encoding", std::string(coding_name(coding)));
}

} // namespace bolwerk::web
