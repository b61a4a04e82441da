#include "support/store_test.hpp"

#include "app/audit_trail.hpp"
#include "app/evidence/evidence_service.hpp"
#include "app/organisation_service.hpp"
#include "app/risk/risk_service.hpp"
#include "common/digest.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::testing {
namespace {

using namespace std::chrono;

domain::EvidenceTarget target(std::string const& text) { return *domain::EvidenceTarget::parse(text); }

class EvidenceServiceTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_service.emplace(database(), m_clock, app::EvidenceSettings{.max_file_bytes = 1024});
        app::OrganisationService organisations(database(), m_clock);
        m_organisation = organisations.create(m_operator, {"Gemeente Voorbeeld", "gemeente", {}, {}})->id;
        m_other = organisations.create(m_operator, {"Gemeente Elders", "gemeente", {}, {}})->id;
    }

    domain::EvidenceDraft draft(
        std::string const& title, std::vector<std::string> const& targets = {}, std::optional<Date> valid_until = {})
    {
        domain::EvidenceDraft draft;
        draft.title = title;
        draft.effective_on = sys_days{2026y / October / 1};
        draft.valid_until = valid_until;
        for (auto const& text : targets)
            draft.targets.push_back(target(text));
        return draft;
    }

    domain::EvidenceItem must_add_file(std::string const& title, std::string const& content,
        std::vector<std::string> const& targets = {}, std::optional<Date> valid_until = {},
        OrganisationId const* organisation = nullptr)
    {
        auto const item = m_service->add_file(m_operator, organisation ? *organisation : m_organisation,
            draft(title, targets, valid_until), {"rapport.pdf", content});
        EXPECT_TRUE(item) << item.error().to_string();
        return item ? *item : domain::EvidenceItem{};
    }

    std::int64_t blob_rows() { return must_query("SELECT COUNT(*) FROM evidence_blobs").front().int64(0); }

    std::vector<domain::AuditEvent> audit_events()
    {
        auto const page = app::list_audit_events(database(), m_operator, m_organisation, 0, 500);
        EXPECT_TRUE(page);
        return page ? page->events : std::vector<domain::AuditEvent>{};
    }

    FixedClock m_clock{sys_days{2026y / November / 25} + 9h};
    app::Actor m_operator = app::Actor::system_operator("test");
    std::optional<app::EvidenceService> m_service;
    OrganisationId m_organisation{0};
    OrganisationId m_other{0};
};

TEST_P(EvidenceServiceTest, AddsAFileDetectsItsTypeAndServesItBack)
{
    std::string const pdf = "%PDF-1.7\nrapport pentest";
    auto const item = must_add_file("Pentestrapport", pdf, {"8.08.05", "5.17"}, sys_days{2027y / October / 1});
    EXPECT_EQ(item.kind, domain::EvidenceKind::File);
    ASSERT_TRUE(item.current);
    EXPECT_EQ(item.current->media_type, domain::MediaType::Pdf);
    EXPECT_EQ(item.current->sha256, sha256_hex(pdf));
    EXPECT_EQ(item.current->size, static_cast<std::int64_t>(pdf.size()));
    EXPECT_EQ(item.current->number, 1);
    EXPECT_EQ(item.links.size(), 2u);

    auto const download = m_service->content(m_operator, m_organisation, item.id);
    ASSERT_TRUE(download) << download.error().to_string();
    EXPECT_EQ(download->content, pdf);
    EXPECT_EQ(download->file_name, "rapport.pdf");
    EXPECT_EQ(download->media_type, domain::MediaType::Pdf);
}

TEST_P(EvidenceServiceTest, SameBytesAreStoredOncePerOrganisationAndNeverShared)
{
    must_add_file("Scan 1", "identieke inhoud");
    must_add_file("Scan 2", "identieke inhoud");
    EXPECT_EQ(blob_rows(), 1);
    auto const elsewhere = must_add_file("Scan elders", "identieke inhoud", {}, {}, &m_other);
    EXPECT_EQ(blob_rows(), 2) << "another organisation gets its own copy";
    auto const rows = must_query("SELECT organisation_id FROM evidence_blobs ORDER BY organisation_id");
    EXPECT_EQ(rows.row(0).int64(0), m_organisation.value());
    EXPECT_EQ(rows.row(1).int64(0), m_other.value());
    // An item of the other organisation is not reachable through this one.
    auto const crossed = m_service->content(m_operator, m_organisation, elsewhere.id);
    ASSERT_FALSE(crossed);
    EXPECT_EQ(crossed.error().kind(), ErrorKind::NotFound);
}

