#include "app/risk/risk_service.hpp"
#include "app/supplier/supplier_service.hpp"
#include "support/web_test.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::testing {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

bool contains(std::string const& text, std::string_view part) { return text.find(part) != std::string::npos; }

// Issue #14: the supplier pages over real HTTP on both backends: the register, the
// forms with errors beside the field and the input kept, the gate's refusal naming
// every missing item, a stale edit, the concentration view and the API.
class SupplierPagesTest : public WebTest {
protected:
    void SetUp() override
    {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        m_own = make_organisation("Gemeente Eigen");
        make_user("ciso@test.nl", m_own, domain::Role::Ciso);
        make_user("bestuurder@test.nl", m_own, domain::Role::Bestuurder);
        app::RiskService risks(database(), m_clock);
        m_system = risks
                       .create_system(m_operator, m_own,
                           {.name = "Zaaksysteem",
                               .owner = "CIO",
                               .classification
                               = {domain::CiaLevel::Midden, domain::CiaLevel::Midden, domain::CiaLevel::Hoog}})
                       ->id;
    }

    std::string base() const { return "/organisaties/" + m_own.to_string() + "/leveranciers"; }
    app::SupplierService service() { return app::SupplierService(database(), m_clock); }

    OrganisationId m_own{0};
    InformationSystemId m_system{0};
};

TEST_P(SupplierPagesTest, RegisteringKeepsTheInputAndNamesTheBadField)
{
    auto ciso = sign_in("ciso@test.nl");
    auto const form = ciso.http.get(base() + "/nieuw");
    ASSERT_EQ(form.status, 200U) << form.body;
    EXPECT_TRUE(contains(form.body, "Leverancier registreren"));
    auto const refused = ciso.http.post_form(base(),
        {{"csrf", ciso.csrf}, {"name", "Acme Cloud B.V."}, {"kvk_number", "1234"}, {"country", "NL"},
            {"contact_name_0", "Jan"}, {"contact_email_0", "jan@acme.nl"}});
    EXPECT_EQ(refused.status, 400U) << refused.body;
    EXPECT_TRUE(contains(refused.body, "id=\"kvk_number-error\"")) << refused.body;
    EXPECT_TRUE(contains(refused.body, "value=\"Acme Cloud B.V.\""));
    EXPECT_TRUE(contains(refused.body, "value=\"jan@acme.nl\""));
    EXPECT_TRUE(contains(refused.body, "utrecht-alert--error"));

    auto const bad_contact = ciso.http.post_form(base(),
        {{"csrf", ciso.csrf}, {"name", "Acme"}, {"country", "NL"}, {"contact_name_1", "Piet"},
            {"contact_email_1", "geen-adres"}});
    EXPECT_TRUE(contains(bad_contact.body, "id=\"contact_email_1-error\"")) << bad_contact.body;

    auto const created = ciso.http.post_form(
        base(), {{"csrf", ciso.csrf}, {"name", "Acme Cloud B.V."}, {"kvk_number", "30277172"}, {"country", "nl"}});
    ASSERT_EQ(created.status, 303U) << created.body;
    auto const page = ciso.http.get(created.header("location").value_or(""));
    ASSERT_EQ(page.status, 200U);
    EXPECT_TRUE(contains(page.body, "De leverancier is geregistreerd."));
    EXPECT_TRUE(contains(page.body, "30277172"));
    auto const list = ciso.http.get(base());
    EXPECT_TRUE(contains(list.body, "Acme Cloud B.V."));
    EXPECT_TRUE(contains(list.body, "Ontbreekt"));
}

TEST_P(SupplierPagesTest, TheGateRefusesActivationNamingEveryMissingItem)
{
    auto const supplier = *service().register_supplier(m_operator, m_own, {.name = "Acme"});
    auto ciso = sign_in("ciso@test.nl");
    auto const supplier_path = base() + "/" + supplier.id.to_string();
    auto const added = ciso.http.post_form(supplier_path + "/diensten",
        {{"csrf", ciso.csrf}, {"name", "Hosting"}, {"systems", m_system.to_string()}, {"dependency", "midden"},
            {"personal_data", "1"}, {"data_locations", "NL, DE"}, {"cloud_service_provider", "1"}});
    ASSERT_EQ(added.status, 303U) << added.body;
    auto const detail = service().supplier_detail(m_operator, m_own, supplier.id);
    ASSERT_TRUE(detail && detail->services.size() == 1);
    auto const service_id = detail->services[0].service.id;
    EXPECT_TRUE(contains(ciso.http.get(supplier_path).body, "Zaaksysteem"));

    auto const contract = ciso.http.post_form(supplier_path + "/contracten",
        {{"csrf", ciso.csrf}, {"reference", "INK-7"}, {"title", "Hosting"}, {"services", service_id.to_string()},
            {"starts_on", "2027-01-01"}, {"ends_on", "2028-12-31"}, {"notice_days", "60"}});
    ASSERT_EQ(contract.status, 303U) << contract.body;
    auto const contract_path
        = contract.header("location").value_or("").substr(0, contract.header("location")->find('?'));
    auto const refused = ciso.http.post_form(contract_path + "/activeren", {{"csrf", ciso.csrf}, {"version", "1"}});
    EXPECT_EQ(refused.status, 409U) << refused.body;
    for (auto const* item : {"Geen afhankelijkheidsrisicoanalyse gekoppeld", "Geen volledige exitstrategie",
             "De keten van toeleveranciers is niet openbaar gemaakt", "Beveiligingsclausule ontbreekt",
             "Geen auditrecht", "Clouddienst zonder situaties die het contract beëindigen", "5.20.06", "5.21.02"})
        EXPECT_TRUE(contains(refused.body, item)) << item;
    auto const stored = service().contract_gate(m_operator, m_own, ContractId(1));
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->contract.status, domain::ContractStatus::Concept);

    // The bestuurder sees the deviation form; the CISO does not.
    EXPECT_FALSE(contains(ciso.http.get(contract_path).body, "/afwijking\""));
    auto board = sign_in("bestuurder@test.nl");
    auto const short_reason = board.http.post_form(contract_path + "/afwijking",
        {{"csrf", board.csrf}, {"version", "1"}, {"decided_by", "Wethouder"}, {"authority", "bestuurder"},
            {"reason", "kort"}});
    EXPECT_EQ(short_reason.status, 400U) << short_reason.body;
    EXPECT_TRUE(contains(short_reason.body, "id=\"reason-error\""));
    EXPECT_TRUE(contains(short_reason.body, ">Wethouder<") || contains(short_reason.body, "value=\"Wethouder\""));
    auto const decided = board.http.post_form(contract_path + "/afwijking",
        {{"csrf", board.csrf}, {"version", "1"}, {"decided_by", "Wethouder"}, {"authority", "bestuurder"},
            {"reason", "Continuïteit van de dienstverlening gaat voor"}});
    ASSERT_EQ(decided.status, 303U) << decided.body;
    auto const active = board.http.get(contract_path);
    EXPECT_TRUE(contains(active.body, "Afwijkingsbesluit"));
    EXPECT_TRUE(contains(active.body, "Actief"));
}

