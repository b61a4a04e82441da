#include "domain/evidence/media_type.hpp"

#include "common/text.hpp"
#include "common/utf8.hpp"

#include <array>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::domain {

namespace {

struct Name {
    MediaType type;
    std::string_view name;
};

constexpr std::array names{Name{MediaType::Pdf, "application/pdf"}, Name{MediaType::Png, "image/png"},
    Name{MediaType::Jpeg, "image/jpeg"}, Name{MediaType::Gif, "image/gif"}, Name{MediaType::Zip, "application/zip"},
    Name{MediaType::Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    Name{MediaType::Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    Name{MediaType::Pptx, "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
    Name{MediaType::Odt, "application/vnd.oasis.opendocument.text"},
    Name{MediaType::Ods, "application/vnd.oasis.opendocument.spreadsheet"},
    Name{MediaType::Odp, "application/vnd.oasis.opendocument.presentation"}, Name{MediaType::Text, "text/plain"},
    Name{MediaType::Html, "text/html"}, Name{MediaType::Svg, "image/svg+xml"}, Name{MediaType::Xml, "text/xml"},
    Name{MediaType::Unknown, "application/octet-stream"}};

bool starts_with(std::string_view content, std::string_view prefix) { return content.starts_with(prefix); }

// substr that answers "" instead of throwing when `offset` lies past the end: offsets
// here come from the file, which may lie.
std::string_view bytes_at(std::string_view bytes, std::size_t offset, std::size_t count)
{
    return offset > bytes.size() ? std::string_view() : bytes.substr(offset, count);
}

std::uint32_t little_endian(std::string_view bytes, std::size_t offset, std::size_t width)
{
    std::uint32_t value = 0;
    for (std::size_t i = width; i > 0; --i)
        value = (value << 8) | static_cast<unsigned char>(bytes[offset + i - 1]);
    return value;
}

// Reads a little-endian field only when it lies inside `bytes`.
std::optional<std::uint32_t> field(std::string_view bytes, std::size_t offset, std::size_t width)
{
    if (offset > bytes.size() || bytes.size() - offset < width)
        return std::nullopt;
    return little_endian(bytes, offset, width);
}

// An ODF package starts with an uncompressed entry "mimetype" whose content is the
// media type (ODF 1.2 part 3, 3.3). Local file header: name length at 26, extra
// length at 28, compressed size at 18, method at 8, name at 30 (APPNOTE 4.3.7).
std::optional<MediaType> open_document_type(std::string_view zip)
{
    auto const method = field(zip, 8, 2);
    auto const size = field(zip, 18, 4);
    auto const name_length = field(zip, 26, 2);
    auto const extra_length = field(zip, 28, 2);
    if (!method || !size || !name_length || !extra_length || *method != 0)
        return std::nullopt;
    if (bytes_at(zip, 30, *name_length) != "mimetype")
        return std::nullopt;
    std::size_t const data = 30 + std::size_t{*name_length} + *extra_length;
    if (data > zip.size())
        return std::nullopt;
    auto const declared = bytes_at(zip, data, *size);
    for (auto const type : {MediaType::Odt, MediaType::Ods, MediaType::Odp}) {
        if (declared == media_type_name(type))
            return type;
    }
    return std::nullopt;
}

// The names in the central directory, found through the end-of-central-directory
// record (APPNOTE 4.3.16), which sits in the last 22 + 65535 bytes.
std::vector<std::string_view> zip_entry_names(std::string_view zip)
{
    std::vector<std::string_view> entries;
    constexpr std::string_view end_signature("PK\x05\x06", 4);
    constexpr std::size_t end_record_size = 22;
    if (zip.size() < end_record_size)
        return entries;
    std::size_t const lowest = zip.size() > end_record_size + 65535 ? zip.size() - end_record_size - 65535 : 0;
    auto const end = zip.rfind(end_signature, zip.size() - end_record_size);
    if (end == std::string_view::npos || end < lowest)
        return entries;
    auto const count = field(zip, end + 10, 2);
    auto const offset = field(zip, end + 16, 4);
    if (!count || !offset)
        return entries;
    std::size_t position = *offset;
    for (std::uint32_t i = 0; i < *count; ++i) {
        if (bytes_at(zip, position, 4) != std::string_view("PK\x01\x02", 4))
            break;
        auto const name_length = field(zip, position + 28, 2);
        auto const extra_length = field(zip, position + 30, 2);
        auto const comment_length = field(zip, position + 32, 2);
        if (!name_length || !extra_length || !comment_length || position + 46 + *name_length > zip.size())
            break;
        entries.push_back(bytes_at(zip, position + 46, *name_length));
        position += 46 + std::size_t{*name_length} + *extra_length + *comment_length;
    }
    return entries;
}

MediaType zip_type(std::string_view zip)
{
    if (auto const open_document = open_document_type(zip))
        return *open_document;
    auto const entries = zip_entry_names(zip);
    auto const has = [&](std::string_view name) {
        for (auto const entry : entries) {
            if (entry == name)
                return true;
        }
        return false;
    };
    // ECMA-376 part 2: every OOXML package has [Content_Types].xml; the main part
    // names the kind of document.
    if (has("[Content_Types].xml")) {
        if (has("word/document.xml"))
            return MediaType::Docx;
        if (has("xl/workbook.xml"))
            return MediaType::Xlsx;
        if (has("ppt/presentation.xml"))
            return MediaType::Pptx;
    }
    return MediaType::Zip;
}

bool is_plain_text(std::string_view content)
{
    std::size_t position = 0;
    while (position < content.size()) {
        auto const byte = static_cast<unsigned char>(content[position]);
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f')
            return false;
        if (byte == 0x7F)
            return false;
        auto const length = utf8_sequence_length(content, position);
        if (length == 0)
            return false;
        position += length;
    }
    return true;
}

// The start of a markup document, lower case: after a byte order mark and white
// space, at most 1024 bytes (browsers sniff about as far, WHATWG MIME Sniffing 7).
std::string markup_head(std::string_view text)
{
    constexpr std::string_view byte_order_mark("\xEF\xBB\xBF", 3);
    constexpr std::size_t sniffed_bytes = 1024;
    if (text.starts_with(byte_order_mark))
        text.remove_prefix(byte_order_mark.size());
    auto const start = text.find_first_not_of(" \t\r\n\f");
    return start == std::string_view::npos ? std::string() : to_ascii_lower(text.substr(start, sniffed_bytes));
}

// WHATWG MIME Sniffing 7.1, "identifying a resource with an unknown MIME type": the
// openings for which a browser renders a document as HTML, each followed by a space
// or '>'.
bool opens_as_html(std::string_view head)
{
    constexpr std::array<std::string_view, 17> openings{"<!doctype html", "<html", "<head", "<script", "<iframe", "<h1",
        "<div", "<font", "<table", "<a", "<style", "<title", "<b", "<body", "<br", "<p", "<!--"};
    for (auto const opening : openings) {
        if (head.starts_with(opening) && head.size() > opening.size()
            && (head[opening.size()] == ' ' || head[opening.size()] == '>'))
            return true;
    }
    return false;
}

// The name of the first element ('<' and a letter), skipping declarations, comments
// and processing instructions: the root of an XML document.
std::string_view first_element_name(std::string_view head)
{
    for (auto at = head.find('<'); at != std::string_view::npos; at = head.find('<', at + 1)) {
        if (at + 1 >= head.size() || head[at + 1] < 'a' || head[at + 1] > 'z')
            continue;
        auto const end = head.find_first_of(" \t\r\n/>", at + 1);
        auto const name = head.substr(at + 1, end == std::string_view::npos ? std::string_view::npos : end - at - 1);
        // A prefixed root ("svg:svg") is the same element.
        auto const colon = name.rfind(':');
        return colon == std::string_view::npos ? name : name.substr(colon + 1);
    }
    return {};
}

bool mentions_any(std::string_view head, std::initializer_list<std::string_view> tags)
{
    for (auto const tag : tags) {
        if (head.find(tag) != std::string_view::npos)
            return true;
    }
    return false;
}

// Which markup valid text is, if any. Browsers sniff markup anywhere near the start,
// so a text that names a scriptable element early counts as markup too.
std::optional<MediaType> markup_type(std::string_view text)
{
    auto const head = markup_head(text);
    if (opens_as_html(head))
        return MediaType::Html;
    auto const root = first_element_name(head);
    if (root == "svg")
        return MediaType::Svg;
    if (root == "html" || mentions_any(head, {"<script", "<iframe", "<body", "<html", "<head", "<!doctype html"}))
        return MediaType::Html;
    if (mentions_any(head, {"<svg"}))
        return MediaType::Svg;
    if (head.starts_with('<') || head.find("<?xml") != std::string::npos)
        return MediaType::Xml;
    return std::nullopt;
}

} // namespace

MediaType detect_media_type(std::string_view content)
{
    if (starts_with(content, "%PDF-"))
        return MediaType::Pdf;
    if (starts_with(content, std::string_view("\x89PNG\r\n\x1A\n", 8)))
        return MediaType::Png;
    if (starts_with(content, std::string_view("\xFF\xD8\xFF", 3)))
        return MediaType::Jpeg;
    if (starts_with(content, "GIF87a") || starts_with(content, "GIF89a"))
        return MediaType::Gif;
    if (starts_with(content, std::string_view("PK\x03\x04", 4))
        || starts_with(content, std::string_view("PK\x05\x06", 4)))
        return zip_type(content);
    if (is_plain_text(content))
        return markup_type(content).value_or(MediaType::Text);
    return MediaType::Unknown;
}

std::string_view media_type_name(MediaType type)
{
    for (auto const& entry : names) {
        if (entry.type == type)
            return entry.name;
    }
    return "application/octet-stream";
}

std::string_view served_content_type(MediaType type)
{
    switch (type) {
    case MediaType::Text: return "text/plain; charset=utf-8";
    case MediaType::Html:
    case MediaType::Svg:
    case MediaType::Xml:
    case MediaType::Unknown: return "application/octet-stream";
    default: return media_type_name(type);
    }
}

MediaType parse_media_type(std::string_view name)
{
    for (auto const& entry : names) {
        if (entry.name == name)
            return entry.type;
    }
    return MediaType::Unknown;
}

} // namespace bolwerk::domain
