#include "support/catalog_files.hpp"
#include "support/store_test.hpp"

#include "app/account_service.hpp"
#include "app/assessment/assessment_json.hpp"
#include "app/assessment/assessment_service.hpp"
#include "app/catalog_service.hpp"
#include "app/organisation_service.hpp"
#include "domain/catalog/catalog_diff.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace bolwerk::testing {
namespace {

using namespace std::chrono;
using domain::Role;
using namespace domain::assessment;
using domain::catalog::ControlNumber;
using domain::catalog::MeasureNumber;

MeasureNumber measure(std::string_view text) { return MeasureNumber::parse(text).value(); }
ControlNumber control(std::string_view text) { return ControlNumber::parse(text).value(); }

/// Two catalog versions as files and what a migration between them must show.
struct MigrationCase {
    std::string from_file;
    std::string to_file;
    char const* from; ///< Version, "1.2".
    char const* to;
    std::size_t measures; ///< Measures of `from`, every one answered.
    std::size_t followed_moves; ///< Moves of the diff whose target is a measure of `to`.
    std::size_t withdrawn;
};

class AssessmentServiceTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_catalogs.emplace(app::CatalogService::create(database(), m_clock).value());
        m_service.emplace(database(), m_clock, *m_catalogs);
        app::OrganisationService organisations(database(), m_clock);
        m_organisation = organisations.create(m_operator, {"Gemeente Voorbeeld", "gemeente", {}, {}})->id;
        m_other = organisations.create(m_operator, {"Gemeente Elders", "gemeente", {}, {}})->id;
    }

    app::Actor member(Role role, OrganisationId const* organisation = nullptr)
    {
        return app::Actor::user(UserId(42), {{organisation ? *organisation : m_organisation, role}});
    }

    static MeasureAnswer implemented(std::string_view number)
    {
        MeasureAnswer answer{.measure = measure(number), .status = MeasureStatus::Implemented};
        answer.owner = "Informatiebeveiligingsadviseur";
        answer.maturity = 3;
        answer.aspect(Aspect::Design) = {AspectResult::Compliant, sys_days{2026y / June / 1}, "Auditor", ""};
        answer.aspect(Aspect::Existence) = {AspectResult::Compliant, sys_days{2026y / July / 1}, "Auditor", ""};
        return answer;
    }

    std::int64_t audit_count(std::string const& action)
    {
        auto const rows = must_query("SELECT COUNT(*) FROM audit_events WHERE organisation_id = $1 AND action = $2",
            {m_organisation.value(), action});
        return rows.empty() ? -1 : rows.front().int64(0);
    }

    // Answers every measure of the version in `migration.from_file`, migrates to the
    // one in `migration.to_file` and checks the result against plan_migration and the diff.
    void expect_migration_follows_the_plan(MigrationCase const& migration)
    {
        ASSERT_TRUE(m_catalogs->import(m_operator, migration.from_file, std::nullopt));
        ASSERT_TRUE(m_catalogs->import(m_operator, migration.to_file, std::nullopt));
        ASSERT_TRUE(m_service->start(m_operator, m_organisation, std::string(migration.from)));
        auto const old_version = m_catalogs->load(m_operator, std::string(migration.from)).value();
        auto const new_version = m_catalogs->load(m_operator, std::string(migration.to)).value();
        // Every measure of the old version answered, each with its own owner to trace where it goes.
        std::vector<MeasureNumber> answered;
        for (auto const& item : old_version.items()) {
            if (!domain::catalog::is_measure(item.kind))
                continue;
            auto answer = implemented(item.number.to_string());
            answer.owner = "Eigenaar " + item.number.to_string();
            auto const saved = m_service->save_measure(m_operator, m_organisation, answer, 0);
            ASSERT_TRUE(saved) << item.number.to_string() << ": " << saved.error().to_string();
            answered.push_back(item.number);
        }
        ASSERT_EQ(answered.size(), migration.measures);
        auto const plan = domain::catalog::plan_migration(old_version, new_version, answered);
        auto const diff = domain::catalog::diff_catalogs(old_version, new_version);

        // Issue #13 item 8: the preview shows the same move and stores nothing.
        auto const preview = m_service->preview_migration(member(Role::Ciso), m_organisation, migration.to);
        ASSERT_TRUE(preview) << preview.error().to_string();
        EXPECT_TRUE(preview->snapshot_label.empty());
        EXPECT_EQ(
            m_service->get(m_operator, m_organisation)->catalog.to_string(), "bio2@" + std::string(migration.from));
        EXPECT_TRUE(m_service->snapshots(m_operator, m_organisation)->empty());
        EXPECT_EQ(audit_count("assessment.migrate"), 0);
        EXPECT_EQ(m_service->preview_migration(member(Role::Auditor), m_organisation, migration.to).error().kind(),
            ErrorKind::Forbidden);
        EXPECT_EQ(m_service->preview_migration(m_operator, m_organisation, migration.from).error().kind(),
            ErrorKind::Invalid);

        auto const migrated = m_service->migrate(member(Role::Ciso), m_organisation, migration.to);
        ASSERT_TRUE(migrated) << migrated.error().to_string();
        EXPECT_EQ(migrated->to.to_string(), "bio2@" + std::string(migration.to));
        EXPECT_EQ(preview->orphaned.size(), migrated->orphaned.size());
        EXPECT_EQ(preview->to_review.size(), migrated->to_review.size());
        EXPECT_EQ(preview->plan.carried.size(), migrated->plan.carried.size());
        EXPECT_EQ(preview->plan.unanswered, migrated->plan.unanswered);
        EXPECT_EQ(migrated->orphaned.size(), plan.without_successor.size());

        auto const after = m_service->get(m_operator, m_organisation).value();
        EXPECT_EQ(after.catalog.to_string(), "bio2@" + std::string(migration.to));
        ASSERT_EQ(after.measures.size(), plan.carried.size());
        for (auto const& carried : plan.carried) {
            auto const* answer = after.find(carried.to);
            ASSERT_NE(answer, nullptr) << carried.to.to_string();
            EXPECT_EQ(answer->owner, "Eigenaar " + carried.from.to_string());
            EXPECT_EQ(answer->needs_review, carried.needs_review) << carried.to.to_string();
            EXPECT_EQ(answer->review_reason, carried.reason);
        }
        EXPECT_EQ(migrated->to_review.size(),
            static_cast<std::size_t>(std::count_if(
                plan.carried.begin(), plan.carried.end(), [](auto const& carried) { return carried.needs_review; })));

        // The moves of the diff: an answer follows its measure to a number that is a
        // measure of the new version, and is to be reviewed there.
        std::size_t followed = 0;
        for (auto const& moved : diff.moved) {
            auto const* target = new_version.find(*moved.target);
            if (!target || !domain::catalog::is_measure(target->kind))
                continue;
            auto const* answer = after.find(*moved.target);
            ASSERT_NE(answer, nullptr) << moved.number.to_string();
            EXPECT_EQ(answer->owner, "Eigenaar " + moved.number.to_string());
            EXPECT_TRUE(answer->needs_review);
            EXPECT_EQ(after.find(moved.number), nullptr) << moved.number.to_string();
            ++followed;
        }
        EXPECT_EQ(followed, migration.followed_moves);
        // The withdrawn measures have no answer any more, are listed, and stay in the history.
        auto const kept = m_service->snapshot(m_operator, m_organisation, migrated->snapshot_label);
        ASSERT_TRUE(kept) << kept.error().to_string();
        EXPECT_EQ(kept->catalog.to_string(), "bio2@" + std::string(migration.from));
        EXPECT_EQ(kept->measures.size(), migration.measures);
        ASSERT_EQ(diff.withdrawn.size(), migration.withdrawn);
        for (auto const withdrawn : diff.withdrawn) {
            EXPECT_EQ(after.find(withdrawn), nullptr) << withdrawn.to_string();
            EXPECT_NE(kept->find(withdrawn), nullptr) << withdrawn.to_string();
            EXPECT_TRUE(std::any_of(migrated->orphaned.begin(), migrated->orphaned.end(), [&](auto const& orphan) {
                return orphan.from == withdrawn;
            })) << withdrawn.to_string();
        }
        EXPECT_EQ(audit_count("assessment.migrate"), 1);

        // Saving a reviewed answer clears the flag.
        auto reviewed = *after.find(measure("5.10.02"));
        auto const saved = m_service->save_measure(m_operator, m_organisation, reviewed, reviewed.version);
        ASSERT_TRUE(saved) << saved.error().to_string();
        EXPECT_FALSE(saved->needs_review);
        EXPECT_EQ(m_service->migrate(m_operator, m_organisation, migration.to).error().kind(), ErrorKind::Invalid);
    }

    FixedClock m_clock{sys_days{2026y / November / 25} + 9h};
    app::Actor m_operator = app::Actor::system_operator("test");
    std::optional<app::CatalogService> m_catalogs;
    std::optional<app::AssessmentService> m_service;
    OrganisationId m_organisation{0};
    OrganisationId m_other{0};
};

