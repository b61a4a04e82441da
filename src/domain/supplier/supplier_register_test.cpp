#include "domain/supplier/supplier_register.hpp"

#include "domain/supplier/supplier_fixtures_test.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain {
namespace {

using namespace supplier_fixtures;

TEST(SupplierRegister, OneEntryPerSupplierByNameWithItsStatus)
{
    auto const today = day(2026, 11, 25);
    auto acme = make_supplier(1, "Acme");
    acme.kvk_number = KvkNumber::parse("12345678").value();
    std::vector<Supplier> const suppliers{make_supplier(2, "Zeta"), acme};
    auto hosting = make_service(10, 1, "Hosting", {InformationSystemId(1)}, Dependency::Laag, true);
    hosting.personal_data = true;
    hosting.data_locations = {CountryCode::parse("NL").value(), CountryCode::parse("US").value()};
    std::vector<DeliveredService> const services{
        hosting, make_service(11, 1, "Support"), make_service(20, 2, "Koffie")};
    auto old_contract = make_contract(99, 1, {DeliveredServiceId(10)}, ContractStatus::Ended);
    old_contract.terms.starts_on = day(2020, 1, 1);
    std::vector<Contract> const contracts{
        old_contract, make_contract(100, 1, {DeliveredServiceId(10), DeliveredServiceId(11)})};
    std::vector<AssuranceReport> const reports{make_report(1, 1, day(2027, 1, 10)), make_report(2, 1, day(2026, 6, 1))};
    SupplierReview review;
    review.supplier_id = SupplierId(1);
    review.reviewed_on = day(2026, 3, 1);
    std::vector<SupplierReview> const reviews{review};
    std::map<InformationSystemId, Cia> const classifications{
        {InformationSystemId(1), {CiaLevel::Midden, CiaLevel::Midden, CiaLevel::Hoog}}};

    auto const entries
        = build_supplier_register({suppliers, services, contracts, reports, reviews}, classifications, today);
    ASSERT_EQ(entries.size(), 2u);
    auto const& entry = entries[0];
    EXPECT_EQ(entry.name, "Acme");
    EXPECT_EQ(entry.kvk_number, "12345678");
    EXPECT_EQ(entry.country, "NL");
    EXPECT_EQ(entry.criticality, Criticality::Hoog);
    ASSERT_EQ(entry.services.size(), 2u);
    EXPECT_TRUE(entry.services[0].data_outside_eea);
    EXPECT_EQ(entry.services[0].data_locations, (std::vector<std::string>{"NL", "US"}));
    EXPECT_EQ(entry.services[1].criticality, Criticality::Laag);
    ASSERT_EQ(entry.contracts.size(), 2u);
    EXPECT_EQ(entry.contracts[0].id, ContractId(100)); // active before ended
    EXPECT_EQ(entry.contracts[0].services, (std::vector<std::string>{"Hosting", "Support"}));
    EXPECT_EQ(entry.contracts[0].notice_deadline, day(2029, 10, 2));
    EXPECT_TRUE(entry.contracts[0].exit_strategy);
    EXPECT_TRUE(entry.assurance_required);
    EXPECT_EQ(entry.assurance, AssuranceStatus::ExpiringSoon);
    EXPECT_EQ(entry.assurance_valid_until, day(2027, 1, 10));
    EXPECT_EQ(entry.assurance_kind, AssuranceKind::Isae3402Type2);
    EXPECT_EQ(entry.last_review, day(2026, 3, 1));
    EXPECT_EQ(entry.next_review_due, day(2027, 3, 1));

    auto const& zeta = entries[1];
    EXPECT_EQ(zeta.name, "Zeta");
    EXPECT_FALSE(zeta.assurance_required);
    EXPECT_EQ(zeta.assurance, AssuranceStatus::Missing);
    EXPECT_TRUE(zeta.contracts.empty());
    EXPECT_EQ(zeta.next_review_due, today);
}

} // namespace
} // namespace bolwerk::domain
