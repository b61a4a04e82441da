#pragma once

#include <cstdint>
#include <string_view>

namespace bolwerk::domain {

/// What an uploaded file is, decided from its bytes (magic numbers and, for ZIP
/// containers, the names inside), never from the name or the type the browser sent:
/// both are under the uploader's control. Issue #5: "type detected from content;
/// never served inline as HTML".
enum class MediaType : std::uint8_t {
    Pdf,
    Png,
    Jpeg,
    Gif,
    Zip,
    Docx,
    Xlsx,
    Pptx,
    Odt,
    Ods,
    Odp,
    Text, ///< Valid UTF-8 without control characters other than tab, CR, LF and FF.
    /// Markup is stored, but never served as such (served_content_type()).
    Html, ///< Text a browser would render as HTML (WHATWG MIME Sniffing 7.1) or that names a scriptable element.
    Svg, ///< An XML document whose root is <svg>.
    Xml, ///< Other text that starts with a tag or holds an XML declaration.
    Unknown,
};

/// Detects the type of `content`. Pure and total: every byte string has an answer.
MediaType detect_media_type(std::string_view content);

/// The IANA media type of the detected kind, for display and the API
/// ("application/pdf", "text/html"); Unknown is "application/octet-stream". Xml is
/// "text/xml", the name every kind of markup was stored under before Html and Svg.
std::string_view media_type_name(MediaType type);

/// The Content-Type header a download is served with. Html, Svg, Xml and Unknown are always
/// application/octet-stream, so that no browser renders stored HTML or SVG, and text is
/// text/plain; every download is also an attachment (web/evidence_pages).
std::string_view served_content_type(MediaType type);

/// Parses a name written by media_type_name; unknown names give Unknown.
MediaType parse_media_type(std::string_view name);

} // namespace bolwerk::domain
