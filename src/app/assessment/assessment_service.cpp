#include "app/assessment/assessment_service.hpp"

#include "app/assessment/assessment_json.hpp"
#include "app/assessment/measure_ownership.hpp"
#include "app/audit_trail.hpp"
#include "app/authorisation.hpp"
#include "app/catalog_service.hpp"
#include "app/use_case.hpp"
#include "common/json_text.hpp"
#include "domain/assessment/contribution.hpp"
#include "store/assessment/assessment_repository.hpp"
#include "store/database.hpp"
#include "store/organisation_repository.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace bolwerk::app {

namespace {

using domain::assessment::Assessment;
using domain::assessment::ControlApplicability;
using domain::assessment::MaturityScale;
using domain::assessment::MeasureAnswer;
using domain::catalog::VersionReference;
using Repository = store::AssessmentRepository;
using Snapshots = store::AssessmentSnapshotRepository;

constexpr std::size_t max_label_length = 100;

Result<MaturityScale> scale_of(store::StoredAssessment const& stored)
{
    auto const json = TRY(parse_json_text(stored.maturity_scale));
    auto scale = maturity_scale_from_json(json);
    if (!scale)
        return Error::internal("the stored maturity scale is invalid: " + scale.error().to_string());
    return scale;
}

Result<Assessment> load_assessment(
    store::Connection& connection, OrganisationId organisation, store::StoredAssessment const& stored)
{
    Assessment assessment;
    assessment.catalog = stored.catalog;
    assessment.maturity_scale = TRY(scale_of(stored));
    assessment.controls = TRY(Repository::controls(connection, organisation));
    assessment.measures = TRY(Repository::measures(connection, organisation));
    return assessment;
}

// "status not_started → implemented; opzet not_assessed → compliant": the fields that
// differ, for the audit trail's detail.
std::string describe(std::vector<domain::assessment::FieldChange> const& fields)
{
    std::string text;
    for (auto const& field : fields) {
        if (!text.empty())
            text += "; ";
        text += field.field + " " + (field.before.empty() ? "-" : field.before) + " -> "
            + (field.after.empty() ? "-" : field.after);
    }
    return text.size() > 400 ? text.substr(0, 397) + "..." : text;
}

template <typename Entry>
std::string describe_change(std::optional<Entry> const& before, Entry const& after, VersionReference const& catalog)
{
    Assessment old_state{.catalog = catalog};
    Assessment new_state{.catalog = catalog};
    if constexpr (std::is_same_v<Entry, ControlApplicability>) {
        if (before)
            old_state.controls.push_back(*before);
        new_state.controls.push_back(after);
        auto const diff = domain::assessment::diff_assessments(old_state, new_state);
        return diff.controls.empty() ? "no change" : describe(diff.controls.front().fields);
    } else {
        if (before)
            old_state.measures.push_back(*before);
        new_state.measures.push_back(after);
        auto const diff = domain::assessment::diff_assessments(old_state, new_state);
        return diff.measures.empty() ? "no change" : describe(diff.measures.front().fields);
    }
}

Result<std::string> check_label(std::string const& label)
{
    auto const first = label.find_first_not_of(" \t");
    if (first == std::string::npos)
        return Error::invalid("a snapshot needs a label, e.g. \"Q4 2026\"", {.field = "label"});
    auto const last = label.find_last_not_of(" \t");
    auto trimmed = label.substr(first, last - first + 1);
    if (trimmed.size() > max_label_length)
        return Error::invalid("a snapshot label has at most 100 characters", {.field = "label"});
    if (std::any_of(trimmed.begin(), trimmed.end(), [](unsigned char c) { return c < 0x20 || c == 0x7f; }))
        return Error::invalid("a snapshot label is one line of text", {.field = "label"});
    return trimmed;
}

} // namespace

Result<void> AssessmentService::authorise_measure_change(store::Connection& connection, Actor const& actor,
    OrganisationId organisation, std::optional<MeasureAnswer> const& before, MeasureAnswer const& after)
{
    TRY(authorise(actor, Permission::AssessmentContribute, organisation));
    if (authorise(actor, Permission::AssessmentWrite, organisation))
        return ok();
    // Issue #10, item 9: without AssessmentWrite only the owner fills in a measure, and
    // only its progress; the exclusions and verdicts of the VvT stay the CISO's.
    if (!TRY(owns_measure(connection, actor, before)))
        return Error(ErrorKind::Forbidden,
            "you may fill in only the measures you own; measure " + after.measure.to_string() + " is not yours",
            {.field = "owner"});
    return domain::assessment::check_owner_change(before, after);
}