TEST_P(AssessmentServiceTest, NotStartedIsEmptyAgainstTheNewestBuiltInVersion)
{
    auto const assessment = m_service->get(m_operator, m_organisation);
    ASSERT_TRUE(assessment) << assessment.error().to_string();
    EXPECT_EQ(assessment->catalog.to_string(), "bio2@1.3");
    EXPECT_TRUE(assessment->controls.empty());
    EXPECT_EQ(assessment->maturity_scale.labels, MaturityScale::standard().labels);
    EXPECT_FALSE(*m_service->started(m_operator, m_organisation));
}

TEST_P(AssessmentServiceTest, StartsAgainstAChosenVersionAndRefusesAnotherLater)
{
    auto const started = m_service->start(m_operator, m_organisation, std::string("1.2"));
    ASSERT_TRUE(started) << started.error().to_string();
    EXPECT_EQ(started->catalog.to_string(), "bio2@1.2");
    EXPECT_TRUE(m_service->start(m_operator, m_organisation, std::string("bio2@1.2")));
    auto const other = m_service->start(m_operator, m_organisation, std::string("1.3"));
    ASSERT_FALSE(other);
    EXPECT_EQ(other.error().kind(), ErrorKind::Conflict);
    EXPECT_NE(other.error().message().find("migrate"), std::string::npos);
    EXPECT_EQ(audit_count("assessment.start"), 1);
    auto const unknown = m_service->start(m_operator, m_other, std::string("9.9"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().kind(), ErrorKind::NotFound);
}

TEST_P(AssessmentServiceTest, SavesControlsAndAnswersAndLoadsTheWhole)
{
    auto const ciso = member(Role::Ciso);
    ControlApplicability included{.control = control("5.1"), .reasons = {InclusionReason::Bio2Mandatory}};
    auto const saved_control = m_service->set_control(ciso, m_organisation, included, 0);
    ASSERT_TRUE(saved_control) << saved_control.error().to_string();
    EXPECT_EQ(saved_control->version, 1);

    ControlApplicability excluded{.control = control("8.30"), .applicable = false};
    excluded.justification = "Geen uitbestede ontwikkeling";
    excluded.reference = RiskReference{RiskReference::Kind::Document, "RA-2026-03"};
    ASSERT_TRUE(m_service->set_control(ciso, m_organisation, excluded, 0));

    auto const answer = m_service->save_measure(ciso, m_organisation, implemented("5.01.01"), 0);
    ASSERT_TRUE(answer) << answer.error().to_string();
    EXPECT_EQ(answer->version, 1);

    auto const whole = m_service->get(member(Role::Auditor), m_organisation);
    ASSERT_TRUE(whole) << whole.error().to_string();
    EXPECT_EQ(whole->catalog.to_string(), "bio2@1.3");
    ASSERT_EQ(whole->controls.size(), 2u);
    EXPECT_EQ(whole->controls[0].control, control("5.1"));
    EXPECT_EQ(whole->controls[0].reasons, std::vector{InclusionReason::Bio2Mandatory});
    EXPECT_FALSE(whole->controls[1].applicable);
    EXPECT_EQ(whole->controls[1].reference, excluded.reference);
    ASSERT_EQ(whole->measures.size(), 1u);
    auto const& stored = whole->measures[0];
    EXPECT_EQ(stored.status, MeasureStatus::Implemented);
    EXPECT_EQ(stored.maturity, 3);
    EXPECT_EQ(stored.aspect(Aspect::Existence), implemented("5.01.01").aspect(Aspect::Existence));
    EXPECT_EQ(stored.aspect(Aspect::Operation).result, AspectResult::NotAssessed);

    EXPECT_EQ(audit_count("assessment.start"), 1);
    EXPECT_EQ(audit_count("assessment_control.update"), 2);
    EXPECT_EQ(audit_count("assessment_measure.update"), 1);
    auto const detail
        = must_query("SELECT detail, object_id FROM audit_events WHERE action = 'assessment_measure.update'", {});
    ASSERT_EQ(detail.size(), 1u);
    EXPECT_EQ(detail.front().text(1), "5.01.01");
    EXPECT_NE(detail.front().text(0).find("status - -> implemented"), std::string::npos) << detail.front().text(0);
}

TEST_P(AssessmentServiceTest, AStaleVersionIsAConflict)
{
    auto answer = implemented("5.01.01");
    auto const first = m_service->save_measure(m_operator, m_organisation, answer, 0);
    ASSERT_TRUE(first);
    answer.owner = "Teamleider ICT";
    ASSERT_TRUE(m_service->save_measure(m_operator, m_organisation, answer, first->version));
    answer.owner = "CISO";
    auto const stale = m_service->save_measure(m_operator, m_organisation, answer, first->version);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().kind(), ErrorKind::Conflict);
    EXPECT_NE(stale.error().message().find("changed by someone else (version 2, expected 1)"), std::string::npos)
        << stale.error().message();
    auto const again = m_service->save_measure(m_operator, m_organisation, answer, 0);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind(), ErrorKind::Conflict);

    ControlApplicability included{.control = control("5.2"), .reasons = {InclusionReason::OwnChoice}};
    ASSERT_TRUE(m_service->set_control(m_operator, m_organisation, included, 0));
    auto const stale_control = m_service->set_control(m_operator, m_organisation, included, 0);
    ASSERT_FALSE(stale_control);
    EXPECT_EQ(stale_control.error().kind(), ErrorKind::Conflict);
    EXPECT_EQ(m_service->get(m_operator, m_organisation)->measures[0].owner, "Teamleider ICT");
}

