#include "support/web_test.hpp"

#include "app/demo.hpp"
#include "importers/xlsx/xlsx_workbook.hpp"
#include "store/audit_repository.hpp"
#include "web/application.hpp"
#include "web/core/messages.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <set>

namespace bolwerk::testing {
namespace {

// Issue #13 item 5: the audit trail for people, its filters and its exports.
class AuditPagesTest : public WebTest {
protected:
    void SetUp() override
    {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        m_own = make_organisation("Gemeente Eigen");
        m_other = make_organisation("Gemeente Ander");
        m_beheerder = make_user("beheerder@test.nl", m_own, domain::Role::Beheerder);
        make_user("auditor@test.nl", m_own, domain::Role::Auditor);
        make_user("medewerker@test.nl", m_own, domain::Role::Medewerker);
    }

    std::string base() const { return "/organisaties/" + m_own.to_string() + "/audit"; }

    /// The beheerder renames the organisation through the settings form.
    void rename(Browser& browser, std::string const& name, std::int64_t version)
    {
        auto const saved = browser.http.post_form("/organisaties/" + m_own.to_string(),
            {{"name", name}, {"kind", "gemeente"}, {"version", std::to_string(version)}, {"csrf", browser.csrf}});
        ASSERT_EQ(saved.status, 200U) << saved.body;
    }

    static bool contains(std::string const& text, std::string_view part)
    {
        return text.find(part) != std::string::npos;
    }

