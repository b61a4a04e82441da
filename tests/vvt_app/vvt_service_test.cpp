#include "support/store_test.hpp"
#include "vvt/sample_statement.hpp"

#include "app/account_service.hpp"
#include "app/organisation_service.hpp"
#include "app/vvt/vvt_json.hpp"
#include "app/vvt/vvt_service.hpp"
#include "common/digest.hpp"
#include "domain/vvt/statement_canonical.hpp"
#include "report/vvt/vvt_json.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::testing {
namespace {

using namespace std::chrono;

class VvtServiceTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (HasFatalFailure())
            return;
        auto service = app::VvtService::create(database(), m_clock);
        ASSERT_TRUE(service) << service.error().to_string();
        m_service.emplace(std::move(service).value());
        app::OrganisationService organisations(database(), m_clock);
        m_organisation = organisations.create(m_operator, {"Gemeente Voorbeeld", "gemeente", {}, {}})->id;
        m_other = organisations.create(m_operator, {"Gemeente Elders", "gemeente", {}, {}})->id;
    }

    app::Actor member(domain::Role role, std::string const& display_name = "Test")
    {
        app::AccountService accounts(database(), m_clock, m_common);
        auto const user = accounts.create_user(m_operator,
            {.email = std::string(domain::to_string(role)) + "@voorbeeld.nl",
                .display_name = display_name,
                .password = "een lang en sterk wachtwoord 42",
                .membership = domain::Membership{m_organisation, role}});
        EXPECT_TRUE(user) << user.error().to_string();
        return app::Actor::user(user->id, {{m_organisation, role}});
    }

    void set_scope(domain::vvt::IsmsScope const& scope)
    {
        auto const current = m_service->scope(m_operator, m_organisation);
        ASSERT_TRUE(current);
        auto const saved = m_service->set_scope(m_operator, m_organisation, scope, current->version);
        ASSERT_TRUE(saved) << saved.error().to_string();
    }

    std::int64_t count_events(std::string const& action)
    {
        return must_query("SELECT COUNT(*) FROM audit_events WHERE action = $1", {action}).front().int64(0);
    }

    FixedClock m_clock{Timestamp{sys_days{2026y / November / 25} + 9h}};
    app::Actor m_operator = app::Actor::system_operator("test");
    domain::CommonPasswords m_common{{"welkom123456!"}};
    std::optional<app::VvtService> m_service;
    OrganisationId m_organisation{0};
    OrganisationId m_other{0};
};

TEST_P(VvtServiceTest, ScopeIsStoredWithOptimisticConcurrency)
{
    auto const empty = m_service->scope(m_operator, m_organisation);
    ASSERT_TRUE(empty);
    EXPECT_EQ(empty->version, 0);
    auto const scope = test_support::sample_scope();
    auto const first = m_service->set_scope(m_operator, m_organisation, scope, 0);
    ASSERT_TRUE(first) << first.error().to_string();
    EXPECT_EQ(first->version, 1);
    EXPECT_EQ(m_service->scope(m_operator, m_organisation)->scope, scope);

    auto const stale = m_service->set_scope(m_operator, m_organisation, scope, 0);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().kind(), ErrorKind::Conflict);

    auto invalid = scope;
    invalid.exclusions.push_back({"Archief", ""});
    auto const refused = m_service->set_scope(m_operator, m_organisation, invalid, 1);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Invalid);
    EXPECT_EQ(count_events("isms_scope.update"), 1);
}

