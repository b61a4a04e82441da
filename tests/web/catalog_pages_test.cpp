#include "app/assessment/assessment_service.hpp"
#include "app/catalog_service.hpp"
#include "support/catalog_files.hpp"
#include "support/multipart_body.hpp"
#include "support/web_test.hpp"

#include <fstream>
#include <sstream>

namespace bolwerk::testing {
namespace {

bool contains(std::string const& text, std::string_view part) { return text.find(part) != std::string::npos; }

std::string file_text(std::string const& path)
{
    std::ifstream file(path, std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

// The catalog pages and the history of the gap analysis in the browser (issue #13
// item 8) over real HTTP, on both backends.
class CatalogPagesTest : public WebTest {
protected:
    void SetUp() override
    {
        WebTest::SetUp();
        if (HasFatalFailure())
            return;
        m_own = make_organisation("Gemeente Eigen");
        make_user("ciso@test.nl", m_own, domain::Role::Ciso);
        make_user("auditor@test.nl", m_own, domain::Role::Auditor);
        app::AccountService accounts(database(), m_clock, m_no_common_passwords);
        auto const admin = accounts.create_user(m_operator,
            {.email = "beheer@test.nl",
                .display_name = "Bea Beheer",
                .password = std::string(password),
                .administrator = true,
                .membership = std::nullopt});
        ASSERT_TRUE(admin) << admin.error().to_string();
        m_catalogs.emplace(app::CatalogService::create(database(), m_clock).value());
        m_assessments.emplace(database(), m_clock, *m_catalogs);
    }

    std::string path(std::string const& rest) const { return "/organisaties/" + m_own.to_string() + rest; }

    static HttpReply upload(Browser& browser, std::string const& file_name, std::string const& content,
        std::string const& as = "", std::string const& csrf = "")
    {
        auto const body = multipart_body(
            {{"csrf", csrf.empty() ? browser.csrf : csrf}, {"as", as}}, {{"file", file_name, content}});
        return browser.http.send("POST", "/catalogi/importeren", body, {{"Content-Type", multipart_type}});
    }

    std::size_t imported_count() { return m_catalogs->list(m_operator)->imported.size(); }

    void import_fixtures()
    {
        ASSERT_TRUE(m_catalogs->import(m_operator, fixture_catalog("minbzk/maatregelen-v1.2-layout.md"), {}));
        ASSERT_TRUE(m_catalogs->import(m_operator, fixture_catalog("minbzk/maatregelen-v1.3-layout.md"), {}));
    }

    OrganisationId m_own{0};
    std::optional<app::CatalogService> m_catalogs;
    std::optional<app::AssessmentService> m_assessments;
};

TEST_P(CatalogPagesTest, AdministratorUploadsACatalogAndSeesTheValidationReport)
{
    auto admin = sign_in("beheer@test.nl");
    auto const form = admin.http.get("/catalogi/importeren");
    ASSERT_EQ(form.status, 200U) << form.body;
    EXPECT_TRUE(contains(form.body, "enctype=\"multipart/form-data\""));
    EXPECT_TRUE(contains(form.body, "8 MiB"));

    auto const content = file_text(fixture_catalog("minbzk/maatregelen-v1.3-layout.md"));
    auto const imported = upload(admin, "maatregelen.md", content);
    ASSERT_EQ(imported.status, 200U) << imported.body;
    EXPECT_TRUE(contains(imported.body, "bio2@0.3 is geïmporteerd")) << imported.body;
    EXPECT_TRUE(contains(imported.body, "Validatierapport"));
    // 0.3 has 4 known defects (tests/fixtures/catalogs/README.md), listed with their lines.
    EXPECT_TRUE(contains(imported.body, "Gebreken (4)")) << imported.body;
    EXPECT_TRUE(contains(imported.body, "verwijzing naar onbekend nummer"));
    ASSERT_EQ(imported_count(), 1U);

    // The list names the version, the file and the administrator by name.
    auto const list = admin.http.get("/catalogi");
    ASSERT_EQ(list.status, 200U);
    EXPECT_TRUE(contains(list.body, "bio2@0.3"));
    EXPECT_TRUE(contains(list.body, "maatregelen.md"));
    EXPECT_TRUE(contains(list.body, "Bea Beheer"));
    EXPECT_FALSE(contains(list.body, "user:"));

    // The same version again is refused beside the file field, and nothing is added.
    auto const again = upload(admin, "maatregelen.md", content);
    EXPECT_EQ(again.status, 409U) << again.body;
    EXPECT_TRUE(contains(again.body, "href=\"#file\""));
    EXPECT_EQ(imported_count(), 1U);
}

TEST_P(CatalogPagesTest, MalformedFileSaysWhatAndWhereAndImportsNothing)
{
    auto admin = sign_in("beheer@test.nl");
    auto const unknown = upload(admin, "notities.txt", "Dit is geen catalogus.\n");
    EXPECT_EQ(unknown.status, 400U);
    EXPECT_TRUE(contains(unknown.body, "cannot tell the format")) << unknown.body;
    EXPECT_TRUE(contains(unknown.body, "notities.txt"));
    EXPECT_TRUE(contains(unknown.body, "Er is niets geïmporteerd."));
    EXPECT_TRUE(contains(unknown.body, "id=\"file-error\""));
    EXPECT_TRUE(contains(unknown.body, "Kies het bestand opnieuw"));

    // Two entries under one number block the import; the message names the line.
    auto content = file_text(fixture_catalog("minbzk/maatregelen-v1.3-layout.md"));
    auto const at = content.find("## 5.01.02");
    ASSERT_NE(at, std::string::npos);
    content.insert(at, "## 5.01.01\nNog een keer dezelfde maatregel.\n\n");
    auto const duplicate = upload(admin, "dubbel.md", content, "bio2@0.9");
    EXPECT_EQ(duplicate.status, 400U);
    EXPECT_TRUE(contains(duplicate.body, "duplicate_number")) << duplicate.body;
    EXPECT_TRUE(contains(duplicate.body, "dubbel.md, regel 12")) << duplicate.body;
    EXPECT_TRUE(contains(duplicate.body, "value=\"bio2@0.9\"")) << "input kept";

    // A version name that cannot be read is shown beside its own field.
    auto const bad_as = upload(
        admin, "maatregelen.md", file_text(fixture_catalog("minbzk/maatregelen-v1.3-layout.md")), "geen versie");
    EXPECT_EQ(bad_as.status, 400U);
    EXPECT_TRUE(contains(bad_as.body, "id=\"as-error\"")) << bad_as.body;

    // No file chosen.
    auto const none = admin.http.send("POST", "/catalogi/importeren",
        multipart_body({{"csrf", admin.csrf}, {"as", ""}}), {{"Content-Type", multipart_type}});
    EXPECT_EQ(none.status, 400U);
    EXPECT_TRUE(contains(none.body, "Kies een catalogusbestand om te uploaden."));
    EXPECT_EQ(imported_count(), 0U);
}

TEST_P(CatalogPagesTest, FileAboveEightMebibytesIsRefused)
{
    auto admin = sign_in("beheer@test.nl");
    auto const too_large = upload(admin, "groot.md", "## 5.01.01\n" + std::string(app::max_catalog_upload_bytes, 'x'));
    EXPECT_EQ(too_large.status, 400U);
    EXPECT_TRUE(contains(too_large.body, "larger than 8 MiB")) << too_large.body.substr(0, 2000);
    EXPECT_TRUE(contains(too_large.body, "href=\"#file\""));
    EXPECT_EQ(imported_count(), 0U);
}

TEST_P(CatalogPagesTest, OnlyTheAdministratorImportsAndEveryFormNeedsTheCsrfToken)
{
    auto ciso = sign_in("ciso@test.nl");
    EXPECT_EQ(ciso.http.get("/catalogi/importeren").status, 403U);
    auto const content = file_text(fixture_catalog("minbzk/maatregelen-v1.3-layout.md"));
    EXPECT_EQ(upload(ciso, "maatregelen.md", content).status, 403U);
    auto const list = ciso.http.get("/catalogi");
    ASSERT_EQ(list.status, 200U);
    EXPECT_FALSE(contains(list.body, "/catalogi/importeren")) << "no link to a form the user may not use";

    auto admin = sign_in("beheer@test.nl");
    EXPECT_EQ(upload(admin, "maatregelen.md", content, "", "wrong-token").status, 403U);
    EXPECT_EQ(imported_count(), 0U);
}

TEST_P(CatalogPagesTest, DiffDefaultsToOlderThenNewerAndMarksRewordedWords)
{
    import_fixtures();
    auto auditor = sign_in("auditor@test.nl");
    auto const diff = auditor.http.get("/catalogi/verschil");
    ASSERT_EQ(diff.status, 200U) << diff.body;
    // The two newest versions of one framework, older first: the fixtures 0.2 and 0.3
    // sort before the built-in 1.2 and 1.3, so the default is 1.2 → 1.3.
    EXPECT_TRUE(contains(diff.body, "<option value=\"bio2@1.2\" selected>")) << diff.body;
    EXPECT_TRUE(contains(diff.body, "<option value=\"bio2@1.3\" selected>"));

    auto const texts = auditor.http.get("/catalogi/verschil?van=bio2%400.2&naar=bio2%400.3");
    ASSERT_EQ(texts.status, 200U) << texts.body;
    EXPECT_TRUE(contains(texts.body, "bio2@0.2 → bio2@0.3"));
    EXPECT_TRUE(contains(texts.body, "5.04.02 → 5.10.02")) << "moved, with its target";
    EXPECT_TRUE(contains(texts.body, "<li>5.21.01</li>")) << "withdrawn";
    EXPECT_TRUE(contains(texts.body, "id=\"reworded-5.01.02\"")) << "reworded";
    // Word-level marks that do not rely on colour: <del>/<ins> with a spoken label.
    EXPECT_TRUE(contains(texts.body, "<del><span class=\"bolwerk-visually-hidden\">[verwijderd: </span>"));
    EXPECT_TRUE(contains(texts.body, "<ins><span class=\"bolwerk-visually-hidden\">[toegevoegd: </span>"));

    auto const same = auditor.http.get("/catalogi/verschil?van=bio2%400.3&naar=bio2%400.3");
    EXPECT_EQ(same.status, 400U);
    EXPECT_TRUE(contains(same.body, "id=\"naar-error\""));
    EXPECT_TRUE(contains(same.body, "Kies twee verschillende versies.")) << "in the UI language";
    auto const unknown = auditor.http.get("/catalogi/verschil?van=bio2%409.9&naar=bio2%400.3");
    EXPECT_EQ(unknown.status, 404U);
    EXPECT_TRUE(contains(unknown.body, "href=\"#van\""));

    auditor.http.cookies()["bolwerk_lang"] = "en";
    auto const english = auditor.http.get("/catalogi/verschil?van=bio2%400.2&naar=bio2%400.3");
    EXPECT_TRUE(contains(english.body, "Reworded")) << english.body.substr(0, 500);
}

TEST_P(CatalogPagesTest, SnapshotsAreFrozenByNameListedWithTheirAuthorAndCompared)
{
    auto ciso = sign_in("ciso@test.nl");
    auto const empty = ciso.http.get(path("/momentopnamen"));
    ASSERT_EQ(empty.status, 200U) << empty.body;
    EXPECT_TRUE(contains(empty.body, "Er zijn nog geen momentopnamen."));

    auto const blank = ciso.http.post_form(path("/momentopnamen"), {{"csrf", ciso.csrf}, {"label", "   "}});
    EXPECT_EQ(blank.status, 400U);
    EXPECT_TRUE(contains(blank.body, "id=\"label-error\""));
    EXPECT_TRUE(contains(blank.body, "href=\"#label\""));

    auto const frozen = ciso.http.post_form(path("/momentopnamen"), {{"csrf", ciso.csrf}, {"label", "Q4 2026"}});
    ASSERT_EQ(frozen.status, 303U) << frozen.body;
    auto const list = ciso.http.get(frozen.header("location").value_or(""));
    EXPECT_TRUE(contains(list.body, "Momentopname ‘Q4 2026’ is gemaakt.")) << list.body;
    EXPECT_TRUE(contains(list.body, "User ciso@test.nl"));
    EXPECT_FALSE(contains(list.body, "user:"));

    auto const twice = ciso.http.post_form(path("/momentopnamen"), {{"csrf", ciso.csrf}, {"label", "Q4 2026"}});
    EXPECT_EQ(twice.status, 409U);
    EXPECT_TRUE(contains(twice.body, "value=\"Q4 2026\"")) << "input kept";

    // A change after the snapshot shows in the comparison with the current state.
    domain::assessment::MeasureAnswer answer{.measure = domain::catalog::MeasureNumber::parse("5.01.01").value(),
        .status = domain::assessment::MeasureStatus::InProgress};
    answer.owner = "Team ICT";
    ASSERT_TRUE(m_assessments->save_measure(m_operator, m_own, answer, 0));
    auto const compared = ciso.http.get(path("/momentopnamen/vergelijken"));
    ASSERT_EQ(compared.status, 200U) << compared.body;
    EXPECT_TRUE(contains(compared.body, "Q4 2026 → Huidige stand"));
    EXPECT_TRUE(contains(compared.body, ">5.01.01</a>"));
    EXPECT_TRUE(contains(compared.body, "nieuw beantwoord"));
    EXPECT_TRUE(contains(compared.body, "eigenaar: <del>–</del> → <ins>Team ICT</ins>")) << compared.body;
    // Codes read as words in the UI language, by the audit trail's rule.
    EXPECT_TRUE(contains(compared.body, "status: <del>–</del> → <ins>in uitvoering</ins>")) << compared.body;
    EXPECT_FALSE(contains(compared.body, "<ins>in_progress</ins>"));
    auto const same = ciso.http.get(path("/momentopnamen/vergelijken?van=Q4+2026&naar=Q4+2026"));
    EXPECT_EQ(same.status, 400U);

    // An auditor reads but does not freeze.
    auto auditor = sign_in("auditor@test.nl");
    auto const read = auditor.http.get(path("/momentopnamen"));
    EXPECT_EQ(read.status, 200U);
    EXPECT_FALSE(contains(read.body, "name=\"label\""));
    EXPECT_EQ(auditor.http.post_form(path("/momentopnamen"), {{"csrf", auditor.csrf}, {"label", "X"}}).status, 403U);
    EXPECT_EQ(m_assessments->snapshots(m_operator, m_own)->size(), 1U);
}

TEST_P(CatalogPagesTest, MaturityScaleIsRefusedBesideTheFieldWhileAnAnswerIsOffTheNewScale)
{
    domain::assessment::MeasureAnswer answer{.measure = domain::catalog::MeasureNumber::parse("5.01.01").value(),
        .status = domain::assessment::MeasureStatus::InProgress};
    answer.maturity = 4;
    ASSERT_TRUE(m_assessments->save_measure(m_operator, m_own, answer, 0));
    auto ciso = sign_in("ciso@test.nl");
    auto const page = ciso.http.get(path("/volwassenheidsschaal"));
    ASSERT_EQ(page.status, 200U) << page.body;
    EXPECT_TRUE(contains(page.body, "Geoptimaliseerd"));

    auto const shorter
        = ciso.http.post_form(path("/volwassenheidsschaal"), {{"csrf", ciso.csrf}, {"levels", "Geen\nWat\nVeel\n"}});
    EXPECT_EQ(shorter.status, 409U);
    EXPECT_TRUE(contains(shorter.body, "id=\"levels-error\"")) << shorter.body;
    EXPECT_TRUE(contains(shorter.body, "5.01.01"));
    EXPECT_TRUE(contains(shorter.body, ">Geen\nWat\nVeel\n</textarea>")) << "input kept";

    auto const one = ciso.http.post_form(path("/volwassenheidsschaal"), {{"csrf", ciso.csrf}, {"levels", "Alleen"}});
    EXPECT_EQ(one.status, 400U);

    auto const saved = ciso.http.post_form(path("/volwassenheidsschaal"),
        {{"csrf", ciso.csrf}, {"levels", "Nul\r\nEen\r\nTwee\r\nDrie\r\nVier\r\nVijf\r\n"}});
    ASSERT_EQ(saved.status, 303U) << saved.body;
    auto const after = ciso.http.get(saved.header("location").value_or(""));
    EXPECT_TRUE(contains(after.body, "De volwassenheidsschaal is opgeslagen."));
    EXPECT_EQ(m_assessments->get(m_operator, m_own)->maturity_scale.labels.at(5), "Vijf");

    auto auditor = sign_in("auditor@test.nl");
    EXPECT_FALSE(contains(auditor.http.get(path("/volwassenheidsschaal")).body, "name=\"levels\""));
    EXPECT_EQ(
        auditor.http.post_form(path("/volwassenheidsschaal"), {{"csrf", auditor.csrf}, {"levels", "A\nB"}}).status,
        403U);
}

TEST_P(CatalogPagesTest, MigrationIsPreviewedThenConfirmed)
{
    import_fixtures();
    ASSERT_TRUE(m_assessments->start(m_operator, m_own, std::string("bio2@0.2")));
    for (auto const* number : {"5.01.01", "5.01.02", "5.04.02", "5.21.01"}) {
        domain::assessment::MeasureAnswer answer{.measure = domain::catalog::MeasureNumber::parse(number).value(),
            .status = domain::assessment::MeasureStatus::InProgress};
        ASSERT_TRUE(m_assessments->save_measure(m_operator, m_own, answer, 0));
    }
    auto ciso = sign_in("ciso@test.nl");
    auto const choice = ciso.http.get(path("/catalogusversie"));
    ASSERT_EQ(choice.status, 200U) << choice.body;
    EXPECT_TRUE(contains(choice.body, "<option value=\"bio2@0.3\""));
    EXPECT_FALSE(contains(choice.body, "<option value=\"bio2@0.2\"")) << "not the version in force";

    auto const preview = ciso.http.get(path("/catalogusversie?naar=bio2%400.3"));
    ASSERT_EQ(preview.status, 200U) << preview.body;
    EXPECT_TRUE(contains(preview.body, "<th class=\"utrecht-table__header-cell\" scope=\"row\">5.04.02</th>"));
    EXPECT_TRUE(contains(preview.body, "5.10.02"));
    EXPECT_TRUE(contains(preview.body, "5.21.01: <span lang=\"en\">withdrawn")) << preview.body;
    EXPECT_TRUE(contains(preview.body, "name=\"naar\" value=\"bio2@0.3\""));
    // Nothing is stored by the preview.
    EXPECT_EQ(m_assessments->get(m_operator, m_own)->catalog.to_string(), "bio2@0.2");
    EXPECT_TRUE(m_assessments->snapshots(m_operator, m_own)->empty());

    auto const same = ciso.http.get(path("/catalogusversie?naar=bio2%400.2"));
    EXPECT_EQ(same.status, 400U);
    EXPECT_TRUE(contains(same.body, "id=\"naar-error\""));

    auto const migrated = ciso.http.post_form(path("/catalogusversie"), {{"csrf", ciso.csrf}, {"naar", "bio2@0.3"}});
    ASSERT_EQ(migrated.status, 200U) << migrated.body;
    EXPECT_TRUE(contains(migrated.body, "De gap-analyse staat nu op bio2@0.3."));
    EXPECT_TRUE(contains(migrated.body, "Voor migratie naar bio2@0.3"));
    EXPECT_TRUE(contains(migrated.body, path("/maatregelen/5.10.02"))) << "review links to the measure";
    EXPECT_EQ(m_assessments->get(m_operator, m_own)->catalog.to_string(), "bio2@0.3");
    EXPECT_EQ(m_assessments->snapshots(m_operator, m_own)->size(), 1U);

    auto const missing = ciso.http.post_form(path("/catalogusversie"), {{"csrf", ciso.csrf}, {"naar", ""}});
    EXPECT_EQ(missing.status, 400U);
    EXPECT_TRUE(contains(missing.body, "href=\"#naar\""));

    auto auditor = sign_in("auditor@test.nl");
    EXPECT_EQ(auditor.http.get(path("/catalogusversie")).status, 403U);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(CatalogPagesTest);

} // namespace
} // namespace bolwerk::testing
