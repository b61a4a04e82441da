#include "support/web_test.hpp"

#include "app/account_service.hpp"
#include "app/authorisation.hpp"
#include "app/evidence/evidence_service.hpp"
#include "app/incident/incident_service.hpp"
#include "app/risk/risk_service.hpp"
#include "app/supplier/supplier_service.hpp"
#include "web/route_table.hpp"

namespace bolwerk::testing {
namespace {

// Every role × every route that names an organisation: allowed or denied as the role
// matrix says, and another organisation's ids always 404 (never data).
class AuthorisationMatrixTest : public WebTest {
protected:
    static std::optional<app::Permission> permission_named(std::string_view name)
    {
        for (auto const permission : app::all_permissions()) {
            if (app::to_string(permission) == name)
                return permission;
        }
        return std::nullopt;
    }

    void make_risk_objects(OrganisationId organisation)
    {
        app::RiskService risks(database(), m_clock);
        domain::InformationSystemDraft system;
        system.name = "Zaaksysteem";
        system.owner = "Afdelingshoofd";
        auto const stored_system = risks.create_system(m_operator, organisation, system);
        ASSERT_TRUE(stored_system) << stored_system.error().to_string();
        m_system = stored_system->id;
        domain::RiskDraft draft;
        draft.title = "Ransomware";
        draft.owner = "CIO";
        draft.inherent_likelihood = 2;
        draft.inherent_impacts = {{"financieel", 2}};
        draft.treatment = domain::Treatment::Accept;
        auto const risk = risks.register_risk(m_operator, organisation, draft);
        ASSERT_TRUE(risk) << risk.error().to_string();
        m_risk = risk->id;
        domain::RiskAnalysis analysis;
        analysis.organisation_id = organisation;
        analysis.process = "Vergunningen";
        analysis.held_on = std::chrono::sys_days(std::chrono::year(2026) / 9 / 1);
        auto const stored = risks.record_analysis(m_operator, analysis);
        ASSERT_TRUE(stored) << stored.error().to_string();
        m_analysis = stored->id;
    }

    // Issue #14: a supplier with a service and a contract, for the {supplier}, {service}
    // and {contract} routes.
    void make_supplier_objects(OrganisationId organisation)
    {
        app::SupplierService suppliers(database(), m_clock);
        auto const supplier = suppliers.register_supplier(m_operator, organisation, {.name = "Acme Hosting"});
        ASSERT_TRUE(supplier) << supplier.error().to_string();
        m_supplier = supplier->id;
        auto const service
            = suppliers.add_service(m_operator, organisation, m_supplier, {.name = "Hosting", .systems = {m_system}});
        ASSERT_TRUE(service) << service.error().to_string();
        m_service = service->id;
        auto const contract = suppliers.add_contract(m_operator, organisation, m_supplier,
            {.reference = "INK-1",
                .title = "Hosting",
                .services = {m_service},
                .starts_on = std::chrono::floor<std::chrono::days>(m_clock.now())});
        ASSERT_TRUE(contract) << contract.error().to_string();
        m_contract = contract->id;
    }
    SupplierId m_supplier{0};
    DeliveredServiceId m_service{0};
    ContractId m_contract{0};
    // Issue #15: an incident reported in `organisation`, for the incident routes.
    void make_incident(OrganisationId organisation)
    {
        app::IncidentService incidents(database(), m_clock);
        domain::incident::IncidentReport report;
        report.title = "Verdachte mail";
        report.description = "Bijlage geopend";
        report.noticed_at = m_clock.now();
        auto const incident = incidents.report(m_operator, organisation, report);
        ASSERT_TRUE(incident) << incident.error().to_string();
        m_incident = incident->id;
    }

    IncidentId m_incident{0};
    UserId m_member{0};
    RiskId m_risk{0};
    InformationSystemId m_system{0};
    RiskAnalysisId m_analysis{0};

    std::string path_for(std::string_view pattern, OrganisationId organisation)
    {
        std::string path(pattern);
        auto const replace = [&](std::string const& from, std::string const& to) {
            if (auto const at = path.find(from); at != std::string::npos)
                path.replace(at, from.size(), to);
        };
        replace("{organisation}", organisation.to_string());
        replace("{token}", "1");
        replace("{control}", "5.1");
        replace("{measure}", "5.17.01");
        replace("{item}", "1"); // the evidence item the test adds first
        // Issue 6: a risk, a system and an analysis of the own organisation (made by
        // make_risk_objects); in another organisation the same ids are NotFound.
        replace("{risk}", m_risk.to_string());
        replace("{system}", m_system.to_string());
        replace("{analysis}", m_analysis.to_string());
        replace("{format}", "json");
        replace("{supplier}", m_supplier.to_string());
        replace("{service}", m_service.to_string());
        replace("{contract}", m_contract.to_string());
        // Issue #15: an incident of the own organisation (make_incident).
        replace("{incident}", m_incident.to_string());
        // Issue #13 item 8: a member of the own organisation (no member of the other).
        replace("{user}", m_member.to_string());
        replace("{role}", "auditor");
        return path;
    }

