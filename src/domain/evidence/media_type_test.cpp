#include "domain/evidence/media_type.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace bolwerk::domain {
namespace {

void put16(std::string& out, std::uint32_t value)
{
    out += static_cast<char>(value & 0xFF);
    out += static_cast<char>((value >> 8) & 0xFF);
}

void put32(std::string& out, std::uint32_t value)
{
    put16(out, value & 0xFFFF);
    put16(out, value >> 16);
}

// A stored (uncompressed) ZIP archive with the given entries, in order: just enough of
// APPNOTE for the detector (local headers, central directory, end record). CRCs are 0;
// the detector does not read them.
std::string zip_of(std::vector<std::pair<std::string, std::string>> const& entries)
{
    std::string local;
    std::string central;
    for (auto const& [name, data] : entries) {
        auto const offset = static_cast<std::uint32_t>(local.size());
        local += std::string("PK\x03\x04", 4);
        put16(local, 20);
        put16(local, 0);
        put16(local, 0); // stored
        put32(local, 0);
        put32(local, 0);
        put32(local, static_cast<std::uint32_t>(data.size()));
        put32(local, static_cast<std::uint32_t>(data.size()));
        put16(local, static_cast<std::uint32_t>(name.size()));
        put16(local, 0);
        local += name + data;
        central += std::string("PK\x01\x02", 4);
        put16(central, 20);
        put16(central, 20);
        put16(central, 0);
        put16(central, 0);
        put32(central, 0);
        put32(central, 0);
        put32(central, static_cast<std::uint32_t>(data.size()));
        put32(central, static_cast<std::uint32_t>(data.size()));
        put16(central, static_cast<std::uint32_t>(name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, 0);
        put32(central, offset);
        central += name;
    }
    std::string archive = local + central;
    archive += std::string("PK\x05\x06", 4);
    put16(archive, 0);
    put16(archive, 0);
    put16(archive, static_cast<std::uint32_t>(entries.size()));
    put16(archive, static_cast<std::uint32_t>(entries.size()));
    put32(archive, static_cast<std::uint32_t>(central.size()));
    put32(archive, static_cast<std::uint32_t>(local.size()));
    put16(archive, 0);
    return archive;
}

struct DetectionCase {
    std::string name;
    std::string content;
    MediaType expected;
};

TEST(DetectMediaType, RecognisesEachKindFromItsBytes)
{
    std::vector<DetectionCase> const cases{
        {"pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", MediaType::Pdf},
        {"png", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), MediaType::Png},
        {"jpeg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10), MediaType::Jpeg},
        {"gif87", std::string("GIF87a\x01\x00", 8), MediaType::Gif},
        {"gif89", std::string("GIF89a\x01\x00", 8), MediaType::Gif},
        {"plain zip", zip_of({{"rapport.txt", "hallo"}}), MediaType::Zip},
        {"docx", zip_of({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w/>"}}), MediaType::Docx},
        {"xlsx", zip_of({{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<w/>"}}), MediaType::Xlsx},
        {"pptx", zip_of({{"[Content_Types].xml", "<Types/>"}, {"ppt/presentation.xml", "<p/>"}}), MediaType::Pptx},
        {"docx part without content types is just a zip", zip_of({{"word/document.xml", "<w/>"}}), MediaType::Zip},
        {"odt", zip_of({{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", "<x/>"}}),
            MediaType::Odt},
        {"ods", zip_of({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}}), MediaType::Ods},
        {"odp", zip_of({{"mimetype", "application/vnd.oasis.opendocument.presentation"}}), MediaType::Odp},
        {"odf with unknown mimetype", zip_of({{"mimetype", "application/x-evil"}}), MediaType::Zip},
        {"utf-8 text", "Logboek controle 2026: geen afwijkingen.\nÉén regel met accenten.\n", MediaType::Text},
        {"empty file", "", MediaType::Text},
        {"html", "<!DOCTYPE html><html><body>hi</body></html>", MediaType::Html},
        {"binary", std::string("\x00\x01\x02\x03", 4), MediaType::Unknown},
        {"invalid utf-8", "caf\xE9 au lait", MediaType::Unknown},
        {"overlong utf-8", "\xC0\xAF", MediaType::Unknown},
        {"utf-8 surrogate", "\xED\xA0\x80", MediaType::Unknown},
        {"truncated zip header", std::string("PK\x03\x04", 4), MediaType::Zip},
        {"pdf look-alike in text", "Zie bijlage %PDF-", MediaType::Text},
    };
    for (auto const& test : cases)
        EXPECT_EQ(detect_media_type(test.content), test.expected) << test.name;
}

// Issue #10 (d): HTML was recorded as text/xml. Every kind of markup is told apart, and
// none is ever served as itself (ServedContentType below).
TEST(DetectMediaType, TellsHtmlSvgAndXmlApart)
{
    std::vector<DetectionCase> const cases{
        {"html5 document", "<!DOCTYPE html><html><body>hi</body></html>", MediaType::Html},
        {"doctype in capitals", "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">", MediaType::Html},
        {"html after white space", "\n\n   <html>", MediaType::Html},
        {"html after byte order mark", "\xEF\xBB\xBF<html>", MediaType::Html},
        {"html element with attributes", "<HTML lang=\"nl\">", MediaType::Html},
        {"fragment: a paragraph", "<p>Verslag</p>", MediaType::Html},
        {"fragment: a link", "<a href=\"https://evil.example\">klik</a>", MediaType::Html},
        {"fragment: a table", "<table><tr><td>1</td></tr></table>", MediaType::Html},
        {"fragment: a comment first", "<!-- export --><div>x</div>", MediaType::Html},
        {"fragment: bold", "<b>let op</b>", MediaType::Html},
        {"fragment: script", "<script>alert(1)</script>", MediaType::Html},
        {"fragment: iframe", "<iframe src=\"x\"></iframe>", MediaType::Html},
        {"script later in text", "Beste collega,\n<script>alert(1)</script>", MediaType::Html},
        {"body later in text", "Zie hieronder.\n<BODY onload=alert(1)>", MediaType::Html},
        {"xhtml", "<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"/>",
            MediaType::Html},
        {"xhtml without doctype", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"/>",
            MediaType::Html},
        {"svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", MediaType::Svg},
        {"svg with xml declaration and comment",
            "<?xml version=\"1.0\"?>\n<!-- made by a tool -->\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            MediaType::Svg},
        {"svg with a prefix", "<?xml version=\"1.0\"?><svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"/>",
            MediaType::Svg},
        {"svg later in text", "Zie <b>hier</b>: <svg onload=alert(1)>", MediaType::Svg},
        {"xml", "<?xml version=\"1.0\"?><a/>", MediaType::Xml},
        {"xml without declaration", "<catalog><entry/></catalog>", MediaType::Xml},
        {"unknown element that is no html opening", "<abbr>BIO</abbr>", MediaType::Xml},
        {"xml declaration later in text", "export:\n<?xml version=\"1.0\"?><a/>", MediaType::Xml},
        {"text mentioning a tag name", "Gebruik geen <b-tags> in titels", MediaType::Text},
        {"text with a harmless tag", "Prijs < 5 euro en <b> vet", MediaType::Text},
        {"text only", "Geen markup hier.", MediaType::Text},
    };
    for (auto const& test : cases)
        EXPECT_EQ(detect_media_type(test.content), test.expected) << test.name;
}

TEST(DetectMediaType, SurvivesCentralDirectoryPointingOutside)
{
    auto archive = zip_of({{"[Content_Types].xml", "x"}, {"word/document.xml", "y"}});
    // Corrupt the central directory offset in the end record to lie past the end.
    archive[archive.size() - 6] = '\x7F';
    archive[archive.size() - 5] = '\x7F';
    EXPECT_EQ(detect_media_type(archive), MediaType::Zip);
}

TEST(ServedContentType, NeverServesMarkupOrUnknownAsSuch)
{
    for (auto const markup : {MediaType::Html, MediaType::Svg, MediaType::Xml})
        EXPECT_EQ(served_content_type(markup), "application/octet-stream") << media_type_name(markup);
    EXPECT_EQ(served_content_type(MediaType::Unknown), "application/octet-stream");
    EXPECT_EQ(served_content_type(MediaType::Text), "text/plain; charset=utf-8");
    EXPECT_EQ(served_content_type(MediaType::Pdf), "application/pdf");
    EXPECT_EQ(served_content_type(MediaType::Docx),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
}

TEST(MediaTypeName, RoundTripsThroughParse)
{
    for (auto const type : {MediaType::Pdf, MediaType::Png, MediaType::Jpeg, MediaType::Gif, MediaType::Zip,
             MediaType::Docx, MediaType::Xlsx, MediaType::Pptx, MediaType::Odt, MediaType::Ods, MediaType::Odp,
             MediaType::Text, MediaType::Html, MediaType::Svg, MediaType::Xml, MediaType::Unknown})
        EXPECT_EQ(parse_media_type(media_type_name(type)), type) << media_type_name(type);
    EXPECT_EQ(media_type_name(MediaType::Html), "text/html");
    EXPECT_EQ(media_type_name(MediaType::Svg), "image/svg+xml");
    // Rows stored before markup was told apart say text/xml.
    EXPECT_EQ(parse_media_type("text/xml"), MediaType::Xml);
    EXPECT_EQ(parse_media_type("application/x-evil"), MediaType::Unknown);
}

} // namespace
} // namespace bolwerk::domain
