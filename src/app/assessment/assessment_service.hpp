#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/assessment/assessment.hpp"
#include "domain/assessment/assessment_diff.hpp"
#include "domain/assessment/excluded_control.hpp"
#include "domain/assessment/snapshot_summary.hpp"
#include "domain/catalog/migration_plan.hpp"
#include "domain/risk/risk.hpp"
#include "store/forward.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::app {

class CatalogService;

/// What a move to another catalog version did (issue #5): the answers that now need
/// a new look, the answers that had nowhere to go (kept in the snapshot taken before
/// the move), and the new measures nobody answered yet.
struct AssessmentMigration {
    domain::catalog::VersionReference from;
    domain::catalog::VersionReference to;
    domain::catalog::MigrationPlan plan;
    std::string snapshot_label; ///< The automatic snapshot of the state before the move.
    std::vector<domain::assessment::MeasureAnswer> to_review; ///< Carried answers with needs_review.
    std::vector<domain::catalog::OrphanedAnswer> orphaned; ///< Includes answers merged into another.
};

/// The snapshots of an organisation with the names of the people who froze them
/// (actor label -> display name; an operator keeps its label).
struct SnapshotListing {
    std::vector<domain::assessment::SnapshotSummary> snapshots;
    std::map<std::string, std::string> names;
};

/// What excluding a control would change (issue #13 item 2), shown before the exclusion
/// is saved: the domain's consequences and the risks that rely on the control or on one
/// of its measures (their existing controls; only for an actor who may read risks).
struct ExclusionPreview {
    domain::assessment::ExclusionConsequences consequences;
    std::vector<domain::RiskControlLink> risks;
    bool risks_visible = false; ///< False: the actor may not read the risk register.
};

/// Use cases of the gap analysis (issue #5): one assessment per organisation against
/// one catalog version. Each authorises the actor for the organisation, runs in one
/// transaction and writes an audit event naming the control or measure and what
/// changed. The assessment is started on first use against the newest BIO2 version
/// (an imported one, else the built-in index). Keeps references to its arguments;
/// safe to share between threads when `catalogs` is.
class AssessmentService {
public:
    AssessmentService(store::Database& database, Clock const& clock, CatalogService& catalogs)
        : m_database(database)
        , m_clock(clock)
        , m_catalogs(catalogs)
    {
    }

    /// Starts the organisation's assessment against `catalog` ("bio2@1.3", "1.3", or
    /// nothing for the newest BIO2 version); returns the existing one when already
    /// started with that version (Conflict when started with another: use migrate).
    Result<domain::assessment::Assessment> start(
        Actor const& actor, OrganisationId organisation, std::optional<std::string> const& catalog = {});
    /// The whole assessment. When not started yet: an empty one against the version
    /// that start() would choose, with the standard maturity scale (nothing stored).
    Result<domain::assessment::Assessment> get(Actor const& actor, OrganisationId organisation);
    /// Whether the organisation has started (stored) its assessment.
    Result<bool> started(Actor const& actor, OrganisationId organisation);

    /// Sets one control's applicability (check_control_applicability). `expected_version`
    /// is the version read (0 for a control never answered); a stale one is Conflict.
    Result<domain::assessment::ControlApplicability> set_control(Actor const& actor, OrganisationId organisation,
        domain::assessment::ControlApplicability const& applicability, std::int64_t expected_version);
    /// What saving `proposed` (an exclusion) would change, checked like set_control
    /// (check_control_applicability) so that a refusal shows before the confirm step;
    /// nothing is stored.
    Result<ExclusionPreview> preview_exclusion(
        Actor const& actor, OrganisationId organisation, domain::assessment::ControlApplicability const& proposed);
    /// Saves one answer, checked against the measure's kind in the catalog version in
    /// force and the maturity scale (check_measure_answer); clears needs_review.
    /// AssessmentWrite may change every field of every measure; AssessmentContribute
    /// alone only the progress of a measure the actor owns (check_owner_change), else
    /// Forbidden naming the field.
    Result<domain::assessment::MeasureAnswer> save_measure(Actor const& actor, OrganisationId organisation,
        domain::assessment::MeasureAnswer const& answer, std::int64_t expected_version);
    /// Whether save_measure would let the actor change (some of) `measure`, to show the form.
    Result<bool> may_change_measure(
        Actor const& actor, OrganisationId organisation, domain::catalog::MeasureNumber measure);
    /// Replaces the maturity scale; refused while an answer has a level off the new scale.
    Result<domain::assessment::MaturityScale> set_maturity_scale(
        Actor const& actor, OrganisationId organisation, domain::assessment::MaturityScale const& scale);

    /// Moves the answers to another catalog version with domain::catalog::plan_migration,
    /// after freezing the current state as a snapshot.
    Result<AssessmentMigration> migrate(Actor const& actor, OrganisationId organisation, std::string const& catalog);
    /// What migrate() would do, computed with the same plan, with nothing stored: no
    /// snapshot (snapshot_label stays empty), no answer moved, no audit event. Checked
    /// like migrate (AssessmentFreeze; same version or another framework is Invalid).
    Result<AssessmentMigration> preview_migration(
        Actor const& actor, OrganisationId organisation, std::string const& catalog);

    /// Freezes the whole assessment under `label` ("Q4 2026"; unique per organisation).
    Result<domain::assessment::SnapshotSummary> freeze(
        Actor const& actor, OrganisationId organisation, std::string const& label);
    Result<std::vector<domain::assessment::SnapshotSummary>> snapshots(Actor const& actor, OrganisationId organisation);
    /// snapshots() with the names of who froze them, for pages.
    Result<SnapshotListing> snapshot_listing(Actor const& actor, OrganisationId organisation);
    Result<domain::assessment::Assessment> snapshot(
        Actor const& actor, OrganisationId organisation, std::string const& label);
    /// Compares two states: `from` is a snapshot label, or nothing for the newest
    /// snapshot (an empty assessment when there is none, so everything counts as added);
    /// `to` is a snapshot label, or nothing for the current state.
    Result<domain::assessment::AssessmentDiff> compare(Actor const& actor, OrganisationId organisation,
        std::optional<std::string> const& from, std::optional<std::string> const& to);

private:
    Result<void> authorise_measure_change(store::Connection& connection, Actor const& actor,
        OrganisationId organisation, std::optional<domain::assessment::MeasureAnswer> const& before,
        domain::assessment::MeasureAnswer const& after);
    Result<store::PooledConnection> open_for_reading(Actor const& actor, OrganisationId organisation);
    Result<domain::catalog::VersionReference> resolve_catalog(
        Actor const& actor, std::optional<std::string> const& catalog);

    store::Database& m_database;
    Clock const& m_clock;
    CatalogService& m_catalogs;
};

} // namespace bolwerk::app