    HttpReply call(Browser& browser, web::Route const& route, std::string const& path)
    {
        auto const method = std::string(web::to_string(route.method));
        if (route.method == web::Method::Get)
            return browser.http.get(path);
        std::vector<std::pair<std::string, std::string>> headers{
            {"X-CSRF-Token", browser.csrf}, {"If-Match", "\"v1\""}};
        if (route.pattern.starts_with("/api/")) {
            headers.emplace_back("Content-Type", "application/json");
            return browser.http.send(method, path, "{}", headers);
        }
        headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
        return browser.http.send(method, path, encode_form({{"csrf", browser.csrf}}), headers);
    }
};

TEST_P(AuthorisationMatrixTest, EveryRoleOnEveryOrganisationRoute)
{
    auto const own = make_organisation("Gemeente Eigen");
    auto const other = make_organisation("Gemeente Ander");
    // Evidence item 1, a file of the own organisation, so that item routes have a target.
    app::EvidenceService evidence(database(), m_clock);
    domain::EvidenceDraft draft;
    draft.title = "Beleid";
    draft.effective_on = std::chrono::floor<std::chrono::days>(m_clock.now());
    auto const item = evidence.add_file(m_operator, own, draft, {"beleid.txt", "beleid"});
    ASSERT_TRUE(item && item->id == EvidenceItemId(1));
    make_risk_objects(own);
    make_supplier_objects(own);
    make_incident(own);
    m_member = make_user("lid@test.nl", own, domain::Role::Medewerker);
    ASSERT_FALSE(HasFatalFailure());
    std::size_t checked = 0;
    for (auto const role : domain::all_roles) {
        auto const email = std::string(domain::to_string(role)) + "@test.nl";
        make_user(email, own, role);
        auto browser = sign_in(email);
        for (auto const& route : web::route_table()) {
            if (route.pattern.find("{organisation}") == std::string_view::npos)
                continue;
            auto const permission = permission_named(route.permission);
            ASSERT_TRUE(permission) << route.pattern << " declares no known permission";
            bool const allowed = app::role_grants(role, *permission);
            auto const label = std::string(domain::to_string(role)) + " " + std::string(web::to_string(route.method))
                + " " + std::string(route.pattern);
            auto const mine = call(browser, route, path_for(route.pattern, own));
            // Issue #10, item 9: assessment.contribute lets a role reach a measure route;
            // the use case then refuses a measure the user does not own, naming "owner".
            bool const only_own_measures = *permission == app::Permission::AssessmentContribute
                && !app::role_grants(role, app::Permission::AssessmentWrite);
            if (allowed && only_own_measures && mine.status == 403U) {
                EXPECT_NE(mine.body.find("\"field\":\"owner\""), std::string::npos) << label << ": " << mine.body;
            } else if (allowed) {
                EXPECT_NE(mine.status, 403U) << label;
                EXPECT_NE(mine.status, 401U) << label;
                // A {version} that was never frozen, or a {file} of a VvT that is not
                // there, is a 404 after the permission check.
                bool const names_missing_row = route.pattern.find("{version}") != std::string_view::npos
                    || route.pattern.find("{file}") != std::string_view::npos;
                if (route.method == web::Method::Get && !names_missing_row) {
                    EXPECT_EQ(mine.status, 200U) << label;
                }
            } else {
                EXPECT_EQ(mine.status, 403U) << label;
            }
            auto const theirs = call(browser, route, path_for(route.pattern, other));
            EXPECT_EQ(theirs.status, 404U) << label << " (other organisation)";
            EXPECT_EQ(theirs.body.find("Gemeente Ander"), std::string::npos) << label;
            ++checked;
        }
    }
    EXPECT_GE(checked, domain::all_roles.size() * 10);
}

// Issue #13 item 8: the catalog routes name no organisation. Every signed-in user reads
// the catalogs (the published norm); only the installation's administrator imports.
TEST_P(AuthorisationMatrixTest, EveryRoleOnTheCatalogRoutes)
{
    auto const own = make_organisation("Gemeente Eigen");
    app::AccountService accounts(database(), m_clock, m_no_common_passwords);
    ASSERT_TRUE(accounts.create_user(m_operator,
        {.email = "beheer@test.nl",
            .display_name = "Bea Beheer",
            .password = std::string(password),
            .administrator = true,
            .membership = std::nullopt}));
    std::vector<std::pair<std::string, bool>> users{{"beheer@test.nl", true}};
    for (auto const role : domain::all_roles) {
        auto const email = std::string(domain::to_string(role)) + "@test.nl";
        make_user(email, own, role);
        users.emplace_back(email, false);
    }
    std::size_t checked = 0;
    for (auto const& [email, administrator] : users) {
        auto browser = sign_in(email);
        for (auto const& route : web::route_table()) {
            if (!route.pattern.starts_with("/catalogi"))
                continue;
            auto const permission = permission_named(route.permission);
            ASSERT_TRUE(permission) << route.pattern << " declares no known permission";
            bool const allowed = administrator || *permission == app::Permission::CatalogRead;
            auto const label
                = email + " " + std::string(web::to_string(route.method)) + " " + std::string(route.pattern);
            auto const reply = call(browser, route, std::string(route.pattern));
            if (!allowed) {
                EXPECT_EQ(reply.status, 403U) << label;
            } else if (route.method == web::Method::Get) {
                EXPECT_EQ(reply.status, 200U) << label;
            } else {
                // The form without a file: refused as input, never as a permission.
                EXPECT_EQ(reply.status, 400U) << label;
            }
            ++checked;
        }
    }
    EXPECT_EQ(checked, users.size() * 4);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(AuthorisationMatrixTest);

} // namespace
} // namespace bolwerk::testing
