#include "web/http/multipart.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace bolwerk::web {
namespace {

std::string const boundary = "----grens42";

std::string part(std::string const& headers, std::string const& body)
{
    return "--" + boundary + "\r\n" + headers + "\r\n\r\n" + body + "\r\n";
}

std::string close() { return "--" + boundary + "--\r\n"; }

TEST(MultipartBoundary, ReadsTheBoundaryTable)
{
    struct Case {
        std::string content_type;
        std::string expected;
    };
    std::vector<Case> const cases{
        {"multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxk", "----WebKitFormBoundary7MA4YWxk"},
        {"Multipart/Form-Data;boundary=abc", "abc"},
        {"multipart/form-data; charset=utf-8; boundary=\"a b:c\"", "a b:c"},
        {"multipart/form-data; boundary=" + std::string(70, 'x'), std::string(70, 'x')},
    };
    for (auto const& test : cases) {
        auto const found = multipart_boundary(test.content_type);
        ASSERT_TRUE(found) << test.content_type << ": " << found.error().to_string();
        EXPECT_EQ(*found, test.expected);
    }
}

TEST(MultipartBoundary, RefusesBadContentTypes)
{
    for (std::string const& content_type : std::vector<std::string>{"application/x-www-form-urlencoded",
             "multipart/form-data", "multipart/mixed; boundary=abc", "multipart/form-data; boundary=",
             "multipart/form-data; boundary=\"ends in space \"", "multipart/form-data; boundary=\"a\nb\"",
             "multipart/form-data; boundary=\"unclosed", "multipart/form-data; boundary=" + std::string(71, 'x')}) {
        auto const found = multipart_boundary(content_type);
        EXPECT_FALSE(found) << content_type;
    }
}

TEST(ParseMultipart, ReadsFieldsAndFiles)
{
    std::string const binary("%PDF-1.7\0\r\n--not-the-boundary\r\n", 31);
    auto const body = part("Content-Disposition: form-data; name=\"csrf\"", "token")
        + part("Content-Disposition: form-data; name=\"measure\"", "5.17.01")
        + part("Content-Disposition: form-data; name=\"measure\"", "8.08.05")
        + part("Content-Disposition: form-data; name=\"file\"; filename=\"C:\\\\scan \\\"1\\\".pdf\"\r\n"
               "Content-Type: application/pdf",
            binary)
        + part("content-disposition: FORM-DATA; name=empty", "") + close();
    auto const parts = parse_multipart(body, boundary);
    ASSERT_TRUE(parts) << parts.error().to_string();
    ASSERT_EQ(parts->size(), 5u);
    EXPECT_EQ((*parts)[0].name, "csrf");
    EXPECT_EQ((*parts)[0].body, "token");
    EXPECT_FALSE((*parts)[0].file_name);
    EXPECT_EQ((*parts)[2].body, "8.08.05");
    EXPECT_EQ((*parts)[3].file_name, "C:\\scan \"1\".pdf");
    EXPECT_EQ((*parts)[3].content_type, "application/pdf");
    EXPECT_EQ((*parts)[3].body, binary);
    EXPECT_EQ((*parts)[4].name, "empty");
    EXPECT_TRUE((*parts)[4].body.empty());
    EXPECT_EQ(find_part(*parts, "measure")->body, "5.17.01");
    EXPECT_EQ(find_part(*parts, "missing"), nullptr);
}

TEST(ParseMultipart, AcceptsACloseWithoutTrailingLineBreak)
{
    auto body = part("Content-Disposition: form-data; name=\"a\"", "1") + "--" + boundary + "--";
    EXPECT_TRUE(parse_multipart(body, boundary));
}

TEST(ParseMultipart, RefusesMalformedBodiesWithAMessage)
{
    struct Case {
        std::string name;
        std::string body;
        std::string message_part;
    };
    std::string const disposition = "Content-Disposition: form-data; name=\"a\"";
    std::vector<Case> const cases{
        {"empty", "", "does not start with the boundary"},
        {"preamble", "hello\r\n" + part(disposition, "1") + close(), "does not start with the boundary"},
        {"no parts", close(), "no parts"},
        {"cut off", part(disposition, "1"), "no boundary after its content"},
        {"no disposition", part("Content-Type: text/plain", "1") + close(), "no Content-Disposition"},
        {"not form-data", part("Content-Disposition: attachment; name=\"a\"", "1") + close(), "must be form-data"},
        {"no name", part("Content-Disposition: form-data; filename=\"x\"", "1") + close(), "has no name"},
        {"empty name", part("Content-Disposition: form-data; name=\"\"", "1") + close(), "has no name"},
        {"filename star", part(disposition + "; filename*=UTF-8''x", "1") + close(), "filename*"},
        {"two dispositions", part(disposition + "\r\n" + disposition, "1") + close(), "two Content-Disposition"},
        {"header without colon", part(disposition + "\r\nnonsense", "1") + close(), "has no name"},
        {"unclosed quote", part("Content-Disposition: form-data; name=\"a", "1") + close(), "not closed"},
        {"base64", part(disposition + "\r\nContent-Transfer-Encoding: base64", "MQ==") + close(), "base64"},
        {"headers never end", "--" + boundary + "\r\n" + disposition, "do not end"},
        {"junk after close", part(disposition, "1") + close() + "more", "after the closing boundary"},
        {"boundary without line break", "--" + boundary + "x", "not followed by a line break"},
    };
    for (auto const& test : cases) {
        auto const parts = parse_multipart(test.body, boundary);
        ASSERT_FALSE(parts) << test.name;
        EXPECT_EQ(parts.error().kind(), ErrorKind::Invalid) << test.name;
        EXPECT_NE(parts.error().message().find(test.message_part), std::string::npos)
            << test.name << ": " << parts.error().message();
    }
}

TEST(ParseMultipart, EnforcesItsLimits)
{
    std::string many;
    for (int i = 0; i < 3; ++i)
        many += part("Content-Disposition: form-data; name=\"f\"", "x");
    many += close();
    EXPECT_TRUE(parse_multipart(many, boundary, {.max_parts = 3}));
    auto const too_many = parse_multipart(many, boundary, {.max_parts = 2});
    ASSERT_FALSE(too_many);
    EXPECT_NE(too_many.error().message().find("more than 2 parts"), std::string::npos);

    auto const long_header
        = part("Content-Disposition: form-data; name=\"" + std::string(2000, 'n') + "\"", "x") + close();
    EXPECT_FALSE(parse_multipart(long_header, boundary));
    std::string headers = "Content-Disposition: form-data; name=\"a\"";
    for (int i = 0; i < 8; ++i)
        headers += "\r\nX-Extra: 1";
    EXPECT_FALSE(parse_multipart(part(headers, "x") + close(), boundary));
}

} // namespace
} // namespace bolwerk::web