    OrganisationId m_own{0};
    OrganisationId m_other{0};
    UserId m_beheerder{0};
};

TEST_P(AuditPagesTest, ShowsWhoWhatWhenAndWhatChangedNewestFirst)
{
    auto beheerder = sign_in("beheerder@test.nl");
    rename(beheerder, "Gemeente Nieuw", 1);
    auto auditor = sign_in("auditor@test.nl");
    auto const page = auditor.http.get(base());
    ASSERT_EQ(page.status, 200U) << page.body;
    EXPECT_TRUE(contains(page.body, "User beheerder@test.nl")) << "the name, not user:N";
    EXPECT_FALSE(contains(page.body, ">user:" + m_beheerder.to_string()));
    EXPECT_TRUE(contains(page.body, "Operator (CLI): test"));
    EXPECT_TRUE(contains(page.body, "Organisatie-instellingen gewijzigd"));
    EXPECT_TRUE(contains(page.body, "Rol toegekend"));
    EXPECT_FALSE(contains(page.body, ">organisation.update<"));
    // 1'790'000'000 s is 21 September 2026 14:13:20 UTC, 16:13 in Amsterdam (CEST).
    EXPECT_TRUE(contains(page.body, "21 september 2026 16:13"));
    EXPECT_FALSE(contains(page.body, "2026-09-21T14:13:20"));
    EXPECT_TRUE(contains(page.body, "<del>Gemeente Eigen</del> → <ins>Gemeente Nieuw</ins>")) << page.body;
    EXPECT_TRUE(contains(page.body, "href=\"/organisaties/" + m_own.to_string() + "\"")) << "a link to the object";
    EXPECT_LT(page.body.find("Organisatie-instellingen gewijzigd"), page.body.find("Organisatie aangemaakt"))
        << "newest first";

    auditor.http.get("/taal/en?terug=%2F");
    auto const english = auditor.http.get(base());
    EXPECT_TRUE(contains(english.body, "Organisation settings changed"));
    EXPECT_TRUE(contains(english.body, "21 September 2026 16:13"));
    EXPECT_TRUE(contains(english.body, "Role granted"));
}

// Issue #13 item 6: recorded times, days and codes read as words, in the UI language.
TEST_P(AuditPagesTest, ChangedValuesReadAsTimesDaysAndWords)
{
    must_query("UPDATE audit_events SET detail = $1 WHERE action = 'organisation.create' AND organisation_id = $2",
        {std::string(R"({"changes":[{"field":"status","before":"not_started","after":"in_progress"},)"
                     R"({"field":"opzet.result","before":null,"after":"partially_compliant"},)"
                     R"({"field":"classified_at","before":null,"after":"2026-09-21T14:13:20.5Z"},)"
                     R"({"field":"target_date","before":null,"after":"2026-03-29"},)"
                     R"({"field":"level","before":null,"after":"zeer_hoog"}]})"),
            m_own.value()});
    auto auditor = sign_in("auditor@test.nl");
    auto const page = auditor.http.get(base());
    ASSERT_EQ(page.status, 200U);
    EXPECT_TRUE(contains(page.body, "<del>niet gestart</del> → <ins>in uitvoering</ins>")) << page.body;
    EXPECT_TRUE(contains(page.body, "voldoet deels"));
    EXPECT_TRUE(contains(page.body, "21 september 2026 16:13 CEST"));
    EXPECT_TRUE(contains(page.body, "29 maart 2026"));
    EXPECT_TRUE(contains(page.body, "zeer hoog"));
    EXPECT_FALSE(contains(page.body, "in_progress"));
    EXPECT_FALSE(contains(page.body, "2026-09-21T14:13:20"));
    auditor.http.get("/taal/en?terug=%2F");
    auto const english = auditor.http.get(base());
    EXPECT_TRUE(contains(english.body, "<del>not started</del> → <ins>in progress</ins>"));
    EXPECT_TRUE(contains(english.body, "29 March 2026"));
}

TEST_P(AuditPagesTest, AnUnknownActionStillReads)
{
    // An action no message names yet, written by a future use case.
    must_query("UPDATE audit_events SET action = 'risk.archive' WHERE action = 'organisation.create'"
               " AND organisation_id = $1",
        {m_own.value()});
    auto auditor = sign_in("auditor@test.nl");
    auto const page = auditor.http.get(base());
    EXPECT_TRUE(contains(page.body, "Organisatie: archive")) << page.body;
}

TEST_P(AuditPagesTest, FiltersByActorKindObjectAndPeriod)
{
    auto beheerder = sign_in("beheerder@test.nl");
    rename(beheerder, "Gemeente Nieuw", 1);
    auto auditor = sign_in("auditor@test.nl");
    auto const by_user = auditor.http.get(base() + "?wie=user%3A" + m_beheerder.to_string());
    ASSERT_EQ(by_user.status, 200U);
    EXPECT_TRUE(contains(by_user.body, "Organisatie-instellingen gewijzigd"));
    EXPECT_FALSE(contains(by_user.body, "Organisatie aangemaakt")) << "done by the operator";
    auto const roles = auditor.http.get(base() + "?soort=membership");
    EXPECT_TRUE(contains(roles.body, "Rol toegekend"));
    EXPECT_FALSE(contains(roles.body, "Organisatie-instellingen gewijzigd"));
    auto const object = auditor.http.get(base() + "?soort=organisation&object=" + m_own.to_string());
    EXPECT_TRUE(contains(object.body, "Organisatie aangemaakt"));
    EXPECT_FALSE(contains(object.body, "Rol toegekend"));
    auto const that_day = auditor.http.get(base() + "?van=2026-09-21&tot=2026-09-21");
    EXPECT_TRUE(contains(that_day.body, "Organisatie-instellingen gewijzigd"));
    auto const later = auditor.http.get(base() + "?van=2026-09-22");
    EXPECT_EQ(later.status, 200U);
    EXPECT_TRUE(contains(later.body, "Geen gebeurtenissen die aan de filters voldoen."));
    // The exports take the same filters.
    auto const csv = auditor.http.get(base() + ".csv?soort=membership");
    EXPECT_TRUE(contains(csv.body, "membership.grant"));
    EXPECT_FALSE(contains(csv.body, "organisation.update"));
}

TEST_P(AuditPagesTest, BadFiltersAreNamedBesideTheField)
{
    auto auditor = sign_in("auditor@test.nl");
    struct Case {
        std::string query;
        std::string message;
    };
    for (auto const& [query, message] : std::vector<Case>{
             {"van=2026-13-45", "Vul een datum in als JJJJ-MM-DD"},
             {"van=2026-12-07&tot=2026-12-01", "De tot-datum ligt vóór de van-datum."},
             {"wie=iemand", "Kies een persoon uit de lijst."},
             {"soort=Risk%27%3B--", "Kies een soort object uit de lijst."},
             {"object=a%20b", "Een objectnummer bestaat uit hoogstens 100"},
             {"voor=abc", "Het paginanummer in de adresregel is geen positief getal"},
         }) {
        auto const page = auditor.http.get(base() + "?" + query);
        EXPECT_EQ(page.status, 400U) << query;
        EXPECT_TRUE(contains(page.body, message)) << query << "\n" << page.body;
        EXPECT_TRUE(contains(page.body, "Er is een probleem")) << "the error summary";
        EXPECT_EQ(auditor.http.get(base() + ".csv?" + query).status, 400U) << query;
        EXPECT_EQ(auditor.http.get(base() + ".xlsx?" + query).status, 400U) << query;
    }
    auto const kept = auditor.http.get(base() + "?van=2026-13-45&object=21");
    EXPECT_TRUE(contains(kept.body, "value=\"2026-13-45\"")) << "the input is kept";
    EXPECT_TRUE(contains(kept.body, "aria-invalid=\"true\""));
}

TEST_P(AuditPagesTest, PagesGoBackInTime)
{
    app::OrganisationService organisations(database(), m_clock);
    for (std::int64_t version = 1; version <= 55; ++version)
        ASSERT_TRUE(organisations.update(
            m_operator, m_own, {"Gemeente " + std::to_string(version), "gemeente", {}, {}}, version));
    auto auditor = sign_in("auditor@test.nl");
    auto const first = auditor.http.get(base());
    EXPECT_TRUE(contains(first.body, "Gemeente 55</ins>"));
    EXPECT_FALSE(contains(first.body, "Organisatie aangemaakt"));
    std::smatch match;
    ASSERT_TRUE(std::regex_search(first.body, match, std::regex("href=\"([^\"]*voor=[0-9]+)\"")));
    auto const older = auditor.http.get(match[1].str());
    ASSERT_EQ(older.status, 200U);
    EXPECT_TRUE(contains(older.body, "Organisatie aangemaakt"));
    EXPECT_FALSE(contains(older.body, "Gemeente 55</ins>"));
    EXPECT_TRUE(contains(older.body, "Naar de nieuwste"));
}

TEST_P(AuditPagesTest, OnlyTheRolesThatReadTheTrail)
{
    auto medewerker = sign_in("medewerker@test.nl");
    for (auto const* suffix : {"", ".csv", ".json", ".xlsx", "?van=nonsense"})
        EXPECT_EQ(medewerker.http.get(base() + suffix).status, 403U) << suffix;
    auto auditor = sign_in("auditor@test.nl");
    auto const other = "/organisaties/" + m_other.to_string() + "/audit";
    for (auto const* suffix : {"", ".csv", ".json", ".xlsx"})
        EXPECT_EQ(auditor.http.get(other + suffix).status, 404U) << suffix;
}

TEST_P(AuditPagesTest, ExportsSayItInTheUiLanguageAndKeepTheCodes)
{
    auto beheerder = sign_in("beheerder@test.nl");
    rename(beheerder, "Gemeente Nieuw", 1);
    auto auditor = sign_in("auditor@test.nl");
    auto const csv = auditor.http.get(base() + ".csv");
    ASSERT_EQ(csv.status, 200U);
    EXPECT_TRUE(csv.body.starts_with("Tijdstip (Nederlandse tijd),Wie,Wat,Soort object,Object,Wat veranderde,"
                                     "Toelichting,sequence,occurred_at,actor,action,object_type,object_id,"))
        << csv.body.substr(0, 200);
    EXPECT_TRUE(contains(csv.body, "Naam: Gemeente Eigen → Gemeente Nieuw"));
    EXPECT_TRUE(contains(csv.body, "organisation.update,organisation,"));
    EXPECT_TRUE(contains(csv.body, R"({""changes"":[{""after"":""Gemeente Nieuw"")")) << "the detail column is filled";

    auto const json = nlohmann::json::parse(auditor.http.get(base() + ".json").body);
    auto const& newest = json["events"].front();
    EXPECT_EQ(newest["action"], "organisation.update");
    EXPECT_EQ(newest["actor"], "user:" + m_beheerder.to_string());
    EXPECT_EQ(newest["readable"]["who"], "User beheerder@test.nl");
    EXPECT_EQ(newest["changes"][0],
        (nlohmann::json{{"field", "name"}, {"before", "Gemeente Eigen"}, {"after", "Gemeente Nieuw"}}));

    auditor.http.get("/taal/en?terug=%2F");
    auto const xlsx = auditor.http.get(base() + ".xlsx");
    ASSERT_EQ(xlsx.status, 200U);
    EXPECT_TRUE(contains(xlsx.header("content-disposition").value_or(""), "audit-" + m_own.to_string() + ".xlsx"));
    auto const workbook = importers::xlsx::XlsxWorkbook::open(xlsx.body, "audit.xlsx");
    ASSERT_TRUE(workbook) << workbook.error().to_string();
    auto const sheet = workbook->sheet("Audit trail");
    ASSERT_TRUE(sheet) << sheet.error().to_string();
    ASSERT_GE(sheet->rows.size(), 2U);
    auto const& headers = sheet->rows[0];
    ASSERT_GE(headers.size(), 11U);
    EXPECT_EQ(headers[0], "Time (Dutch time)");
    EXPECT_EQ(headers[1], "Who");
    EXPECT_EQ(headers[10], "action");
    auto const& row = sheet->rows[1];
    EXPECT_EQ(row[1], "User beheerder@test.nl");
    EXPECT_EQ(row[2], "Organisation settings changed");
    EXPECT_EQ(row[5], "Name: Gemeente Eigen → Gemeente Nieuw");
    EXPECT_EQ(row[10], "organisation.update");
}

TEST_P(AuditPagesTest, NoCellStartsAFormula)
{
    std::string const evil = R"(=HYPERLINK("http://evil.example","x"))";
    app::AccountService accounts(database(), m_clock, m_no_common_passwords);
    ASSERT_TRUE(accounts.create_user(m_operator,
        {.email = "evil@test.nl",
            .display_name = evil,
            .password = std::string(password),
            .membership = domain::Membership{m_own, domain::Role::Beheerder}}));
    auto attacker = sign_in("evil@test.nl");
    rename(attacker, "+SUM(1,2)", 1);
    auto auditor = sign_in("auditor@test.nl");
    auto const csv = auditor.http.get(base() + ".csv");
    EXPECT_TRUE(contains(csv.body, R"csv(,"'=HYPERLINK(""http://evil.example"",""x"")",)csv")) << csv.body;
    EXPECT_FALSE(contains(csv.body, ",=")) << "no cell starts with =";
    EXPECT_FALSE(contains(csv.body, ",+")) << "no cell starts with +";
    auto const xlsx = auditor.http.get(base() + ".xlsx");
    auto const workbook = importers::xlsx::XlsxWorkbook::open(xlsx.body, "audit.xlsx");
    ASSERT_TRUE(workbook) << workbook.error().to_string();
    auto const sheet = workbook->sheet("Audittrail");
    ASSERT_TRUE(sheet) << sheet.error().to_string();
    // The reader gives a formula's cached value, never its text: the text back means a string cell.
    EXPECT_EQ(sheet->rows[1][1], evil);
}

// Every action the demo writes to the audit trail (accounts, gap analysis, risks,
// evidence, VvT, incidents, suppliers) reads as a sentence of its own in both
// languages, not as the "kind: verb" fallback of audit_view.cpp.
TEST_P(AuditPagesTest, EveryActionOfTheDemoHasASentenceInBothLanguages)
{
    auto const demo = app::set_up_demo(database(), m_operator, m_clock);
    ASSERT_TRUE(demo) << demo.error().to_string();
    auto connection = database().acquire();
    ASSERT_TRUE(connection) << connection.error().to_string();
    auto const heads = store::AuditRepository::heads(**connection);
    ASSERT_TRUE(heads) << heads.error().to_string();
    std::set<std::string> actions;
    for (auto const& head : *heads) {
        auto const events = store::AuditRepository::list(**connection, head.chain, 0, 1'000'000);
        ASSERT_TRUE(events) << events.error().to_string();
        for (auto const& event : *events)
            actions.insert(event.action);
    }
    EXPECT_TRUE(actions.contains("incident.report")) << "the demo has incidents";
    EXPECT_TRUE(actions.contains("supplier.create")) << "the demo has suppliers";

    std::vector<std::filesystem::path> folders;
    for (auto const& entry : std::filesystem::directory_iterator(web::default_resource_root() / "src/web"))
        if (std::filesystem::is_directory(entry.path() / "messages"))
            folders.push_back(entry.path() / "messages");
    auto const messages = web::Messages::load(folders);
    ASSERT_TRUE(messages) << messages.error().to_string();
    for (auto const language : {Language::Dutch, Language::English}) {
        auto const& catalog = messages->catalog(language);
        for (auto const& action : actions) {
            auto key = "audit_action_" + action;
            std::replace(key.begin(), key.end(), '.', '_');
            EXPECT_TRUE(catalog.contains(key)) << key << " is missing in language " << static_cast<int>(language);
        }
    }
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(AuditPagesTest);

} // namespace
} // namespace bolwerk::testing