Result<bool> AssessmentService::may_change_measure(
    Actor const& actor, OrganisationId organisation, domain::catalog::MeasureNumber measure)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    return app::may_change_measure(*connection, actor, organisation, measure);
}

Result<store::PooledConnection> AssessmentService::open_for_reading(Actor const& actor, OrganisationId organisation)
{
    TRY(authorise(actor, Permission::AssessmentRead, organisation));
    auto connection = TRY(m_database.acquire());
    TRY(require_organisation(*connection, organisation));
    return connection;
}

Result<VersionReference> AssessmentService::resolve_catalog(
    Actor const& actor, std::optional<std::string> const& catalog)
{
    // CatalogService resolves "1.3", "bio2@1.3" and the default the same way
    // everywhere, and refuses versions that are neither imported nor built in.
    auto const version = TRY(m_catalogs.load(actor, catalog));
    return version.reference();
}

namespace {

/// The stored assessment header, starting it against the default version first.
Result<store::StoredAssessment> ensure_started(store::Transaction& transaction, CatalogService& catalogs,
    Actor const& actor, OrganisationId organisation, Timestamp now)
{
    if (auto stored = TRY(Repository::find(transaction.connection(), organisation)))
        return *stored;
    // Not started yet: start against the default version. CatalogService reads on its
    // own connection, which the write lock of this transaction does not block.
    auto const catalog = TRY(catalogs.load(actor, std::nullopt)).reference();
    auto const scale = json_text(maturity_scale_to_json(MaturityScale::standard()));
    TRY(Repository::create(transaction, organisation, catalog, scale, actor.label, now));
    nlohmann::json const after{{"catalog", catalog.to_string()}};
    TRY(record_audit_event(transaction, actor,
        audit_change(organisation, "assessment.start", "assessment", organisation.to_string(), nullptr, &after), now));
    return TRY(Repository::find(transaction.connection(), organisation)).value();
}

} // namespace

Result<Assessment> AssessmentService::start(
    Actor const& actor, OrganisationId organisation, std::optional<std::string> const& catalog)
{
    return run_use_case(m_database, m_clock, actor, Permission::AssessmentWrite, organisation,
        [&](UseCase& use_case) -> Result<Assessment> {
            auto const reference = TRY(resolve_catalog(actor, catalog));
            TRY(require_organisation(use_case.connection(), organisation));
            if (auto const stored = TRY(Repository::find(use_case.connection(), organisation))) {
                if (catalog && stored->catalog != reference)
                    return Error::conflict("the assessment is against " + stored->catalog.to_string() + "; move it to "
                        + reference.to_string() + " with migrate");
                return load_assessment(use_case.connection(), organisation, *stored);
            }
            auto const scale = json_text(maturity_scale_to_json(MaturityScale::standard()));
            TRY(Repository::create(
                use_case.transaction(), organisation, reference, scale, actor.label, use_case.now()));
            nlohmann::json const after{{"catalog", reference.to_string()}};
            TRY(use_case.audit(audit_change(
                organisation, "assessment.start", "assessment", organisation.to_string(), nullptr, &after)));
            auto const stored = TRY(Repository::find(use_case.connection(), organisation)).value();
            auto assessment = TRY(load_assessment(use_case.connection(), organisation, stored));
            return assessment;
        });
}

Result<Assessment> AssessmentService::get(Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    if (auto const stored = TRY(Repository::find(*connection, organisation)))
        return load_assessment(*connection, organisation, *stored);
    return Assessment{.catalog = TRY(resolve_catalog(actor, std::nullopt))};
}

Result<bool> AssessmentService::started(Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    return TRY(Repository::find(*connection, organisation)).has_value();
}

Result<ControlApplicability> AssessmentService::set_control(Actor const& actor, OrganisationId organisation,
    ControlApplicability const& applicability, std::int64_t expected_version)
{
    return run_use_case(m_database, m_clock, actor, Permission::AssessmentWrite, organisation,
        [&](UseCase& use_case) -> Result<ControlApplicability> {
            TRY(domain::assessment::check_control_applicability(applicability));
            TRY(require_organisation(use_case.connection(), organisation));
            auto const stored
                = TRY(ensure_started(use_case.transaction(), m_catalogs, actor, organisation, use_case.now()));
            auto const before
                = TRY(Repository::find_control(use_case.connection(), organisation, applicability.control));
            auto saved = TRY(Repository::save_control(
                use_case.transaction(), organisation, applicability, expected_version, actor.label, use_case.now()));
            auto const before_json = before ? control_to_json(*before) : nlohmann::json();
            auto const after_json = control_to_json(saved);
            TRY(use_case.audit(audit_change(organisation, "assessment_control.update", "assessment_control",
                saved.control.to_string(), before ? &before_json : nullptr, &after_json,
                "control " + saved.control.to_string() + ": " + describe_change(before, saved, stored.catalog))));
            return saved;
        });
}

