#include "app/risk/risk_service.hpp"
#include "store/audit_repository.hpp"
#include "store/database.hpp"
#include "support/web_test.hpp"

#include <algorithm>
#include <map>

namespace bolwerk::testing {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

bool contains(std::string const& text, std::string_view part) { return text.find(part) != std::string::npos; }

// Issue #13 items 1 and 9: changing a risk and an information system in the web UI,
// over real HTTP on both backends.
class RiskEditTest : public WebTest {
protected:
    void SetUp() override
    {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        m_own = make_organisation("Gemeente Eigen");
        m_other = make_organisation("Gemeente Ander");
        m_users.emplace("ciso@test.nl", make_user("ciso@test.nl", m_own, domain::Role::Ciso));
        make_user("bestuurder@test.nl", m_own, domain::Role::Bestuurder);
    }

    app::RiskService service() { return app::RiskService(database(), m_clock); }
    std::string base() const { return "/organisaties/" + m_own.to_string(); }

    InformationSystemId make_system(std::string const& name, std::vector<InformationSystemId> depends_on = {})
    {
        domain::InformationSystemDraft draft;
        draft.name = name;
        draft.owner = "Afdelingshoofd";
        draft.depends_on = std::move(depends_on);
        auto const system = service().create_system(m_operator, m_own, draft);
        EXPECT_TRUE(system) << system.error().to_string();
        return system ? system->id : InformationSystemId(0);
    }

    RiskId make_risk(std::string const& title)
    {
        domain::RiskDraft draft;
        draft.title = title;
        draft.owner = "Afdelingshoofd ICT";
        draft.inherent_likelihood = 3;
        draft.inherent_impacts = {{"financieel", 4}};
        draft.treatment = domain::Treatment::Accept;
        auto const risk = service().register_risk(m_operator, m_own, draft);
        EXPECT_TRUE(risk) << risk.error().to_string();
        return risk ? risk->id : RiskId(0);
    }

    // Every field of the risk form, filled in.
    static Fields risk_fields(std::string const& csrf, std::string const& version, InformationSystemId system)
    {
        return {{"csrf", csrf}, {"version", version}, {"title", "Ransomware op de fileserver"},
            {"threat", "Criminelen"}, {"vulnerability", "Geen offline back-up"}, {"owner", "Hoofd ICT"},
            {"systems", system.to_string()}, {"inherent_likelihood", "4"}, {"impact.financieel", "4"},
            {"impact.imago", "3"}, {"existing_controls", "8.7, 8.13; 8.13.01"}, {"treatment", "verminderen"},
            {"measure", "Offline back-up"}, {"measure_owner", "Beheer"}, {"measure_due", "2027-03-01"},
            {"measure_done", "1"}, {"measure_2", "Hersteltest"}, {"measure_owner_2", "Beheer"}, {"measure_due_2", ""},
            {"residual_likelihood", "2"}, {"residual_impact", "3"}, {"review_due", "2027-06-01"}};
    }

    static Fields with(Fields fields, std::string const& name, std::string const& value)
    {
        for (auto& [field, text] : fields) {
            if (field == name)
                text = value;
        }
        return fields;
    }

    std::vector<domain::AuditEvent> audit_of(std::string const& kind, std::string const& id)
    {
        auto connection = database().acquire();
        EXPECT_TRUE(connection);
        auto events = store::AuditRepository::for_object(**connection, m_own.value(), kind, id);
        EXPECT_TRUE(events);
        return events ? *events : std::vector<domain::AuditEvent>{};
    }

