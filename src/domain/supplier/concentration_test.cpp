#include "domain/supplier/concentration.hpp"

#include "domain/supplier/supplier_fixtures_test.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain {
namespace {

using namespace supplier_fixtures;

ChainNode behind(std::int64_t id, std::int64_t service, std::string name, bool cloud = false)
{
    ChainNode node;
    node.id = ChainNodeId(id);
    node.service_id = DeliveredServiceId(service);
    node.name = std::move(name);
    node.cloud_service_provider = cloud;
    return node;
}

TEST(Concentration, OneCloudProviderBehindManyServicesRanksFirst)
{
    std::vector<Supplier> const suppliers{
        make_supplier(1, "Zaak B.V."), make_supplier(2, "Belasting B.V."), make_supplier(3, "Mail B.V.")};
    std::vector<DeliveredService> const services{make_service(10, 1, "Zaaksysteem"), make_service(11, 1, "Archief"),
        make_service(20, 2, "Belastingen"), make_service(30, 3, "Mail")};
    std::vector<ChainNode> const chain{behind(1, 10, "Big Cloud", true), behind(2, 11, "big  cloud"),
        behind(3, 20, "Big Cloud"), behind(4, 20, "Backup BV"), behind(5, 30, "Backup BV"),
        behind(6, 10, "Big Cloud") /* twice behind one service: counts once */};
    auto const ranked = supplier_concentration(suppliers, services, chain);
    ASSERT_EQ(ranked.size(), 3u);
    EXPECT_EQ(ranked[0].name, "Big Cloud");
    EXPECT_EQ(ranked[0].services.size(), 3u);
    EXPECT_EQ(ranked[0].suppliers, (std::vector{SupplierId(1), SupplierId(2)}));
    EXPECT_TRUE(ranked[0].cloud_service_provider);
    EXPECT_FALSE(ranked[0].direct_supplier);
    // Backup BV: 2 services of 2 suppliers; Zaak B.V.: its own 2 services, no other supplier.
    EXPECT_EQ(ranked[1].name, "Backup BV");
    EXPECT_EQ(ranked[1].suppliers.size(), 2u);
    EXPECT_EQ(ranked[2].name, "Zaak B.V.");
    EXPECT_TRUE(ranked[2].direct_supplier);
    EXPECT_TRUE(ranked[2].suppliers.empty());
}

TEST(Concentration, KvkNumberJoinsDifferentlyWrittenNames)
{
    auto direct = make_supplier(1, "Hosting Nederland B.V.");
    direct.kvk_number = KvkNumber::parse("12345678").value();
    std::vector<DeliveredService> const services{make_service(10, 1, "Hosting"), make_service(20, 2, "Portaal")};
    auto sub = behind(1, 20, "HostNL");
    sub.kvk_number = direct.kvk_number;
    auto const ranked = supplier_concentration({direct, make_supplier(2, "Portaal B.V.")}, services, {sub});
    ASSERT_EQ(ranked.size(), 1u);
    EXPECT_EQ(ranked[0].name, "Hosting Nederland B.V.");
    EXPECT_EQ(ranked[0].key, "kvk:12345678");
    EXPECT_EQ(ranked[0].services, (std::vector{DeliveredServiceId(10), DeliveredServiceId(20)}));
    EXPECT_EQ(ranked[0].suppliers, std::vector{SupplierId(2)});
}

TEST(Concentration, ThresholdLeavesOutSingleServiceParties)
{
    std::vector<DeliveredService> const services{make_service(10, 1, "A")};
    EXPECT_TRUE(supplier_concentration({make_supplier(1, "S")}, services, {behind(1, 10, "X")}).empty());
    EXPECT_EQ(supplier_concentration({make_supplier(1, "S")}, services, {behind(1, 10, "X")}, 1).size(), 2u);
}

} // namespace
} // namespace bolwerk::domain