TEST_P(EvidenceServiceTest, NewVersionKeepsTheOldOneAndBecomesCurrent)
{
    auto const item = must_add_file("Back-up test", "eerste versie", {}, sys_days{2026y / December / 1});
    m_clock.advance(hours{24});
    auto const version = m_service->add_version(m_operator, m_organisation, item.id, {"test-v2.txt", "tweede versie"},
        {sys_days{2026y / November / 20}, sys_days{2027y / November / 20}}, item.version);
    ASSERT_TRUE(version) << version.error().to_string();
    EXPECT_EQ(version->number, 2);

    auto const detail = m_service->get(m_operator, m_organisation, item.id);
    ASSERT_TRUE(detail);
    ASSERT_EQ(detail->versions.size(), 2u);
    EXPECT_EQ(detail->versions[0].number, 2);
    EXPECT_EQ(detail->versions[1].number, 1);
    EXPECT_EQ(detail->item.current->number, 2);
    EXPECT_EQ(detail->item.version_count, 2);
    EXPECT_EQ(detail->item.valid_until, sys_days{2027y / November / 20});
    EXPECT_EQ(detail->item.effective_on, sys_days{2026y / November / 20});

    EXPECT_EQ(m_service->content(m_operator, m_organisation, item.id)->content, "tweede versie");
    EXPECT_EQ(m_service->content(m_operator, m_organisation, item.id, 1)->content, "eerste versie");
    auto const missing = m_service->content(m_operator, m_organisation, item.id, 3);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind(), ErrorKind::NotFound);
}

TEST_P(EvidenceServiceTest, StaleVersionIsAConflict)
{
    auto const item = must_add_file("Back-up test", "eerste versie");
    ASSERT_TRUE(m_service->add_version(
        m_operator, m_organisation, item.id, {"a.txt", "twee"}, {sys_days{2026y / November / 1}, {}}, item.version));
    auto const stale = m_service->add_version(
        m_operator, m_organisation, item.id, {"a.txt", "drie"}, {sys_days{2026y / November / 1}, {}}, item.version);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().kind(), ErrorKind::Conflict);
    EXPECT_EQ(m_service->get(m_operator, m_organisation, item.id)->versions.size(), 2u);
}

TEST_P(EvidenceServiceTest, RefusesFilesOverTheLimitNamingTheLimit)
{
    auto const refused
        = m_service->add_file(m_operator, m_organisation, draft("Te groot"), {"groot.bin", std::string(1025, 'x')});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Invalid);
    EXPECT_NE(refused.error().message().find("1 KiB"), std::string::npos) << refused.error().message();
    EXPECT_TRUE(m_service->add_file(m_operator, m_organisation, draft("Precies"), {"ok.bin", std::string(1024, 'x')}));
    auto const empty = m_service->add_file(m_operator, m_organisation, draft("Leeg"), {"leeg.txt", ""});
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().kind(), ErrorKind::Invalid);
    EXPECT_EQ(blob_rows(), 1);
}

TEST_P(EvidenceServiceTest, HtmlIsStoredAndRecordedAsHtmlButNeverServedAsSuch)
{
    auto const item = must_add_file("Schermafdruk", "<html><script>alert(1)</script></html>");
    ASSERT_TRUE(item.current);
    EXPECT_EQ(item.current->media_type, domain::MediaType::Html);
    // Read back from the database under its name (text/html), not as text/xml.
    auto const stored = m_service->get(m_operator, m_organisation, item.id);
    ASSERT_TRUE(stored) << stored.error().to_string();
    ASSERT_TRUE(stored->item.current);
    EXPECT_EQ(stored->item.current->media_type, domain::MediaType::Html);
    EXPECT_EQ(domain::served_content_type(item.current->media_type), "application/octet-stream");
}