    OrganisationId m_own{0};
    OrganisationId m_other{0};
    std::map<std::string, UserId> m_users;
};

TEST_P(RiskEditTest, TheRegisterAndTheDetailPageLinkToTheFormWhichIsPrefilled)
{
    auto const system = make_system("Fileserver");
    auto const risk = make_risk("Ransomware");
    auto ciso = sign_in("ciso@test.nl");
    auto const edit = base() + "/risicos/" + risk.to_string() + "/bewerken";
    EXPECT_TRUE(contains(ciso.http.get(base() + "/risicos").body, "href=\"" + edit + "\">Bewerken"));
    EXPECT_TRUE(
        contains(ciso.http.get(base() + "/risicos/" + risk.to_string()).body, "href=\"" + edit + "\">Bewerken"));
    auto const form = ciso.http.get(edit);
    ASSERT_EQ(form.status, 200U) << form.body;
    EXPECT_TRUE(contains(form.body, "<h1 class=\"utrecht-heading-1\">Risico bewerken</h1>"));
    EXPECT_TRUE(contains(form.body, "name=\"version\" value=\"1\""));
    EXPECT_TRUE(contains(form.body, "value=\"Ransomware\""));
    EXPECT_TRUE(contains(form.body,
        "id=\"impact-financieel\" name=\"impact.financieel\" type=\"number\" min=\"1\" "
        "max=\"5\" value=\"4\""));
    EXPECT_TRUE(contains(form.body, "<option value=\"accepteren\" selected>"));
    EXPECT_TRUE(contains(form.body, "name=\"systems\" value=\"" + system.to_string() + "\">"))
        << "the systems to link, none chosen yet";
    EXPECT_FALSE(contains(form.body, "aria-invalid"));
}

TEST_P(RiskEditTest, SavingEveryFieldChangesTheRiskWithAnAuditEvent)
{
    auto const system = make_system("Fileserver");
    auto const risk = make_risk("Ransomware");
    auto const ciso_id = m_users.at("ciso@test.nl");
    auto ciso = sign_in("ciso@test.nl");
    auto const path = base() + "/risicos/" + risk.to_string();
    ASSERT_EQ(ciso.http.get(path + "/bewerken").status, 200U);
    auto const saved = ciso.http.post_form(path + "/bewerken", risk_fields(ciso.csrf, "1", system));
    ASSERT_EQ(saved.status, 303U) << saved.body;
    EXPECT_EQ(saved.header("location").value_or(""), path + "?gewijzigd=1");
    auto const page = ciso.http.get(path + "?gewijzigd=1");
    EXPECT_TRUE(contains(page.body, "De wijzigingen aan het risico zijn opgeslagen."));

    auto const stored = service().show_risk(m_operator, m_own, risk);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->version, 2);
    EXPECT_EQ(stored->title, "Ransomware op de fileserver");
    EXPECT_EQ(stored->threat, "Criminelen");
    EXPECT_EQ(stored->vulnerability, "Geen offline back-up");
    EXPECT_EQ(stored->owner, "Hoofd ICT");
    EXPECT_EQ(stored->systems, std::vector<InformationSystemId>{system});
    EXPECT_EQ(stored->inherent_likelihood, 4);
    EXPECT_EQ(stored->inherent_impacts.size(), 2U);
    EXPECT_EQ(stored->existing_controls, (std::vector<std::string>{"8.13", "8.13.01", "8.7"})) << "stored in order";
    EXPECT_EQ(stored->treatment, domain::Treatment::Reduce);
    ASSERT_EQ(stored->planned_measures.size(), 2U);
    EXPECT_EQ(stored->planned_measures[0].description, "Offline back-up");
    EXPECT_TRUE(stored->planned_measures[0].done);
    EXPECT_EQ(stored->planned_measures[0].due, std::optional<Date>(*parse_date("2027-03-01")));
    EXPECT_EQ(stored->planned_measures[1].description, "Hersteltest");
    EXPECT_FALSE(stored->planned_measures[1].done);
    ASSERT_TRUE(stored->residual);
    EXPECT_EQ(stored->residual->likelihood, 2);
    EXPECT_EQ(stored->review_due, std::optional<Date>(*parse_date("2027-06-01")));

    auto const events = audit_of("risk", risk.to_string());
    ASSERT_EQ(events.size(), 2U) << "created and changed";
    auto const update = std::find_if(
        events.begin(), events.end(), [](domain::AuditEvent const& event) { return event.action == "risk.update"; });
    ASSERT_NE(update, events.end());
    EXPECT_EQ(update->actor, "user:" + std::to_string(ciso_id.value()));

    // The form shows the two measures and one empty row for a new one.
    auto const again = ciso.http.get(path + "/bewerken");
    EXPECT_TRUE(contains(again.body, "name=\"measure_2\" type=\"text\" value=\"Hersteltest\""));
    EXPECT_TRUE(contains(again.body, "name=\"measure_3\" type=\"text\" value=\"\""));
    EXPECT_TRUE(contains(again.body, "name=\"measure_done\" value=\"1\" checked"));
}

