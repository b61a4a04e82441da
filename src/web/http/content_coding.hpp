#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bolwerk::web {

/// How a response body is encoded on the wire (RFC 9110 8.4).
enum class ContentCoding { Identity, Gzip, Brotli };

/// "br", "gzip" or "" for identity: the Content-Encoding value.
std::string_view coding_name(ContentCoding coding);

/// The best coding the client accepts (RFC 9110 12.5.3): Brotli, then gzip, then
/// identity. A coding listed with q=0 is refused; "*" stands for any coding not listed.
/// No header (or a malformed one) means identity.
ContentCoding negotiate_coding(std::optional<std::string_view> accept_encoding);

/// `content` compressed for the wire: Brotli at `quality` 0–11, gzip at `level` 1–9
/// (the highest: the smallest output, for static files compressed once).
std::string brotli_compress(std::string_view content, int quality);
std::string gzip_compress(std::string_view content, int level);

/// Worth compressing: text formats (HTML, CSS, JavaScript, SVG, JSON, plain text).
bool compressible_type(std::string_view content_type);

struct Response;

/// Compresses a generated page (HTML, CSV) for a client that accepts it, at a speed
/// fit for every request (Brotli 3, gzip 4: about 0.5 ms for 60 KB), and adds
/// `Vary: Accept-Encoding`. Leaves alone: small bodies (under 1 KiB), other types,
/// JSON (API answers may carry secrets next to reflected input, and API clients gain
/// little), responses that already have a Content-Encoding or an ETag (static files,
/// encoded by StaticFiles), and statuses without a body.
void encode_page(Response& response, std::optional<std::string_view> accept_encoding);

} // namespace bolwerk::web