TEST_P(AssessmentServiceTest, RulesAreCheckedWithTheMeasureOfTheVersionInForce)
{
    auto const missing = m_service->save_measure(m_operator, m_organisation, implemented("5.21.01"), 0);
    ASSERT_FALSE(missing); // withdrawn in v1.3
    EXPECT_EQ(missing.error().kind(), ErrorKind::NotFound);
    EXPECT_NE(missing.error().message().find("5.21.01"), std::string::npos);

    MeasureAnswer not_applicable{.measure = measure("5.01.01"), .status = MeasureStatus::NotApplicable};
    auto const without_reason = m_service->save_measure(m_operator, m_organisation, not_applicable, 0);
    ASSERT_FALSE(without_reason);
    EXPECT_EQ(without_reason.error().kind(), ErrorKind::Invalid);

    auto werking_only = implemented("5.01.01");
    werking_only.aspect(Aspect::Existence) = {};
    werking_only.aspect(Aspect::Operation) = {AspectResult::Compliant, sys_days{2026y / July / 1}, "Auditor", ""};
    auto const order = m_service->save_measure(m_operator, m_organisation, werking_only, 0);
    ASSERT_FALSE(order);
    EXPECT_EQ(order.error().kind(), ErrorKind::Invalid);

    auto const excluded_without_justification = m_service->set_control(
        m_operator, m_organisation, ControlApplicability{.control = control("5.1"), .applicable = false}, 0);
    ASSERT_FALSE(excluded_without_justification);
    EXPECT_EQ(excluded_without_justification.error().kind(), ErrorKind::Invalid);

    auto const accepted = parse_measure_status("risico geaccepteerd");
    EXPECT_FALSE(accepted);
}

