#include "web/core/request_text.hpp"

#include "common/utf8.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace bolwerk::web {
namespace {

struct TextCase {
    std::string label;
    MultipartPart part;
    std::optional<std::string> field; ///< The field the error names; none when the part is fine.
};

MultipartPart field(std::string name, std::string_view value) { return {std::move(name), std::nullopt, {}, value}; }
MultipartPart file(std::string name, std::string file_name, std::string_view content)
{
    return {std::move(name), std::move(file_name), "application/octet-stream", content};
}

// Issue #10 item 7: the cases of fuzz/corpus/multipart/utf8-*.multipart.
TEST(FindInvalidMultipartText, NamesTheFieldWhoseTextIsNotUtf8)
{
    std::vector<TextCase> const cases{
        {"valid text", field("title", "\xC3\x89\xC3\xA9n rapport \xE2\x82\xAC"), std::nullopt},
        {"file content is bytes", file("file", "scan.pdf", "%PDF-\xFF\xFE\xC0\xAF"), std::nullopt},
        {"ff fe in a value", field("title", "Rapport \xFF\xFE"), "title"},
        {"overlong slash in a value", field("note", "\xC0\xAF"), "note"},
        {"surrogate in a value", field("description", "\xED\xA0\x80"), "description"},
        {"cut-off euro sign", field("description", "5 \xE2\x82"), "description"},
        {"overlong three-byte", field("title", "\xE0\x80\xAF"), "title"},
        {"overlong four-byte", field("title", "\xF0\x80\x80\xAF"), "title"},
        {"beyond U+10FFFF", field("title", "\xF4\x90\x80\x80"), "title"},
        {"overlong slash in a file name", file("file", "..\xC0\xAFrapport.pdf", "x"), "file"},
        {"surrogate in a file name", file("file", "\xED\xBF\xBF.txt", "x"), "file"},
        {"surrogate in a field name", field("t\xED\xA0\x80", "waarde"), "t\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
    };
    for (auto const& test : cases) {
        auto const error = find_invalid_multipart_text({field("csrf", "abc"), test.part});
        ASSERT_EQ(error.has_value(), test.field.has_value()) << test.label;
        if (!error)
            continue;
        EXPECT_EQ(error->kind(), ErrorKind::Invalid) << test.label;
        EXPECT_EQ(error->location().field, test.field) << test.label;
        EXPECT_TRUE(is_valid_utf8(error->message())) << test.label;
        EXPECT_NE(error->message().find("UTF-8"), std::string::npos) << test.label;
    }
}

} // namespace
} // namespace bolwerk::web