TEST_P(RiskEditTest, AnInvalidFieldIsShownBesideItAndInTheSummaryWithTheInputKept)
{
    auto const system = make_system("Fileserver");
    auto const risk = make_risk("Ransomware");
    auto ciso = sign_in("ciso@test.nl");
    auto const edit = base() + "/risicos/" + risk.to_string() + "/bewerken";
    ASSERT_EQ(ciso.http.get(edit).status, 200U);
    struct Case {
        char const* field;
        char const* value;
        char const* error_id;
    };
    for (auto const& test : {Case{"inherent_likelihood", "9", "inherent_likelihood-error"},
             Case{"residual_impact", "5", "residual_impact-error"},
             Case{"existing_controls", "8.7x", "existing_controls-error"},
             Case{"measure_due_2", "morgen", "measure_due_2-error"}, Case{"title", "", "title-error"}}) {
        auto const reply = ciso.http.post_form(edit, with(risk_fields(ciso.csrf, "1", system), test.field, test.value));
        EXPECT_EQ(reply.status, 400U) << test.field;
        EXPECT_TRUE(contains(reply.body, "id=\"" + std::string(test.error_id) + "\"")) << test.field << reply.body;
        EXPECT_TRUE(contains(reply.body, "role=\"alert\"")) << "error summary: " << test.field;
        EXPECT_TRUE(contains(reply.body, "value=\"Hersteltest\"")) << "input kept: " << test.field;
        EXPECT_TRUE(contains(reply.body, "name=\"version\" value=\"1\"")) << test.field;
    }
    EXPECT_EQ(service().show_risk(m_operator, m_own, risk)->version, 1) << "nothing saved";
}

TEST_P(RiskEditTest, AStaleVersionSaysSomeoneElseChangedItAndKeepsTheInput)
{
    auto const system = make_system("Fileserver");
    auto const risk = make_risk("Ransomware");
    auto ciso = sign_in("ciso@test.nl");
    auto const edit = base() + "/risicos/" + risk.to_string() + "/bewerken";
    ASSERT_EQ(ciso.http.get(edit).status, 200U);
    // Someone else saves first.
    auto other = domain::draft_of(*service().show_risk(m_operator, m_own, risk));
    other.title = "Ransomware (andere wijziging)";
    ASSERT_TRUE(service().update_risk(m_operator, m_own, risk, other, 1));

    auto const stale = ciso.http.post_form(edit, risk_fields(ciso.csrf, "1", system));
    EXPECT_EQ(stale.status, 409U);
    EXPECT_TRUE(contains(stale.body, "Iemand anders heeft dit risico gewijzigd"));
    EXPECT_TRUE(contains(stale.body, "value=\"Ransomware op de fileserver\"")) << "input kept";
    EXPECT_TRUE(contains(stale.body, "name=\"version\" value=\"2\"")) << "a second save replaces the other change";
    EXPECT_EQ(service().show_risk(m_operator, m_own, risk)->title, "Ransomware (andere wijziging)");

    auto const second = ciso.http.post_form(edit, risk_fields(ciso.csrf, "2", system));
    ASSERT_EQ(second.status, 303U) << second.body;
    EXPECT_EQ(service().show_risk(m_operator, m_own, risk)->title, "Ransomware op de fileserver");
}

TEST_P(RiskEditTest, CsrfRoleAndOrganisationAreChecked)
{
    auto const system = make_system("Fileserver");
    auto const risk = make_risk("Ransomware");
    auto const edit = base() + "/risicos/" + risk.to_string() + "/bewerken";
    auto ciso = sign_in("ciso@test.nl");
    EXPECT_EQ(ciso.http.post_form(edit, risk_fields("forged", "1", system)).status, 403U);
    auto const other = "/organisaties/" + m_other.to_string() + "/risicos/" + risk.to_string() + "/bewerken";
    EXPECT_EQ(ciso.http.get(other).status, 404U) << "a risk of another organisation";
    EXPECT_EQ(ciso.http.get(base() + "/risicos/999/bewerken").status, 404U);

    auto bestuurder = sign_in("bestuurder@test.nl");
    EXPECT_EQ(bestuurder.http.get(edit).status, 403U) << "a bestuurder reads but does not edit risks";
    EXPECT_EQ(bestuurder.http.post_form(edit, risk_fields(bestuurder.csrf, "1", system)).status, 403U);
    EXPECT_FALSE(contains(bestuurder.http.get(base() + "/risicos/" + risk.to_string()).body, "/bewerken"));
    EXPECT_EQ(service().show_risk(m_operator, m_own, risk)->version, 1);
}

