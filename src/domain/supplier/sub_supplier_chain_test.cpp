#include "domain/supplier/sub_supplier_chain.hpp"

#include "domain/supplier/supplier_fixtures_test.hpp"

#include <functional>

#include <gtest/gtest.h>

namespace bolwerk::domain {
namespace {

using namespace supplier_fixtures;

ChainNode node(
    std::int64_t id, std::string name, std::optional<std::int64_t> parent = std::nullopt, std::int64_t service = 1)
{
    ChainNode result;
    result.id = ChainNodeId(id);
    result.service_id = DeliveredServiceId(service);
    if (parent)
        result.parent = ChainNodeId(*parent);
    result.name = std::move(name);
    return result;
}

std::vector<std::string> names_with_depth(ChainTree const& tree)
{
    std::vector<std::string> lines;
    for (auto const& entry : tree.entries)
        lines.push_back(std::to_string(entry.depth) + " " + entry.node->name);
    return lines;
}

TEST(ChainTree, ParentsComeBeforeChildrenAndSiblingsByName)
{
    std::vector<ChainNode> const nodes{node(1, "Zeta hosting"), node(2, "Datacenter B", 1), node(3, "Alpha SaaS"),
        node(4, "Stroom", 2), node(5, "Datacenter A", 1)};
    auto const tree = build_chain_tree(nodes);
    ASSERT_TRUE(tree) << tree.error().to_string();
    EXPECT_EQ(names_with_depth(*tree),
        (std::vector<std::string>{"1 Alpha SaaS", "1 Zeta hosting", "2 Datacenter A", "2 Datacenter B", "3 Stroom"}));
    EXPECT_EQ(tree->depth(), 3u);
    EXPECT_EQ(tree->entries[4].parent_index, 3u);
    EXPECT_EQ(tree->entries[0].parent_index, std::nullopt);
}

TEST(ChainTree, AnyDepthWithoutRecursion)
{
    constexpr std::int64_t depth = 20000;
    std::vector<ChainNode> nodes;
    nodes.push_back(node(1, "level 1"));
    for (std::int64_t i = 2; i <= depth; ++i)
        nodes.push_back(node(i, "level " + std::to_string(i), i - 1));
    auto const tree = build_chain_tree(nodes);
    ASSERT_TRUE(tree);
    EXPECT_EQ(tree->depth(), static_cast<std::size_t>(depth));
    EXPECT_TRUE(build_chain_tree({}).value().entries.empty());
}

TEST(ChainTree, RefusesCyclesNamingTheirNodes)
{
    std::vector<ChainNode> const nodes{
        node(1, "Root"), node(2, "A", 4), node(3, "B", 2), node(4, "C", 3), node(5, "Under root", 1)};
    auto const tree = build_chain_tree(nodes);
    ASSERT_FALSE(tree);
    EXPECT_EQ(tree.error().kind(), ErrorKind::Invalid);
    EXPECT_EQ(tree.error().location().field, "parent");
    EXPECT_EQ(tree.error().message(), "the chain has a cycle: A → C → B → A");
}

TEST(ChainTree, RefusesBrokenLinks)
{
    struct Case {
        std::vector<ChainNode> nodes;
        char const* field;
    };
    Case const cases[] = {
        {{node(1, "A"), node(2, "B", 9)}, "parent"},
        {{node(1, "A"), node(2, "B", 1, 2)}, "service_id"},
        {{node(1, "A"), node(1, "A again")}, "id"},
        {{node(1, "Self", 1)}, "parent"},
    };
    for (auto const& c : cases) {
        auto const tree = build_chain_tree(c.nodes);
        ASSERT_FALSE(tree) << c.field;
        EXPECT_EQ(tree.error().location().field, c.field) << tree.error().to_string();
    }
}

TEST(ChainNode, ExcludedRequirementsNeedAReason)
{
    struct Case {
        std::function<void(ChainNode&)> change;
        char const* failing_field; // nullptr when valid
    };
    Case const cases[] = {
        {[](ChainNode&) {}, nullptr},
        {[](ChainNode& n) { n.name = " "; }, "name"},
        {[](ChainNode& n) { n.parent = n.id; }, "parent"},
        {[](ChainNode& n) {
             n.requirements.push_back({"5.20.05", false, ""});
         },
            "requirements[2].reason"},
        {[](ChainNode& n) {
             n.requirements.push_back({"5.20.05", false, "levert alleen stroom"});
         },
            nullptr},
        {[](ChainNode& n) {
             n.requirements.push_back({"BIV vertrouwelijkheid", true, ""});
         },
            "requirements[2].requirement"},
        {[](ChainNode& n) {
             n.requirements.push_back({" ", true, ""});
         },
            "requirements[2].requirement"},
    };
    for (auto const& c : cases) {
        auto subject = node(1, "Datacenter");
        subject.requirements = {{"BIV vertrouwelijkheid", true, ""}, {"5.20.04", false, "Geen toegang tot data"}};
        c.change(subject);
        auto const checked = check_chain_node(subject);
        if (c.failing_field == nullptr) {
            EXPECT_TRUE(checked) << checked.error().to_string();
            continue;
        }
        ASSERT_FALSE(checked);
        EXPECT_EQ(checked.error().location().field, c.failing_field);
    }
}

TEST(ChainDisclosure, AJudgementNeedsWhoWhenAndADisclosure)
{
    ChainDisclosure disclosure{DeliveredServiceId(1), std::nullopt, "", ChainJudgement::NotJudged, "", std::nullopt};
    EXPECT_TRUE(check_chain_disclosure(disclosure));
    disclosure.judgement = ChainJudgement::Acceptable;
    EXPECT_EQ(check_chain_disclosure(disclosure).error().location().field, "disclosed_on");
    disclosure.disclosed_on = day(2026, 2, 1);
    EXPECT_EQ(check_chain_disclosure(disclosure).error().location().field, "judged_by");
    disclosure.judged_by = "CISO";
    EXPECT_EQ(check_chain_disclosure(disclosure).error().location().field, "judged_on");
    disclosure.judged_on = day(2026, 1, 31);
    EXPECT_EQ(check_chain_disclosure(disclosure).error().location().field, "judged_on");
    disclosure.judged_on = day(2026, 2, 1);
    EXPECT_TRUE(check_chain_disclosure(disclosure));
}

TEST(ChainChange, RecordedDuringTheContractWithItsRisk)
{
    ChainChange const valid{DeliveredServiceId(1), day(2026, 6, 1), ChainChangeKind::SubSupplierAdded,
        "Nieuw datacenter", "Uitwijk naar tweede locatie", "Data buiten NL", RiskLevel::Midden, day(2026, 6, 3)};
    struct Case {
        std::function<void(ChainChange&)> change;
        char const* failing_field; // nullptr when valid
    };
    Case const cases[] = {
        {[](ChainChange&) {}, nullptr},
        {[](ChainChange& c) {
             c.assessed_level.reset();
             c.assessed_on.reset();
         },
            nullptr},
        {[](ChainChange& c) { c.reported_on = day(2025, 12, 31); }, "reported_on"},
        {[](ChainChange& c) { c.reported_on = day(2030, 1, 1); }, "reported_on"},
        {[](ChainChange& c) { c.subject = ""; }, "subject"},
        {[](ChainChange& c) { c.description = " "; }, "description"},
        {[](ChainChange& c) { c.reported_risk = ""; }, "reported_risk"},
        {[](ChainChange& c) { c.assessed_on.reset(); }, "assessed_on"},
        {[](ChainChange& c) { c.assessed_on = day(2026, 5, 31); }, "assessed_on"},
    };
    for (auto const& c : cases) {
        auto change = valid;
        c.change(change);
        auto const checked = check_chain_change(change, day(2026, 1, 1), day(2029, 12, 31));
        if (c.failing_field == nullptr) {
            EXPECT_TRUE(checked) << checked.error().to_string();
            continue;
        }
        ASSERT_FALSE(checked);
        EXPECT_EQ(checked.error().location().field, c.failing_field);
    }
    EXPECT_TRUE(check_chain_change(valid, day(2026, 1, 1), std::nullopt));
}

TEST(ChainEnums, NamesRoundTrip)
{
    for (auto const judgement : {ChainJudgement::NotJudged, ChainJudgement::Acceptable, ChainJudgement::NotAcceptable})
        EXPECT_EQ(*parse_chain_judgement(to_string(judgement)), judgement);
    for (auto const kind : {ChainChangeKind::SubSupplierAdded, ChainChangeKind::SubSupplierRemoved,
             ChainChangeKind::SubSupplierChanged, ChainChangeKind::Vulnerability, ChainChangeKind::Incident})
        EXPECT_EQ(*parse_chain_change_kind(to_string(kind)), kind);
    EXPECT_FALSE(parse_chain_change_kind("storing"));
}

} // namespace
} // namespace bolwerk::domain