TEST_P(AssessmentServiceTest, RolesAndOrganisationsAreEnforced)
{
    ControlApplicability included{.control = control("5.1"), .reasons = {InclusionReason::Bio2Mandatory}};
    for (auto const role : {Role::Bestuurder, Role::Auditor, Role::Leverancier}) {
        auto const refused = m_service->set_control(member(role), m_organisation, included, 0);
        ASSERT_FALSE(refused) << domain::to_string(role);
        EXPECT_EQ(refused.error().kind(), ErrorKind::Forbidden);
    }
    auto const supplier = m_service->get(member(Role::Leverancier), m_organisation);
    ASSERT_FALSE(supplier);
    EXPECT_EQ(supplier.error().kind(), ErrorKind::Forbidden);
    for (auto const role : {Role::Lijnmanager, Role::Medewerker}) {
        auto const refused = m_service->freeze(member(role), m_organisation, "Q4 2026");
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().kind(), ErrorKind::Forbidden);
        EXPECT_EQ(m_service->migrate(member(role), m_organisation, "1.2").error().kind(), ErrorKind::Forbidden);
    }

    // A CISO of another organisation learns nothing about this one.
    auto const stranger = member(Role::Ciso, &m_other);
    EXPECT_EQ(m_service->get(stranger, m_organisation).error().kind(), ErrorKind::NotFound);
    EXPECT_EQ(m_service->set_control(stranger, m_organisation, included, 0).error().kind(), ErrorKind::NotFound);
    EXPECT_EQ(m_service->save_measure(stranger, m_organisation, implemented("5.01.01"), 0).error().kind(),
        ErrorKind::NotFound);
    EXPECT_EQ(m_service->snapshots(stranger, m_organisation).error().kind(), ErrorKind::NotFound);

    // Answers of one organisation are not those of another.
    ASSERT_TRUE(m_service->save_measure(m_operator, m_organisation, implemented("5.01.01"), 0));
    EXPECT_TRUE(m_service->get(stranger, m_other)->measures.empty());
    EXPECT_TRUE(m_service->save_measure(stranger, m_other, implemented("5.01.01"), 0));
    EXPECT_EQ(m_service->get(m_operator, OrganisationId(999999)).error().kind(), ErrorKind::NotFound);
}