TEST_P(RiskEditTest, ANewRiskLandsOnItsOwnPage)
{
    auto ciso = sign_in("ciso@test.nl");
    ASSERT_EQ(ciso.http.get(base() + "/risicos/nieuw").status, 200U);
    auto const registered = ciso.http.post_form(base() + "/risicos",
        {{"title", "Phishing"}, {"owner", "CISO"}, {"inherent_likelihood", "2"}, {"impact.financieel", "2"},
            {"treatment", "accepteren"}, {"csrf", ciso.csrf}});
    ASSERT_EQ(registered.status, 303U) << registered.body;
    auto const location = registered.header("location").value_or("");
    EXPECT_TRUE(location.starts_with(base() + "/risicos/")) << location;
    auto const page = ciso.http.get(location);
    EXPECT_TRUE(contains(page.body, "Het risico is geregistreerd."));
    EXPECT_TRUE(contains(page.body, "<h2 class=\"utrecht-heading-2\" id=\"risk-heading\">Phishing</h2>"));
}

// Item 9: the scale meanings of the methodology in force beside the inputs.
TEST_P(RiskEditTest, TheFormExplainsTheScalesOfTheMethodologyInForce)
{
    auto methodology = *service().methodology(m_operator, m_own);
    auto definition = methodology.methodology.definition();
    definition.likelihood[0].label_nl = "Vrijwel uitgesloten";
    definition.impact[4].label_nl = "Ontwrichtend";
    ASSERT_TRUE(service().set_methodology(m_operator, m_own, *domain::RiskMethodology::create(definition)));
    auto ciso = sign_in("ciso@test.nl");
    auto const form = ciso.http.get(base() + "/risicos/nieuw");
    ASSERT_EQ(form.status, 200U);
    EXPECT_TRUE(contains(form.body,
        "id=\"inherent_likelihood-description\">Schaal van de risicomethodiek: 1 = "
        "Vrijwel uitgesloten"));
    EXPECT_TRUE(contains(form.body, "aria-describedby=\"inherent_likelihood-description\""));
    EXPECT_TRUE(contains(form.body, "id=\"impact-description\">Schaal van de risicomethodiek: 1 = "));
    EXPECT_TRUE(contains(form.body, "5 = Ontwrichtend</p>"));
    EXPECT_TRUE(contains(form.body, "id=\"residual_likelihood-description\""));
}

TEST_P(RiskEditTest, OverdueReviewsComeOldestFirst)
{
    for (auto const& [title, due] : std::vector<std::pair<std::string, std::string>>{
             {"Recent", "2026-09-01"}, {"Oudst", "2025-01-15"}, {"Midden", "2026-03-01"}}) {
        domain::RiskDraft draft;
        draft.title = title;
        draft.owner = "Eigenaar";
        draft.inherent_likelihood = 2;
        draft.inherent_impacts = {{"financieel", 2}};
        draft.treatment = domain::Treatment::Accept;
        draft.review_due = *parse_date(due);
        ASSERT_TRUE(service().register_risk(m_operator, m_own, draft));
    }
    auto ciso = sign_in("ciso@test.nl");
    auto const page = ciso.http.get(base() + "/risicos/herbeoordeling");
    ASSERT_EQ(page.status, 200U);
    auto const oldest = page.body.find(">Oudst<");
    auto const middle = page.body.find(">Midden<");
    auto const recent = page.body.find(">Recent<");
    ASSERT_NE(recent, std::string::npos);
    EXPECT_LT(oldest, middle);
    EXPECT_LT(middle, recent);
    EXPECT_TRUE(contains(page.body, "oudste datum eerst"));
    EXPECT_FALSE(contains(page.body, "niet eerst"));
}