Result<MeasureAnswer> AssessmentService::save_measure(
    Actor const& actor, OrganisationId organisation, MeasureAnswer const& raw, std::int64_t expected_version)
{
    TRY(authorise(actor, Permission::AssessmentContribute, organisation));
    auto const now = m_clock.now();
    auto connection = TRY(m_database.acquire());
    TRY(require_organisation(*connection, organisation));
    // The catalog version in force decides the kind of the measure; it is read before
    // the write transaction and checked again inside it (a migration in between is a
    // conflict, not a silent check against the wrong version).
    auto const header = TRY(Repository::find(*connection, organisation));
    auto const catalog = header ? header->catalog : TRY(resolve_catalog(actor, std::nullopt));
    auto const version = TRY(m_catalogs.load(actor, catalog.to_string()));
    auto const* item = version.find(raw.measure);
    if (!item || !domain::catalog::is_measure(item->kind)) {
        return Error::not_found("measure " + raw.measure.to_string() + " is not a measure of " + catalog.to_string());
    }

    return run_in_transaction(*connection, now, actor, [&](UseCase& use_case) -> Result<MeasureAnswer> {
        auto const stored = TRY(ensure_started(use_case.transaction(), m_catalogs, actor, organisation, now));
        if (stored.catalog != catalog)
            return Error::conflict(
                "the assessment moved to " + stored.catalog.to_string() + " meanwhile; reload and try again");
        MeasureAnswer answer = raw;
        // Saving an answer is its review after a catalog migration.
        answer.needs_review = false;
        answer.review_reason.clear();
        TRY(domain::assessment::check_measure_answer(answer, item->kind, TRY(scale_of(stored))));
        auto const before = TRY(Repository::find_measure(use_case.connection(), organisation, answer.measure));
        // Checked against the stored answer that the version check below guards.
        TRY(authorise_measure_change(use_case.connection(), actor, organisation, before, answer));
        auto saved = TRY(
            Repository::save_measure(use_case.transaction(), organisation, answer, expected_version, actor.label, now));
        auto const before_json = before ? measure_to_json(*before) : nlohmann::json();
        auto const after_json = measure_to_json(saved);
        TRY(use_case.audit(audit_change(organisation, "assessment_measure.update", "assessment_measure",
            saved.measure.to_string(), before ? &before_json : nullptr, &after_json,
            "measure " + saved.measure.to_string() + ": " + describe_change(before, saved, stored.catalog))));
        return saved;
    });
}

Result<MaturityScale> AssessmentService::set_maturity_scale(
    Actor const& actor, OrganisationId organisation, MaturityScale const& scale)
{
    return run_use_case(m_database, m_clock, actor, Permission::AssessmentFreeze, organisation,
        [&](UseCase& use_case) -> Result<MaturityScale> {
            TRY(domain::assessment::check_maturity_scale(scale));
            TRY(require_organisation(use_case.connection(), organisation));
            auto const stored
                = TRY(ensure_started(use_case.transaction(), m_catalogs, actor, organisation, use_case.now()));
            std::string off_scale;
            for (auto const& answer : TRY(Repository::measures(use_case.connection(), organisation))) {
                if (answer.maturity && *answer.maturity > scale.highest())
                    off_scale += (off_scale.empty() ? "" : ", ") + answer.measure.to_string();
            }
            if (!off_scale.empty())
                return Error::conflict("measures " + off_scale
                    + " have a maturity above the highest level of the new scale (" + std::to_string(scale.highest())
                    + "); change those first");
            auto const before = TRY(parse_json_text(stored.maturity_scale));
            auto const after = maturity_scale_to_json(scale);
            TRY(Repository::set_maturity_scale(use_case.transaction(), organisation, json_text(after), use_case.now()));
            TRY(use_case.audit(audit_change(organisation, "assessment.maturity_scale", "assessment",
                organisation.to_string(), &before, &after, std::to_string(scale.labels.size()) + " levels")));
            return scale;
        });
}

