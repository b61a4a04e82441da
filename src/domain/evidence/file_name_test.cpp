#include "domain/evidence/file_name.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace bolwerk::domain {
namespace {

TEST(SanitiseFileName, CleansNamesTable)
{
    struct Case {
        std::string input;
        std::string expected;
    };
    std::vector<Case> const cases{
        {"rapport.pdf", "rapport.pdf"},
        {"Pentest rapport 2026.pdf", "Pentest rapport 2026.pdf"},
        {"C:\\Users\\jan\\Bureaublad\\scan.pdf", "scan.pdf"},
        {"../../etc/passwd", "passwd"},
        {"..", "bestand"},
        {".htaccess", "htaccess"},
        {"", "bestand"},
        {"   ", "bestand"},
        {"a\"b<c>d|e?f*g:h;i.txt", "a_b_c_d_e_f_g_h_i.txt"},
        {"regel\r\nContent-Type: text.txt", "regel Content-Type_ text.txt"},
        {"veel    spaties.txt", "veel spaties.txt"},
        {"eindigt op punt. . .", "eindigt op punt"},
        {"Overzicht beveiligingsmaatregelen – één.docx", "Overzicht beveiligingsmaatregelen – één.docx"},
        {"caf\xE9.txt", "caf_.txt"},
        {std::string("nul\0byte.pdf", 12), "nul byte.pdf"},
    };
    for (auto const& test : cases)
        EXPECT_EQ(sanitise_file_name(test.input), test.expected) << test.input;
}

TEST(SanitiseFileName, CutsLongNamesOnACharacterBoundary)
{
    std::string name;
    for (int i = 0; i < 150; ++i)
        name += "é"; // two bytes each
    auto const cleaned = sanitise_file_name(name);
    EXPECT_LE(cleaned.size(), max_file_name_bytes);
    EXPECT_EQ(cleaned.size() % 2, 0u);
    EXPECT_EQ(cleaned.substr(0, 2), "é");
}

} // namespace
} // namespace bolwerk::domain