TEST_P(RiskEditTest, ASystemIsChangedWithAllFieldsAndAnAuditEvent)
{
    auto const archive = make_system("Archief");
    auto const system = make_system("Zaaksysteem");
    auto ciso = sign_in("ciso@test.nl");
    auto const path = base() + "/systemen/" + system.to_string();
    EXPECT_TRUE(contains(ciso.http.get(path).body, "href=\"" + path + "/bewerken\">Bewerken"));
    EXPECT_TRUE(contains(ciso.http.get(base() + "/systemen").body, "href=\"" + path + "/bewerken\">Bewerken"));
    auto const form = ciso.http.get(path + "/bewerken");
    ASSERT_EQ(form.status, 200U) << form.body;
    EXPECT_TRUE(contains(form.body, "value=\"Zaaksysteem\""));
    EXPECT_TRUE(contains(form.body, "name=\"version\" value=\"1\""));
    EXPECT_FALSE(contains(form.body, "id=\"depends-on-" + system.to_string() + "\"")) << "not itself";
    auto const saved = ciso.http.post_form(path + "/bewerken",
        {{"csrf", ciso.csrf}, {"version", "1"}, {"name", "Zaaksysteem 2"}, {"owner", "Hoofd Publiekszaken"},
            {"description", "Zaken en documenten"}, {"availability", "midden"}, {"integrity", "hoog"},
            {"confidentiality", "hoog"}, {"cloud", "1"}, {"critical_for_service_delivery", "1"},
            {"depends_on", archive.to_string()}});
    ASSERT_EQ(saved.status, 303U) << saved.body;
    EXPECT_EQ(saved.header("location").value_or(""), path + "?gewijzigd=1");
    EXPECT_TRUE(contains(ciso.http.get(path + "?gewijzigd=1").body, "De wijzigingen aan het informatiesysteem"));
    auto const stored = service().show_system(m_operator, m_own, system);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->system.name, "Zaaksysteem 2");
    EXPECT_EQ(stored->system.owner, "Hoofd Publiekszaken");
    EXPECT_EQ(stored->system.description, "Zaken en documenten");
    EXPECT_EQ(stored->system.classification.integrity, domain::CiaLevel::Hoog);
    EXPECT_TRUE(stored->system.cloud);
    EXPECT_FALSE(stored->system.internet_facing);
    EXPECT_TRUE(stored->system.critical_for_service_delivery);
    EXPECT_EQ(stored->system.depends_on, std::vector<InformationSystemId>{archive});
    EXPECT_EQ(stored->system.version, 2);
    auto const events = audit_of("information_system", system.to_string());
    ASSERT_EQ(events.size(), 2U) << "created and changed";
    EXPECT_TRUE(std::any_of(events.begin(), events.end(),
        [](domain::AuditEvent const& event) { return event.action == "information_system.update"; }));
}

TEST_P(RiskEditTest, ASystemFormRefusesACycleStaleVersionCsrfAndRole)
{
    auto const archive = make_system("Archief");
    auto const system = make_system("Zaaksysteem", {archive});
    auto ciso = sign_in("ciso@test.nl");
    auto const edit = base() + "/systemen/" + archive.to_string() + "/bewerken";
    Fields const plain{{"csrf", ciso.csrf}, {"version", "1"}, {"name", "Archief"}, {"owner", "Archivaris"},
        {"availability", "laag"}, {"integrity", "laag"}, {"confidentiality", "laag"}};
    auto fields = plain;
    fields.emplace_back("depends_on", system.to_string());
    auto const cycle = ciso.http.post_form(edit, fields);
    EXPECT_EQ(cycle.status, 400U);
    EXPECT_TRUE(contains(cycle.body, "id=\"depends_on-error\"")) << cycle.body;
    EXPECT_TRUE(contains(cycle.body, "ook niet via andere systemen"));
    EXPECT_TRUE(contains(cycle.body, "value=\"Archivaris\"")) << "input kept";
    auto const self = ciso.http.post_form(edit, with(fields, "depends_on", archive.to_string()));
    EXPECT_EQ(self.status, 400U);
    EXPECT_TRUE(contains(self.body, "id=\"depends_on-error\""));
    auto const blank = ciso.http.post_form(edit, with(fields, "name", ""));
    EXPECT_EQ(blank.status, 400U);
    EXPECT_TRUE(contains(blank.body, "id=\"name-error\""));

    auto renamed = domain::InformationSystemDraft{.name = "Archief (e-depot)", .owner = "Archivaris"};
    ASSERT_TRUE(service().update_system(m_operator, m_own, archive, renamed, 1));
    auto const stale = ciso.http.post_form(edit, plain);
    EXPECT_EQ(stale.status, 409U);
    EXPECT_TRUE(contains(stale.body, "Iemand anders heeft dit informatiesysteem gewijzigd"));
    EXPECT_TRUE(contains(stale.body, "value=\"Archivaris\""));
    EXPECT_TRUE(contains(stale.body, "name=\"version\" value=\"2\""));
    EXPECT_EQ(ciso.http.post_form(edit, with(with(plain, "version", "2"), "csrf", "forged")).status, 403U);

    auto bestuurder = sign_in("bestuurder@test.nl");
    EXPECT_EQ(bestuurder.http.get(edit).status, 403U);
    EXPECT_EQ(bestuurder.http.post_form(edit, with(with(plain, "version", "2"), "csrf", bestuurder.csrf)).status, 403U);
    EXPECT_EQ(service().show_system(m_operator, m_own, archive)->system.name, "Archief (e-depot)");
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(RiskEditTest);

} // namespace
} // namespace bolwerk::testing