TEST_P(EvidenceServiceTest, LinksAndNotes)
{
    auto link_draft = draft("Wachtwoordbeleid op intranet", {"5.17.01"});
    link_draft.url = "HTTPS://intranet.voorbeeld.nl/beleid";
    auto const link = m_service->add_link(m_operator, m_organisation, link_draft);
    ASSERT_TRUE(link) << link.error().to_string();
    EXPECT_EQ(link->url, "https://intranet.voorbeeld.nl/beleid");
    EXPECT_FALSE(link->current);

    auto bad = draft("Kwaadaardig");
    bad.url = "javascript:alert(1)";
    auto const refused = m_service->add_link(m_operator, m_organisation, bad);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().location().field, "url");

    auto note_draft = draft("Waarneming serverruimte");
    note_draft.note = "Deur was op slot, toegangslijst bijgewerkt.";
    auto const note = m_service->add_note(m_operator, m_organisation, note_draft);
    ASSERT_TRUE(note) << note.error().to_string();
    EXPECT_EQ(note->note, "Deur was op slot, toegangslijst bijgewerkt.");

    auto const version
        = m_service->add_version(m_operator, m_organisation, note->id, {"x.txt", "x"}, {sys_days{2026y / May / 1}, {}});
    ASSERT_FALSE(version);
    EXPECT_EQ(version.error().kind(), ErrorKind::Invalid);
    auto const download = m_service->content(m_operator, m_organisation, note->id);
    ASSERT_FALSE(download);
    EXPECT_EQ(download.error().kind(), ErrorKind::NotFound);
}

TEST_P(EvidenceServiceTest, OneItemSupportsSeveralMeasuresAndFiltersByTargetAndAspect)
{
    auto const shared = must_add_file("ISMS-beleid", "beleid", {"5.01.01", "5.17.01"});
    auto const other = must_add_file("Logbestand", "log", {"8.15.01"});
    ASSERT_TRUE(
        m_service->link(m_operator, m_organisation, other.id, target("5.17.01"), domain::EvidenceAspect::Operation));

    auto const for_measure = m_service->list(m_operator, m_organisation, {.target = target("5.17.01")});
    ASSERT_TRUE(for_measure);
    ASSERT_EQ(for_measure->size(), 2u);

    // A link without aspect supports every aspect; a werking link only werking.
    auto const design = m_service->list(
        m_operator, m_organisation, {.target = target("5.17.01"), .aspect = domain::EvidenceAspect::Design});
    ASSERT_TRUE(design);
    ASSERT_EQ(design->size(), 1u);
    EXPECT_EQ(design->front().id, shared.id);
    auto const operation = m_service->list(
        m_operator, m_organisation, {.target = target("5.17.01"), .aspect = domain::EvidenceAspect::Operation});
    ASSERT_TRUE(operation);
    EXPECT_EQ(operation->size(), 2u);

    auto const for_control = m_service->list(m_operator, m_organisation, {.target = target("8.15")});
    ASSERT_TRUE(for_control);
    EXPECT_TRUE(for_control->empty()) << "a measure link is not a control link";

    auto const duplicate
        = m_service->link(m_operator, m_organisation, other.id, target("5.17.01"), domain::EvidenceAspect::Operation);
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().kind(), ErrorKind::Conflict);

    ASSERT_TRUE(
        m_service->unlink(m_operator, m_organisation, other.id, target("5.17.01"), domain::EvidenceAspect::Operation));
    EXPECT_EQ(m_service->list(m_operator, m_organisation, {.target = target("5.17.01")})->size(), 1u);
    auto const gone
        = m_service->unlink(m_operator, m_organisation, other.id, target("5.17.01"), domain::EvidenceAspect::Operation);
    ASSERT_FALSE(gone);
    EXPECT_EQ(gone.error().kind(), ErrorKind::NotFound);
}

TEST_P(EvidenceServiceTest, RiskTargetsMustExistInTheOrganisation)
{
    auto const refused = m_service->add_file(m_operator, m_organisation, draft("Bij risico", {"risk:999"}), {"a", "a"});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Invalid);
    EXPECT_EQ(blob_rows(), 0) << "nothing is stored when the upload is refused";

    app::RiskService risks(database(), m_clock);
    domain::RiskDraft risk;
    risk.title = "Ransomware";
    risk.owner = "CIO";
    risk.inherent_likelihood = 3;
    risk.inherent_impacts = {{"financieel", 3}};
    risk.existing_controls = {"8.7"};
    auto const registered = risks.register_risk(m_operator, m_organisation, risk);
    ASSERT_TRUE(registered) << registered.error().to_string();
    auto const item = must_add_file("Bij risico", "a", {"risk:" + registered->id.to_string()});
    EXPECT_EQ(
        m_service->list(m_operator, m_organisation, {.target = target("risk:" + registered->id.to_string())})->size(),
        1u);
    auto const elsewhere
        = m_service->add_file(m_operator, m_other, draft("Elders", {"risk:" + registered->id.to_string()}), {"a", "a"});
    ASSERT_FALSE(elsewhere) << "a risk of another organisation is not a target";
}