TEST_P(VvtServiceTest, FreezeNumbersVersionsAndDiffsAgainstThePrevious)
{
    set_scope(test_support::sample_scope());
    auto const first = m_service->freeze(m_operator, m_organisation);
    ASSERT_TRUE(first) << first.error().to_string();
    EXPECT_EQ(first->number, 1);
    EXPECT_FALSE(first->approved());

    auto scope = test_support::sample_scope();
    scope.processes.push_back({"Vergunningen", "Omgevingswet"});
    set_scope(scope);
    m_clock.advance(hours{1});
    auto const second = m_service->freeze(m_operator, m_organisation);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->number, 2);

    auto const versions = m_service->versions(m_operator, m_organisation);
    ASSERT_TRUE(versions);
    ASSERT_EQ(versions->size(), 2u);
    EXPECT_EQ(versions->front().number, 2);

    auto const detail = m_service->version(m_operator, m_organisation, 2);
    ASSERT_TRUE(detail) << detail.error().to_string();
    EXPECT_EQ(detail->previous_number, 1);
    EXPECT_EQ(detail->statement.header.metadata.version_number, 2);
    EXPECT_EQ(detail->statement.controls.size(), 93u);
    bool process_added = false;
    for (auto const& change : detail->diff.changes)
        process_added |= change.key == "process:Vergunningen" && change.kind == domain::vvt::RowChange::Kind::Added;
    EXPECT_TRUE(process_added);
    EXPECT_FALSE(m_service->version(m_operator, m_organisation, 1)->previous_number);
    EXPECT_EQ(m_service->version(m_operator, m_organisation, 3).error().kind(), ErrorKind::NotFound);

    // The JSON export of a version is the stored document, byte for byte.
    auto const json = m_service->export_vvt(m_operator, m_organisation, app::VvtFormat::Json, 2);
    ASSERT_TRUE(json);
    EXPECT_EQ(sha256_hex(json->content), second->sha256);
    EXPECT_EQ(domain::vvt::digest(detail->statement), second->canonical_sha256);
    EXPECT_EQ(count_events("vvt.freeze"), 2);
}

TEST_P(VvtServiceTest, OnlyABestuurderApprovesAndOnlyOnce)
{
    set_scope(test_support::sample_scope());
    ASSERT_TRUE(m_service->freeze(m_operator, m_organisation));
    auto const ciso = member(domain::Role::Ciso);
    auto const refused = m_service->approve(ciso, m_organisation, 1);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Forbidden);

    auto const bestuurder = member(domain::Role::Bestuurder, "M. Burgemeester");
    m_clock.advance(hours{2});
    auto const approved = m_service->approve(bestuurder, m_organisation, 1);
    ASSERT_TRUE(approved) << approved.error().to_string();
    EXPECT_EQ(approved->approved_by, "M. Burgemeester");
    EXPECT_EQ(approved->approved_at, m_clock.now());

    auto const detail = m_service->version(ciso, m_organisation, 1);
    ASSERT_TRUE(detail);
    EXPECT_EQ(detail->statement.header.metadata.status, domain::vvt::StatementStatus::Approved);
    EXPECT_EQ(detail->statement.header.metadata.approved_by, "M. Burgemeester");

    auto const again = m_service->approve(bestuurder, m_organisation, 1);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind(), ErrorKind::Conflict);
    EXPECT_EQ(count_events("vvt.approve"), 1);
}

TEST_P(VvtServiceTest, PublishesOnlyApprovedVersionsWhileSwitchedOn)
{
    set_scope(test_support::sample_scope());
    ASSERT_TRUE(m_service->freeze(m_operator, m_organisation));
    auto const off = m_service->publish(m_operator, m_organisation, 1);
    ASSERT_FALSE(off);
    EXPECT_EQ(off.error().kind(), ErrorKind::Invalid);
    EXPECT_NE(off.error().message().find("switched off"), std::string::npos);

    ASSERT_TRUE(m_service->set_publication(m_operator, m_organisation, {.enabled = true}));
    auto const draft = m_service->publish(m_operator, m_organisation, 1);
    ASSERT_FALSE(draft);
    EXPECT_NE(draft.error().message().find("not approved"), std::string::npos);
    EXPECT_EQ(m_service->published(m_organisation).error().kind(), ErrorKind::NotFound);

    ASSERT_TRUE(m_service->approve(m_operator, m_organisation, 1));
    auto const state = m_service->publish(m_operator, m_organisation, 1);
    ASSERT_TRUE(state) << state.error().to_string();
    ASSERT_TRUE(state->current);
    EXPECT_EQ(state->current->version_number, 1);

    auto const published = m_service->published(m_organisation);
    ASSERT_TRUE(published) << published.error().to_string();
    EXPECT_EQ(published->organisation_name, "Gemeente Voorbeeld");
    EXPECT_EQ(sha256_hex(published->document), published->document_sha256);
    EXPECT_EQ(published->statement.header.metadata.status, domain::vvt::StatementStatus::Approved);
    EXPECT_TRUE(m_service->versions(m_operator, m_organisation)->front().published);
    EXPECT_EQ(m_service->published(m_other).error().kind(), ErrorKind::NotFound);

    auto const ended = m_service->unpublish(m_operator, m_organisation);
    ASSERT_TRUE(ended);
    EXPECT_FALSE(ended->current);
    ASSERT_EQ(ended->history.size(), 1u);
    EXPECT_TRUE(ended->history.front().unpublished_at);
    EXPECT_EQ(m_service->published(m_organisation).error().kind(), ErrorKind::NotFound);
    EXPECT_EQ(m_service->unpublish(m_operator, m_organisation).error().kind(), ErrorKind::NotFound);
    EXPECT_EQ(count_events("vvt.publish"), 1);
    EXPECT_EQ(count_events("vvt.unpublish"), 1);
}