namespace {

/// The assessment and the two catalog versions of a move, checked: the assessment has
/// started, the target is another version of the same framework.
struct MigrationTarget {
    store::StoredAssessment header;
    domain::catalog::CatalogVersion from;
    domain::catalog::CatalogVersion to;
};

Result<MigrationTarget> migration_target(store::Connection& connection, CatalogService& catalogs, Actor const& actor,
    OrganisationId organisation, std::string const& catalog)
{
    TRY(require_organisation(connection, organisation));
    auto const header = TRY(Repository::find(connection, organisation));
    if (!header)
        return Error::not_found("the organisation has not started its assessment; start it against " + catalog);
    auto from = TRY(catalogs.load(actor, header->catalog.to_string()));
    auto to = TRY(catalogs.load(actor, catalog));
    if (to.reference() == header->catalog)
        return Error::invalid("the assessment is already against " + catalog, {.field = "catalog"});
    if (to.reference().framework != header->catalog.framework)
        return Error::invalid(
            "an assessment moves only between versions of " + header->catalog.framework, {.field = "catalog"});
    return MigrationTarget{*header, std::move(from), std::move(to)};
}

/// The move of `current` from one version to the other as migrate() applies it and
/// preview_migration() shows it: the outcome (without snapshot) and the answers as
/// they will be stored.
struct PlannedMove {
    AssessmentMigration outcome;
    std::vector<MeasureAnswer> answers;
};

PlannedMove plan_move(
    domain::catalog::CatalogVersion const& from, domain::catalog::CatalogVersion const& to, Assessment const& current)
{
    PlannedMove move{.outcome = {.from = from.reference(), .to = to.reference()}, .answers = {}};
    auto& outcome = move.outcome;
    std::vector<domain::catalog::MeasureNumber> answered;
    answered.reserve(current.measures.size());
    for (auto const& answer : current.measures)
        answered.push_back(answer.measure);
    outcome.plan = domain::catalog::plan_migration(from, to, answered);
    outcome.orphaned = outcome.plan.without_successor;

    std::map<domain::catalog::MeasureNumber, MeasureAnswer> moved;
    for (auto const& carried : outcome.plan.carried) {
        auto const* old_answer = current.find(carried.from);
        if (!old_answer)
            continue;
        if (auto const taken = moved.find(carried.to); taken != moved.end()) {
            // Two answers lead to one measure ("Zie overheidsmaatregel", merged moves):
            // the first keeps it and is reviewed; the other is kept in the snapshot.
            taken->second.needs_review = true;
            taken->second.review_reason += (taken->second.review_reason.empty() ? "" : "; ")
                + std::string("also the answer of ") + carried.from.to_string() + " leads here";
            outcome.orphaned.push_back(
                {carried.from, "merged into " + carried.to.to_string() + ", which already has an answer"});
            continue;
        }
        MeasureAnswer answer = *old_answer;
        answer.measure = carried.to;
        if (carried.needs_review) {
            answer.needs_review = true;
            answer.review_reason = carried.reason;
        }
        moved.emplace(carried.to, std::move(answer));
    }
    move.answers.reserve(moved.size());
    for (auto& [number, answer] : moved) {
        if (answer.needs_review)
            outcome.to_review.push_back(answer);
        move.answers.push_back(std::move(answer));
    }
    return move;
}

} // namespace

Result<AssessmentMigration> AssessmentService::preview_migration(
    Actor const& actor, OrganisationId organisation, std::string const& catalog)
{
    TRY(authorise(actor, Permission::AssessmentFreeze, organisation));
    auto connection = TRY(m_database.acquire());
    auto const target = TRY(migration_target(*connection, m_catalogs, actor, organisation, catalog));
    auto const current = TRY(load_assessment(*connection, organisation, target.header));
    return plan_move(target.from, target.to, current).outcome;
}