TEST_P(EvidenceServiceTest, ListsExpiringItemsForADate)
{
    Date const today = sys_days{2026y / November / 25};
    must_add_file("Verlopen", "a", {}, today - days{1});
    must_add_file("Verloopt binnenkort", "b", {}, today + days{30});
    must_add_file("Nog lang geldig", "c", {}, today + days{31});
    must_add_file("Zonder einddatum", "d");
    auto const expiring = m_service->list_expiring(m_operator, m_organisation, today);
    ASSERT_TRUE(expiring);
    std::vector<std::string> titles;
    for (auto const& item : *expiring)
        titles.push_back(item.title);
    std::sort(titles.begin(), titles.end());
    EXPECT_EQ(titles, (std::vector<std::string>{"Verloopt binnenkort", "Verlopen"}));
    EXPECT_EQ(m_service->status_of(expiring->front(), today), domain::ExpiryStatus::ExpiringSoon);
}

TEST_P(EvidenceServiceTest, AuthorisesEveryUseCase)
{
    auto const item = must_add_file("Beleid", "beleid");
    auto const auditor = app::Actor::user(UserId(9), {{m_organisation, domain::Role::Auditor}});
    auto const supplier = app::Actor::user(UserId(10), {{m_organisation, domain::Role::Leverancier}});
    auto const employee = app::Actor::user(UserId(11), {{m_organisation, domain::Role::Medewerker}});
    auto const stranger = app::Actor::user(UserId(12), {{m_other, domain::Role::Ciso}});

    EXPECT_TRUE(m_service->list(auditor, m_organisation));
    EXPECT_TRUE(m_service->content(auditor, m_organisation, item.id));
    auto const write = m_service->add_file(auditor, m_organisation, draft("x"), {"x", "x"});
    ASSERT_FALSE(write);
    EXPECT_EQ(write.error().kind(), ErrorKind::Forbidden);
    auto const link = m_service->link(auditor, m_organisation, item.id, target("5.1"), {});
    ASSERT_FALSE(link);
    EXPECT_EQ(link.error().kind(), ErrorKind::Forbidden);
    auto const read = m_service->get(supplier, m_organisation, item.id);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().kind(), ErrorKind::Forbidden);
    auto const hidden = m_service->content(stranger, m_organisation, item.id);
    ASSERT_FALSE(hidden);
    EXPECT_EQ(hidden.error().kind(), ErrorKind::NotFound);
    EXPECT_TRUE(m_service->add_file(employee, m_organisation, draft("Door medewerker"), {"m", "m"}));
}

TEST_P(EvidenceServiceTest, EveryChangeIsAuditedWithoutTheContents)
{
    std::string const secret = "GEHEIM-wachtwoord-in-bestand";
    auto const item = must_add_file("Configuratie", secret, {"8.09.01"});
    ASSERT_TRUE(m_service->add_version(
        m_operator, m_organisation, item.id, {"v2", secret + "2"}, {sys_days{2026y / November / 1}, {}}));
    ASSERT_TRUE(m_service->link(m_operator, m_organisation, item.id, target("8.9"), {}));
    ASSERT_TRUE(m_service->unlink(m_operator, m_organisation, item.id, target("8.9"), {}));
    auto const events = audit_events();
    std::vector<std::string> actions;
    for (auto const& event : events) {
        if (event.object_type == "evidence_item") {
            actions.push_back(event.action);
            EXPECT_EQ(event.object_id, item.id.to_string());
            EXPECT_EQ(event.detail.value_or("").find("GEHEIM"), std::string::npos);
        }
    }
    EXPECT_EQ(actions,
        (std::vector<std::string>{
            "evidence_item.create", "evidence_item.add_version", "evidence_item.link", "evidence_item.unlink"}));
    auto const trail = must_query("SELECT * FROM audit_events");
    for (auto row : trail) {
        for (std::size_t column = 0; column < trail.column_count(); ++column) {
            if (auto const* text = std::get_if<std::string>(&row.value(column))) {
                EXPECT_EQ(text->find("GEHEIM"), std::string::npos);
            }
        }
    }
}

TEST_P(EvidenceServiceTest, UnknownItemIsNotFound)
{
    auto const missing = m_service->get(m_operator, m_organisation, EvidenceItemId(4242));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind(), ErrorKind::NotFound);
    auto const unknown_organisation = m_service->list(m_operator, OrganisationId(4242));
    ASSERT_FALSE(unknown_organisation);
    EXPECT_EQ(unknown_organisation.error().kind(), ErrorKind::NotFound);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(EvidenceServiceTest);

} // namespace
} // namespace bolwerk::testing