// Issue #13 item 4: the public page shows applicability and justification, not the
// implementation status, unless that is chosen; the choice is audited.
TEST_P(VvtServiceTest, PublicContentLeavesOutImplementationUnlessChosen)
{
    set_scope(test_support::sample_scope());
    ASSERT_TRUE(m_service->freeze(m_operator, m_organisation));
    ASSERT_TRUE(m_service->approve(m_operator, m_organisation, 1));
    auto const state = m_service->set_publication(m_operator, m_organisation, {.enabled = true});
    ASSERT_TRUE(state);
    EXPECT_FALSE(state->show_implementation) << "the safe default";
    ASSERT_TRUE(m_service->publish(m_operator, m_organisation, 1));

    auto const without = m_service->published(m_organisation);
    ASSERT_TRUE(without) << without.error().to_string();
    EXPECT_FALSE(without->show_implementation);
    auto const document = nlohmann::json::parse(without->document);
    EXPECT_EQ(document["format"], "bolwerk-vvt-public/1");
    EXPECT_EQ(document["header"]["content_sha256"], without->summary.content_sha256);
    ASSERT_FALSE(document["controls"].empty());
    EXPECT_FALSE(document["controls"][0].contains("implementation"));
    EXPECT_FALSE(document.contains("measures"));
    EXPECT_EQ(without->document.find("\"implementation\""), std::string::npos);
    auto const pdf = app::public_vvt_file(*without, app::VvtFormat::Pdf);
    ASSERT_TRUE(pdf) << pdf.error().to_string();
    EXPECT_TRUE(pdf->content.starts_with("%PDF-"));
    EXPECT_EQ(pdf->file_name, "vvt-1.pdf");
    EXPECT_EQ(app::public_vvt_file(*without, app::VvtFormat::Xlsx).error().kind(), ErrorKind::NotFound);

    // Switching publication on again without a choice keeps the choice.
    auto const with_state
        = m_service->set_publication(m_operator, m_organisation, {.enabled = true, .show_implementation = true});
    ASSERT_TRUE(with_state);
    EXPECT_TRUE(with_state->show_implementation);
    EXPECT_TRUE(m_service->set_publication(m_operator, m_organisation, {.enabled = true})->show_implementation);
    auto const with = m_service->published(m_organisation);
    ASSERT_TRUE(with);
    EXPECT_TRUE(with->show_implementation);
    EXPECT_EQ(with->document_sha256, with->summary.sha256) << "the stored document, byte for byte";
    EXPECT_NE(with->document.find("\"implementation\""), std::string::npos);
    EXPECT_EQ(count_events("vvt_publication.setting"), 3);
}

TEST_P(VvtServiceTest, PreviewShowsWhatWouldBePublic)
{
    set_scope(test_support::sample_scope());
    ASSERT_TRUE(m_service->freeze(m_operator, m_organisation));
    EXPECT_EQ(m_service->public_preview(m_operator, m_organisation).error().kind(), ErrorKind::NotFound)
        << "nothing approved yet";
    auto const draft = m_service->public_preview(m_operator, m_organisation, 1);
    ASSERT_FALSE(draft);
    EXPECT_EQ(draft.error().kind(), ErrorKind::Invalid);
    ASSERT_TRUE(m_service->approve(m_operator, m_organisation, 1));
    ASSERT_TRUE(m_service->freeze(m_operator, m_organisation));

    auto const preview = m_service->public_preview(m_operator, m_organisation);
    ASSERT_TRUE(preview) << preview.error().to_string();
    EXPECT_EQ(preview->summary.number, 1) << "the newest approved version, not the newer draft";
    EXPECT_FALSE(preview->published_at);
    EXPECT_FALSE(preview->summary.published);
    EXPECT_FALSE(preview->show_implementation);
    EXPECT_EQ(m_service->public_preview(m_operator, m_organisation, 9).error().kind(), ErrorKind::NotFound);

    ASSERT_TRUE(m_service->set_publication(m_operator, m_organisation, {.enabled = true}));
    ASSERT_TRUE(m_service->publish(m_operator, m_organisation, 1));
    auto const published = m_service->published(m_organisation);
    auto const medewerker = member(domain::Role::Medewerker);
    auto const shown = m_service->public_preview(medewerker, m_organisation);
    ASSERT_TRUE(shown) << shown.error().to_string();
    EXPECT_TRUE(shown->summary.published);
    EXPECT_EQ(shown->document, published->document) << "the preview is exactly the public document";
    EXPECT_EQ(m_service->public_preview(medewerker, m_other).error().kind(), ErrorKind::NotFound);
}