TEST_P(SupplierPagesTest, AStaleSupplierEditKeepsTheInput)
{
    auto const supplier = *service().register_supplier(m_operator, m_own, {.name = "Acme"});
    ASSERT_TRUE(service().update_supplier(m_operator, m_own, supplier.id, {.name = "Acme B.V."}, 1));
    auto ciso = sign_in("ciso@test.nl");
    auto const path = base() + "/" + supplier.id.to_string() + "/bewerken";
    auto const stale = ciso.http.post_form(
        path, {{"csrf", ciso.csrf}, {"version", "1"}, {"name", "Acme Nederland"}, {"country", "NL"}});
    EXPECT_EQ(stale.status, 409U) << stale.body;
    EXPECT_TRUE(contains(stale.body, "value=\"Acme Nederland\""));
    EXPECT_TRUE(contains(stale.body, "name=\"version\" value=\"2\""));
}

TEST_P(SupplierPagesTest, ConcentrationAndApi)
{
    auto suppliers = service();
    for (auto const* name : {"Acme", "Beta", "Gamma"}) {
        auto const supplier = *suppliers.register_supplier(m_operator, m_own, {.name = name});
        auto const added = *suppliers.add_service(m_operator, m_own, supplier.id, {.name = "Dienst"});
        ASSERT_TRUE(suppliers.add_chain_node(
            m_operator, m_own, {.service_id = added.id, .name = "Big Cloud Inc.", .cloud_service_provider = true}));
    }
    auto ciso = sign_in("ciso@test.nl");
    auto const page = ciso.http.get(base() + "/concentratie");
    ASSERT_EQ(page.status, 200U);
    EXPECT_TRUE(contains(page.body, "Big Cloud Inc."));
    EXPECT_TRUE(contains(page.body, "Acme, Beta, Gamma"));

    auto const api = ciso.http.get("/api/v1/organisations/" + m_own.to_string() + "/suppliers");
    ASSERT_EQ(api.status, 200U) << api.body;
    auto const body = nlohmann::json::parse(api.body);
    ASSERT_EQ(body["items"].size(), 3u);
    EXPECT_EQ(body["items"][0]["assurance"], "ontbreekt");
    auto const one
        = ciso.http.get("/api/v1/organisations/" + m_own.to_string() + "/suppliers/" + body["items"][0]["id"].dump());
    ASSERT_EQ(one.status, 200U) << one.body;
    EXPECT_EQ(nlohmann::json::parse(one.body)["services"][0]["chain"][0]["name"], "Big Cloud Inc.");
    EXPECT_EQ(one.header("etag").value_or(""), "\"v1\"");
}

TEST_P(SupplierPagesTest, FiltersNarrowTheRegister)
{
    auto suppliers = service();
    ASSERT_TRUE(suppliers.register_supplier(m_operator, m_own, {.name = "Acme"}));
    auto const beta = *suppliers.register_supplier(m_operator, m_own, {.name = "Beta"});
    ASSERT_TRUE(suppliers.add_service(m_operator, m_own, beta.id, {.name = "Hosting", .systems = {m_system}}));
    auto ciso = sign_in("ciso@test.nl");
    auto const high = ciso.http.get(base() + "?criticaliteit=hoog");
    EXPECT_TRUE(contains(high.body, ">Beta<"));
    EXPECT_FALSE(contains(high.body, ">Acme<"));
    auto const named = ciso.http.get(base() + "?q=acm");
    EXPECT_TRUE(contains(named.body, ">Acme<"));
    EXPECT_FALSE(contains(named.body, ">Beta<"));
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(SupplierPagesTest);

} // namespace
} // namespace bolwerk::testing