// Issue #10, item 9: a medewerker fills in the measures they own and only their progress;
// exclusions and the verdicts on opzet, bestaan and werking are the CISO's.
TEST_P(AssessmentServiceTest, Issue10MedewerkerChangesOnlyTheProgressOfOwnMeasures)
{
    domain::CommonPasswords const no_list;
    app::AccountService accounts(database(), m_clock, no_list);
    auto const user = accounts.create_user(m_operator,
        {.email = "Piet@Voorbeeld.nl",
            .display_name = "Piet",
            .password = "correct horse battery",
            .membership = domain::Membership{m_organisation, Role::Medewerker}});
    ASSERT_TRUE(user) << user.error().to_string();
    auto const medewerker = app::Actor::user(user->id, {{m_organisation, Role::Medewerker}});
    auto const ciso = member(Role::Ciso);

    ControlApplicability excluded{.control = control("8.7"), .applicable = false};
    excluded.justification = "Geen eigen werkplekken";
    auto const exclusion = m_service->set_control(medewerker, m_organisation, excluded, 0);
    ASSERT_FALSE(exclusion);
    EXPECT_EQ(exclusion.error().kind(), ErrorKind::Forbidden);

    MeasureAnswer assigned{.measure = measure("5.02.01"), .status = MeasureStatus::NotStarted};
    assigned.owner = "piet@voorbeeld.nl";
    auto const stored = m_service->save_measure(ciso, m_organisation, assigned, 0);
    ASSERT_TRUE(stored) << stored.error().to_string();
    EXPECT_TRUE(*m_service->may_change_measure(medewerker, m_organisation, measure("5.02.01")));
    EXPECT_FALSE(*m_service->may_change_measure(medewerker, m_organisation, measure("5.01.01")));

    auto verdict = *stored;
    verdict.aspect(Aspect::Design) = {AspectResult::Compliant, sys_days{2026y / June / 1}, "Piet", ""};
    auto const voldoet = m_service->save_measure(medewerker, m_organisation, verdict, stored->version);
    ASSERT_FALSE(voldoet);
    EXPECT_EQ(voldoet.error().kind(), ErrorKind::Forbidden);
    EXPECT_EQ(voldoet.error().location().field, "opzet_result");

    auto waived = *stored;
    waived.status = MeasureStatus::NotApplicable;
    waived.not_applicable_reason = "Niet nodig";
    EXPECT_EQ(m_service->save_measure(medewerker, m_organisation, waived, stored->version).error().location().field,
        "status");

    auto progress = *stored;
    progress.status = MeasureStatus::InProgress;
    progress.maturity = 2;
    progress.aspect(Aspect::Design).note = "Beleid in concept";
    auto const saved = m_service->save_measure(medewerker, m_organisation, progress, stored->version);
    ASSERT_TRUE(saved) << saved.error().to_string();
    EXPECT_EQ(saved->status, MeasureStatus::InProgress);
    EXPECT_EQ(saved->maturity, 2);

    // A measure with another owner, or never answered, is not the medewerker's.
    auto const theirs = m_service->save_measure(medewerker, m_organisation, implemented("5.01.01"), 0);
    ASSERT_FALSE(theirs);
    EXPECT_EQ(theirs.error().kind(), ErrorKind::Forbidden);
    EXPECT_EQ(theirs.error().location().field, "owner");
    EXPECT_EQ(audit_count("assessment_measure.update"), 2) << "the CISO's assignment and the medewerker's progress";
}

