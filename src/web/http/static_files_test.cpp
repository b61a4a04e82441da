// Issue #12 item 6: static files under content-hashed names, cached immutably, compressed
// when the client accepts it, one ETag per representation.
#include "web/http/static_files.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <unistd.h>

namespace bolwerk::web {
namespace {

class StaticFilesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_directory = std::filesystem::temp_directory_path() / ("bolwerk-static-" + std::to_string(getpid()));
        std::filesystem::create_directories(m_directory / "nested");
        for (int rule = 0; rule < 500; ++rule)
            m_css += ".rule-" + std::to_string(rule) + " { margin: 0; padding: 0; }\n";
        write("site.css", m_css);
        write("nested/logo.png", std::string("\x89PNG\r\n\x1a\n", 8) + std::string(4000, 'p'));
        write("tiny.svg", "<svg/>");
        write("skipped.exe", "no");
        auto loaded = StaticFiles::load({{"/static/", m_directory, {".css", ".png", ".svg"}}});
        ASSERT_TRUE(loaded) << loaded.error().to_string();
        m_files = std::move(*loaded);
    }
    void TearDown() override { std::filesystem::remove_all(m_directory); }

    void write(std::string const& name, std::string const& content)
    {
        std::ofstream(m_directory / name, std::ios::binary) << content;
    }

    Response get(std::string const& path, std::vector<std::pair<std::string, std::string>> headers = {}) const
    {
        Request request;
        request.method = "GET";
        request.path = path;
        request.headers = std::move(headers);
        auto response = m_files.serve(request);
        EXPECT_TRUE(response) << path;
        return response ? *response : Response{};
    }

    std::filesystem::path m_directory;
    std::string m_css;
    StaticFiles m_files;
};

TEST_F(StaticFilesTest, EveryFileHasAContentHashedNameCachedForAYear)
{
    EXPECT_EQ(m_files.size(), 3U);
    auto const hashed = m_files.versioned("/static/site.css");
    ASSERT_TRUE(hashed.starts_with("/static/site.") && hashed.ends_with(".css")) << hashed;
    EXPECT_EQ(hashed.size(), std::string("/static/site..css").size() + 12);
    EXPECT_TRUE(m_files.versioned("/static/nested/logo.png").starts_with("/static/nested/logo."));
    EXPECT_EQ(m_files.versioned("/static/unknown.css"), "/static/unknown.css");
    auto const versioned = get(hashed);
    EXPECT_EQ(versioned.status, 200U);
    EXPECT_EQ(versioned.body, m_css);
    EXPECT_EQ(versioned.header("cache-control"), "public, max-age=31536000, immutable");
    auto const plain = get("/static/site.css");
    EXPECT_EQ(plain.body, m_css);
    EXPECT_EQ(plain.header("cache-control"), "public, max-age=3600");
    EXPECT_EQ(plain.header("etag"), versioned.header("etag"));
    Request outside;
    outside.path = "/static/skipped.exe";
    EXPECT_FALSE(m_files.serve(outside));
    outside.path = "/static/site.000000000000.css";
    EXPECT_FALSE(m_files.serve(outside)) << "a wrong hash is not the file";
}

TEST_F(StaticFilesTest, TextGoesOutCompressedWithItsOwnETagAndVary)
{
    auto const plain = get("/static/site.css");
    auto const brotli = get("/static/site.css", {{"accept-encoding", "gzip, deflate, br"}});
    auto const gzip = get("/static/site.css", {{"accept-encoding", "gzip"}});
    EXPECT_EQ(plain.header("content-encoding"), std::nullopt);
    EXPECT_EQ(brotli.header("content-encoding"), "br");
    EXPECT_EQ(gzip.header("content-encoding"), "gzip");
    for (auto const* response : {&plain, &brotli, &gzip}) {
        EXPECT_EQ(response->header("vary"), "Accept-Encoding");
        EXPECT_EQ(response->header("content-type"), "text/css; charset=utf-8");
    }
    EXPECT_LT(brotli.body.size(), m_css.size() / 5);
    EXPECT_LT(gzip.body.size(), m_css.size() / 5);
    auto const etags = std::set<std::string>{std::string(plain.header("etag").value_or("")),
        std::string(brotli.header("etag").value_or("")), std::string(gzip.header("etag").value_or(""))};
    EXPECT_EQ(etags.size(), 3U) << "one strong ETag per representation";

    auto const again = get("/static/site.css",
        {{"accept-encoding", "br"}, {"if-none-match", std::string(brotli.header("etag").value_or(""))}});
    EXPECT_EQ(again.status, 304U);
    EXPECT_TRUE(again.body.empty());
    auto const other = get("/static/site.css",
        {{"accept-encoding", "gzip"}, {"if-none-match", std::string(brotli.header("etag").value_or(""))}});
    EXPECT_EQ(other.status, 200U) << "the Brotli ETag does not validate the gzip body";
}

TEST_F(StaticFilesTest, ImagesAndWhatCompressionCannotShrinkGoOutAsTheyAre)
{
    auto const png = get("/static/nested/logo.png", {{"accept-encoding", "br, gzip"}});
    EXPECT_EQ(png.header("content-encoding"), std::nullopt);
    EXPECT_EQ(png.header("vary"), std::nullopt);
    auto const tiny = get("/static/tiny.svg", {{"accept-encoding", "br, gzip"}});
    EXPECT_EQ(tiny.header("content-encoding"), std::nullopt) << "6 bytes do not get smaller";
    EXPECT_EQ(tiny.body, "<svg/>");
}

} // namespace
} // namespace bolwerk::web