Result<AssessmentMigration> AssessmentService::migrate(
    Actor const& actor, OrganisationId organisation, std::string const& catalog)
{
    TRY(authorise(actor, Permission::AssessmentFreeze, organisation));
    auto const now = m_clock.now();
    auto connection = TRY(m_database.acquire());
    auto const target = TRY(migration_target(*connection, m_catalogs, actor, organisation, catalog));
    auto const& from = target.from;
    auto const& to = target.to;

    return run_in_transaction(*connection, now, actor, [&](UseCase& use_case) -> Result<AssessmentMigration> {
        auto const stored = TRY(Repository::find(use_case.connection(), organisation)).value();
        if (stored.catalog != target.header.catalog)
            return Error::conflict("the assessment moved to " + stored.catalog.to_string() + " meanwhile");
        auto const current = TRY(load_assessment(use_case.connection(), organisation, stored));

        auto move = plan_move(from, to, current);
        auto& outcome = move.outcome;
        // The state before the move is kept as a snapshot: answers without a successor
        // stay in the history there (issue #5, "History").
        outcome.snapshot_label
            = "Voor migratie naar " + to.reference().to_string() + " (" + format_timestamp(now) + ")";
        auto const frozen = assessment_to_json(current);
        TRY(Snapshots::add(use_case.transaction(), organisation, outcome.snapshot_label, current.catalog.to_string(),
            json_text(frozen), actor.label, now));

        auto const& answers = move.answers;
        TRY(Repository::replace_measures(use_case.transaction(), organisation, answers, actor.label, now));
        for (auto& answer : outcome.to_review)
            answer.version += 1;
        TRY(Repository::set_catalog(use_case.transaction(), organisation, to.reference(), now));

        nlohmann::json const before{{"catalog", from.reference().to_string()}, {"answers", current.measures.size()}};
        nlohmann::json const after{{"catalog", to.reference().to_string()}, {"answers", answers.size()},
            {"needs_review", outcome.to_review.size()}, {"without_successor", outcome.orphaned.size()},
            {"snapshot", outcome.snapshot_label}};
        TRY(use_case.audit(
            audit_change(organisation, "assessment.migrate", "assessment", organisation.to_string(), &before, &after,
                "moved from " + from.reference().to_string() + " to " + to.reference().to_string() + ": "
                    + std::to_string(outcome.to_review.size()) + " to review, "
                    + std::to_string(outcome.orphaned.size()) + " without successor")));
        return outcome;
    });
}

Result<domain::assessment::SnapshotSummary> AssessmentService::freeze(
    Actor const& actor, OrganisationId organisation, std::string const& raw_label)
{
    return run_use_case(m_database, m_clock, actor, Permission::AssessmentFreeze, organisation,
        [&](UseCase& use_case) -> Result<domain::assessment::SnapshotSummary> {
            auto const label = TRY(check_label(raw_label));
            TRY(require_organisation(use_case.connection(), organisation));
            auto const stored
                = TRY(ensure_started(use_case.transaction(), m_catalogs, actor, organisation, use_case.now()));
            auto const current = TRY(load_assessment(use_case.connection(), organisation, stored));
            auto const frozen = assessment_to_json(current);
            auto summary = TRY(Snapshots::add(use_case.transaction(), organisation, label, current.catalog.to_string(),
                json_text(frozen), actor.label, use_case.now()));
            nlohmann::json const after{{"label", label}, {"catalog", current.catalog.to_string()},
                {"controls", current.controls.size()}, {"measures", current.measures.size()}};
            TRY(use_case.audit(audit_change(organisation, "assessment_snapshot.create", "assessment_snapshot",
                summary.id.to_string(), nullptr, &after, "snapshot \"" + label + "\"")));
            return summary;
        });
}

Result<std::vector<domain::assessment::SnapshotSummary>> AssessmentService::snapshots(
    Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    return Snapshots::list(*connection, organisation);
}

Result<SnapshotListing> AssessmentService::snapshot_listing(Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    SnapshotListing listing{TRY(Snapshots::list(*connection, organisation)), {}};
    std::vector<std::string> labels;
    for (auto const& snapshot : listing.snapshots)
        labels.push_back(snapshot.created_by);
    listing.names = TRY(actor_display_names(*connection, labels));
    return listing;
}

Result<Assessment> AssessmentService::snapshot(
    Actor const& actor, OrganisationId organisation, std::string const& label)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    auto const content = TRY(Snapshots::content(*connection, organisation, label));
    auto const json = TRY(parse_json_text(content));
    auto assessment = assessment_from_json(json);
    if (!assessment)
        return Error::internal("snapshot \"" + label + "\" is invalid: " + assessment.error().to_string());
    return assessment;
}

Result<domain::assessment::AssessmentDiff> AssessmentService::compare(Actor const& actor, OrganisationId organisation,
    std::optional<std::string> const& from, std::optional<std::string> const& to)
{
    auto const after = to ? TRY(snapshot(actor, organisation, *to)) : TRY(get(actor, organisation));
    if (from)
        return domain::assessment::diff_assessments(TRY(snapshot(actor, organisation, *from)), after);
    auto const frozen = TRY(snapshots(actor, organisation));
    auto const before = frozen.empty() ? Assessment{.catalog = after.catalog}
                                       : TRY(snapshot(actor, organisation, frozen.back().label));
    return domain::assessment::diff_assessments(before, after);
}

} // namespace bolwerk::app