TEST_P(AssessmentServiceTest, MaturityScaleIsCheckedAgainstTheAnswers)
{
    ASSERT_TRUE(m_service->save_measure(m_operator, m_organisation, implemented("5.01.01"), 0));
    auto const smaller = m_service->set_maturity_scale(m_operator, m_organisation, {{"Nee", "Deels", "Ja"}});
    ASSERT_FALSE(smaller);
    EXPECT_EQ(smaller.error().kind(), ErrorKind::Conflict);
    EXPECT_NE(smaller.error().message().find("5.01.01"), std::string::npos);

    MaturityScale const four{{"Initieel", "Herhaalbaar", "Gedefinieerd", "Beheerst"}};
    ASSERT_TRUE(m_service->set_maturity_scale(m_operator, m_organisation, four));
    EXPECT_EQ(m_service->get(m_operator, m_organisation)->maturity_scale.labels, four.labels);
    auto too_high = implemented("5.15.01");
    too_high.maturity = 4;
    auto const refused = m_service->save_measure(m_operator, m_organisation, too_high, 0);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind(), ErrorKind::Invalid);
    EXPECT_EQ(m_service->set_maturity_scale(member(Role::Medewerker), m_organisation, four).error().kind(),
        ErrorKind::Forbidden);
}

TEST_P(AssessmentServiceTest, SnapshotsFreezeListAndCompare)
{
    // Before any snapshot, the comparison is with an empty assessment.
    ASSERT_TRUE(m_service->save_measure(m_operator, m_organisation, implemented("5.15.01"), 0));
    auto const from_nothing = m_service->compare(m_operator, m_organisation, std::nullopt, std::nullopt);
    ASSERT_TRUE(from_nothing);
    ASSERT_EQ(from_nothing->measures.size(), 1u);
    EXPECT_EQ(from_nothing->measures[0].kind, ChangeKind::Added);

    auto answer = implemented("5.01.01");
    answer.status = MeasureStatus::InProgress;
    auto const first = m_service->save_measure(m_operator, m_organisation, answer, 0);
    ASSERT_TRUE(first);
    auto const frozen = m_service->freeze(member(Role::Ciso), m_organisation, "  Q3 2026 ");
    ASSERT_TRUE(frozen) << frozen.error().to_string();
    EXPECT_EQ(frozen->label, "Q3 2026");
    EXPECT_EQ(m_service->freeze(m_operator, m_organisation, "Q3 2026").error().kind(), ErrorKind::Conflict);
    EXPECT_EQ(m_service->freeze(m_operator, m_organisation, " ").error().kind(), ErrorKind::Invalid);

    answer.status = MeasureStatus::Implemented;
    ASSERT_TRUE(m_service->save_measure(m_operator, m_organisation, answer, first->version));
    m_clock.advance(hours(24));
    ASSERT_TRUE(m_service->freeze(m_operator, m_organisation, "Q4 2026"));

    auto const list = m_service->snapshots(member(Role::Auditor), m_organisation);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 2u);
    EXPECT_EQ((*list)[0].label, "Q3 2026");
    EXPECT_EQ((*list)[1].catalog, "bio2@1.3");

    auto const old_state = m_service->snapshot(m_operator, m_organisation, "Q3 2026");
    ASSERT_TRUE(old_state) << old_state.error().to_string();
    ASSERT_EQ(old_state->measures.size(), 2u);
    EXPECT_EQ(old_state->find(measure("5.01.01"))->status, MeasureStatus::InProgress);

    auto const diff = m_service->compare(m_operator, m_organisation, std::string("Q3 2026"), std::string("Q4 2026"));
    ASSERT_TRUE(diff) << diff.error().to_string();
    ASSERT_EQ(diff->measures.size(), 1u);
    ASSERT_EQ(diff->measures[0].fields.size(), 1u);
    EXPECT_EQ(diff->measures[0].fields[0], (FieldChange{"status", "in_progress", "implemented"}));
    auto const to_now = m_service->compare(m_operator, m_organisation, std::string("Q4 2026"), std::nullopt);
    ASSERT_TRUE(to_now);
    EXPECT_TRUE(to_now->empty());
    auto const since_newest = m_service->compare(m_operator, m_organisation, std::nullopt, std::nullopt);
    ASSERT_TRUE(since_newest);
    EXPECT_TRUE(since_newest->empty());
    EXPECT_EQ(m_service->snapshot(m_operator, m_organisation, "Q1 2020").error().kind(), ErrorKind::NotFound);
    EXPECT_EQ(audit_count("assessment_snapshot.create"), 2);
}

