// Issue #12 item 3: the published measure text as paragraphs and lists, never as markup.
#include "web/assessment/measure_text.hpp"

#include <gtest/gtest.h>

namespace bolwerk::web {
namespace {

using Kind = TextBlock::Kind;

TEST(MeasureText, ParagraphsLineBreaksAndListsAsPublished)
{
    // Invented text in the layout of the BIO2 markdown.
    auto const blocks = measure_text_blocks("De entiteit doet dit:\n"
                                            "1. Eerst het een.\n"
                                            "2. Dan het ander.\n"
                                            "\n"
                                            "Tweede alinea.<br><br>\n"
                                            "Derde alinea,<BR/>met een regel erbij.<br />\n"
                                            "Voor beheer:\n"
                                            "- punt a;\n"
                                            "* punt b.\n");
    ASSERT_EQ(blocks.size(), 5U);
    EXPECT_EQ(blocks[0].kind, Kind::Paragraph);
    EXPECT_EQ(blocks[0].text, "De entiteit doet dit:");
    EXPECT_EQ(blocks[1].kind, Kind::NumberedList);
    EXPECT_EQ(blocks[1].items, (std::vector<std::string>{"Eerst het een.", "Dan het ander."}));
    EXPECT_EQ(blocks[2].text, "Tweede alinea.");
    EXPECT_EQ(blocks[3].text, "Derde alinea,\nmet een regel erbij.\nVoor beheer:");
    EXPECT_EQ(blocks[4].kind, Kind::BulletList);
    EXPECT_EQ(blocks[4].items, (std::vector<std::string>{"punt a;", "punt b."}));
}

TEST(MeasureText, OtherMarkupStaysTextAndEdgeCasesHold)
{
    auto const blocks = measure_text_blocks("<script>alert(1)</script> en <b>vet</b>");
    ASSERT_EQ(blocks.size(), 1U);
    EXPECT_EQ(blocks[0].text, "<script>alert(1)</script> en <b>vet</b>") << "escaped by the template, not removed";
    EXPECT_TRUE(measure_text_blocks("").empty());
    EXPECT_TRUE(measure_text_blocks("<br><br>\n\n").empty());
    auto const numbers = measure_text_blocks("2026. Een jaartal is geen lijst als het vier cijfers heeft.");
    EXPECT_EQ(numbers[0].kind, Kind::Paragraph);
    auto const dash = measure_text_blocks("-geen spatie");
    EXPECT_EQ(dash[0].kind, Kind::Paragraph);
    auto const view = text_blocks_view("- a\n\nb");
    ASSERT_EQ(view.size(), 2U);
    EXPECT_TRUE(view[0]["is_bullets"].get<bool>());
    EXPECT_TRUE(view[1]["is_paragraph"].get<bool>());
    EXPECT_EQ(view[1]["text"], "b");
}

} // namespace
} // namespace bolwerk::web