TEST_P(VvtServiceTest, SwitchingPublicationOffTakesThePageDown)
{
    set_scope(test_support::sample_scope());
    ASSERT_TRUE(m_service->freeze(m_operator, m_organisation));
    ASSERT_TRUE(m_service->approve(m_operator, m_organisation, 1));
    ASSERT_TRUE(m_service->set_publication(m_operator, m_organisation, {.enabled = true}));
    ASSERT_TRUE(m_service->publish(m_operator, m_organisation, 1));
    auto const state = m_service->set_publication(m_operator, m_organisation, {.enabled = false});
    ASSERT_TRUE(state);
    EXPECT_FALSE(state->enabled);
    EXPECT_FALSE(state->current);
    EXPECT_EQ(m_service->published(m_organisation).error().kind(), ErrorKind::NotFound);
}

TEST_P(VvtServiceTest, PublicationIsRefusedWithoutAScope)
{
    ASSERT_TRUE(m_service->freeze(m_operator, m_organisation));
    ASSERT_TRUE(m_service->approve(m_operator, m_organisation, 1));
    ASSERT_TRUE(m_service->set_publication(m_operator, m_organisation, {.enabled = true}));
    auto const refused = m_service->publish(m_operator, m_organisation, 1);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Invalid);
}

TEST_P(VvtServiceTest, ExportsEveryFormat)
{
    set_scope(test_support::sample_scope());
    for (auto const format : app::all_vvt_formats) {
        auto const file = m_service->export_vvt(m_operator, m_organisation, format);
        ASSERT_TRUE(file) << to_string(format) << ": " << file.error().to_string();
        EXPECT_FALSE(file->content.empty()) << to_string(format);
        EXPECT_EQ(file->content_type, app::content_type(format));
        EXPECT_TRUE(file->file_name.starts_with("vvt-concept.")) << file->file_name;
    }
    auto const pdf = m_service->export_vvt(m_operator, m_organisation, app::VvtFormat::Pdf);
    EXPECT_TRUE(pdf->content.starts_with("%PDF-"));
    auto const xlsx = m_service->export_vvt(m_operator, m_organisation, app::VvtFormat::Xlsx);
    EXPECT_TRUE(xlsx->content.starts_with("PK"));
}

TEST_P(VvtServiceTest, OtherOrganisationsAndRolesAreRefused)
{
    auto const medewerker = member(domain::Role::Medewerker);
    EXPECT_EQ(m_service->freeze(medewerker, m_organisation).error().kind(), ErrorKind::Forbidden);
    EXPECT_EQ(
        m_service->set_publication(medewerker, m_organisation, {.enabled = true}).error().kind(), ErrorKind::Forbidden);
    EXPECT_EQ(m_service->preview(medewerker, m_other).error().kind(), ErrorKind::NotFound);
    EXPECT_EQ(m_service->versions(medewerker, m_other).error().kind(), ErrorKind::NotFound);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(VvtServiceTest);

TEST(IsmsScopeJson, RoundTripsAndNamesAWrongField)
{
    auto const scope = test_support::sample_scope();
    auto const read = app::isms_scope_from_json(app::isms_scope_to_json(scope));
    ASSERT_TRUE(read) << read.error().to_string();
    EXPECT_EQ(*read, scope);
    auto const wrong = app::isms_scope_from_json(nlohmann::json{{"processes", "Burgerzaken"}});
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().location().field, "processes");
}

TEST(VvtFormat, ParsesEveryName)
{
    for (auto const format : app::all_vvt_formats)
        EXPECT_EQ(app::parse_vvt_format(to_string(format)).value(), format);
    EXPECT_EQ(app::parse_vvt_format("docx").error().kind(), ErrorKind::Invalid);
}

} // namespace
} // namespace bolwerk::testing