TEST_P(AssessmentServiceTest, MigrationFollowsThePlanOfTheFixtures)
{
    expect_migration_follows_the_plan({fixture_catalog("minbzk/maatregelen-v1.2-layout.md"),
        fixture_catalog("minbzk/maatregelen-v1.3-layout.md"), "0.2", "0.3", 11, 1, 1});
}

TEST_P(AssessmentServiceTest, MigrationFrom12To13FollowsThePlanOfTheRealCatalogs)
{
    BOLWERK_REQUIRE_SHARED_CATALOGS();
    expect_migration_follows_the_plan({shared_catalog("minbzk-bio2-v1.3/maatregelen-v1.2-2026-02-10.md"),
        shared_catalog("minbzk-bio2-v1.3/maatregelen-v1.3.md"), "1.2", "1.3", 120, 4, 4});
}

TEST_P(AssessmentServiceTest, JsonRoundTripOfTheWholeAssessment)
{
    ASSERT_TRUE(m_service->save_measure(m_operator, m_organisation, implemented("5.01.01"), 0));
    ControlApplicability excluded{.control = control("8.30"), .applicable = false};
    excluded.justification = "Geen uitbestede ontwikkeling";
    excluded.reference = RiskReference{RiskReference::Kind::Risk, "17"};
    ASSERT_TRUE(m_service->set_control(m_operator, m_organisation, excluded, 0));
    auto const whole = m_service->get(m_operator, m_organisation).value();
    auto const json = app::assessment_to_json(whole);
    auto const back = app::assessment_from_json(app::parse_json_text(json.dump()).value());
    ASSERT_TRUE(back) << back.error().to_string();
    EXPECT_TRUE(domain::assessment::diff_assessments(whole, *back).empty());
    EXPECT_EQ(back->measures[0].version, whole.measures[0].version);

    auto const wrong = app::measure_from_json(nlohmann::json{{"status", "geaccepteerd"}}, measure("5.01.01"));
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().location().field, "status");
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(AssessmentServiceTest);

} // namespace
} // namespace bolwerk::testing
