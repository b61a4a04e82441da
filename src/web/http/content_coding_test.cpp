// Issue #12 item 6: which coding a client gets, and that what we compress comes back.
#include "web/http/content_coding.hpp"

#include "web/http/http.hpp"

#include <brotli/decode.h>
#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdint>
#include <vector>

namespace bolwerk::web {
namespace {

std::string brotli_decompress(std::string const& compressed, std::size_t size)
{
    std::string out(size, '\0');
    std::size_t written = out.size();
    auto const result
        = BrotliDecoderDecompress(compressed.size(), reinterpret_cast<std::uint8_t const*>(compressed.data()), &written,
            reinterpret_cast<std::uint8_t*>(out.data()));
    EXPECT_EQ(result, BROTLI_DECODER_RESULT_SUCCESS);
    out.resize(written);
    return out;
}

std::string gzip_decompress(std::string const& compressed, std::size_t size)
{
    z_stream stream{};
    EXPECT_EQ(inflateInit2(&stream, 15 + 16), Z_OK);
    std::string out(size, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    EXPECT_EQ(inflate(&stream, Z_FINISH), Z_STREAM_END);
    out.resize(stream.total_out);
    inflateEnd(&stream);
    return out;
}

TEST(NegotiateCoding, PrefersBrotliThenGzipAndHonoursQZero)
{
    using enum ContentCoding;
    struct Case {
        std::optional<std::string> header;
        ContentCoding expected;
    };
    for (auto const& [header, expected] : std::vector<Case>{
             {std::nullopt, Identity},
             {"", Identity},
             {"gzip, deflate, br, zstd", Brotli}, // Chromium
             {"gzip, deflate", Gzip},
             {"GZIP", Gzip},
             {"x-gzip", Gzip},
             {"br;q=0, gzip", Gzip},
             {"br;q=0.0, gzip;q=0.000", Identity},
             {"br; q=0.5, gzip; q=1", Brotli}, // both acceptable: ours is the smaller
             {"*", Brotli},
             {"*;q=0", Identity},
             {"*, br;q=0", Gzip},
             {"identity", Identity},
             {"deflate", Identity},
             {"br;q=0.001", Brotli},
             {",,;;=,", Identity},
         }) {
        EXPECT_EQ(negotiate_coding(header), expected) << header.value_or("(none)");
    }
    EXPECT_EQ(coding_name(Brotli), "br");
    EXPECT_EQ(coding_name(Gzip), "gzip");
    EXPECT_EQ(coding_name(Identity), "");
}

TEST(Compress, RoundTripsAndShrinksText)
{
    std::string text;
    for (int line = 0; line < 2000; ++line)
        text += ".utrecht-button--primary-action { color: var(--utrecht-button-color); } /* " + std::to_string(line)
            + " */\n";
    auto const brotli = brotli_compress(text, 9);
    auto const gzip = gzip_compress(text, 9);
    EXPECT_LT(brotli.size(), text.size() / 10);
    EXPECT_LT(gzip.size(), text.size() / 5);
    EXPECT_EQ(brotli_decompress(brotli, text.size()), text);
    EXPECT_EQ(gzip_decompress(gzip, text.size()), text);
    EXPECT_EQ(brotli_decompress(brotli_compress("", 11), 16), "");
    EXPECT_EQ(gzip_decompress(gzip_compress("", 4), 16), "");
    EXPECT_EQ(gzip_decompress(gzip_compress(text, 1), text.size()), text);
}

TEST(CompressibleType, TextYesImagesNo)
{
    for (auto const* type : {"text/html; charset=utf-8", "text/css; charset=utf-8", "image/svg+xml", "application/json",
             "application/problem+json", "text/javascript; charset=utf-8"}) {
        EXPECT_TRUE(compressible_type(type)) << type;
    }
    for (auto const* type : {"image/png", "image/x-icon", "font/woff2", "application/octet-stream",
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf"}) {
        EXPECT_FALSE(compressible_type(type)) << type;
    }
}

std::string page_body()
{
    std::string html = "<!DOCTYPE html><html><body><table>";
    for (int row = 0; row < 300; ++row)
        html += "<tr><td>5." + std::to_string(row) + "</td><td>niet gestart</td></tr>";
    return html + "</table></body></html>";
}

TEST(EncodePage, CompressesPagesForClientsThatAcceptIt)
{
    auto const html = page_body();
    auto brotli = Response::text(200, html, "text/html; charset=utf-8");
    encode_page(brotli, "gzip, deflate, br");
    EXPECT_EQ(brotli.header("Content-Encoding"), "br");
    EXPECT_EQ(brotli.header("Vary"), "Accept-Encoding");
    EXPECT_EQ(brotli_decompress(brotli.body, html.size()), html);

    auto gzip = Response::text(200, html, "text/csv; charset=utf-8");
    encode_page(gzip, "gzip");
    EXPECT_EQ(gzip.header("Content-Encoding"), "gzip");
    EXPECT_EQ(gzip_decompress(gzip.body, html.size()), html);

    auto identity = Response::text(200, html, "text/html; charset=utf-8");
    encode_page(identity, std::nullopt);
    EXPECT_EQ(identity.header("Content-Encoding"), std::nullopt);
    EXPECT_EQ(identity.header("Vary"), "Accept-Encoding") << "a cache must not serve it to a client that accepts br";
    EXPECT_EQ(identity.body, html);
}

TEST(EncodePage, LeavesAloneWhatIsNotAPageOrAlreadyEncoded)
{
    auto const html = page_body();
    auto json = Response::text(200, html, "application/json");
    encode_page(json, "br");
    EXPECT_EQ(json.header("Content-Encoding"), std::nullopt) << "JSON: API answers are not compressed";
    auto small = Response::text(200, "<p>klein</p>", "text/html; charset=utf-8");
    encode_page(small, "br");
    EXPECT_EQ(small.header("Content-Encoding"), std::nullopt);
    EXPECT_EQ(small.body, "<p>klein</p>");
    auto asset = Response::text(200, html, "text/html; charset=utf-8");
    asset.set_header("ETag", "\"abc\"");
    encode_page(asset, "br");
    EXPECT_EQ(asset.header("Content-Encoding"), std::nullopt);
    auto pdf = Response::text(200, html, "application/pdf");
    encode_page(pdf, "br");
    EXPECT_EQ(pdf.body, html);
    auto not_modified = Response::text(304, html, "text/html; charset=utf-8");
    encode_page(not_modified, "br");
    EXPECT_EQ(not_modified.header("Content-Encoding"), std::nullopt);
}

} // namespace
} // namespace bolwerk::web
