#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/assessment/assessment.hpp"
#include "domain/assessment/snapshot_summary.hpp"
#include "store/forward.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bolwerk::store {

/// The row of `assessments`: which catalog version an organisation answers, and its
/// maturity scale as the JSON text that app/ writes and reads.
struct StoredAssessment {
    domain::catalog::VersionReference catalog;
    std::string maturity_scale;
    Timestamp created_at;
    std::string created_by;
    Timestamp updated_at;
    std::int64_t version = 0;
};

/// SQL for `assessments`, `assessment_controls` and `assessment_measures`. Every
/// statement filters by organisation. Saves are optimistic: `expected_version` 0
/// inserts (Conflict when a row exists), otherwise the row must still have that
/// version (Conflict when someone else saved in between).
class AssessmentRepository {
public:
    static Result<std::optional<StoredAssessment>> find(Connection& connection, OrganisationId organisation);
    static Result<void> create(Transaction& transaction, OrganisationId organisation,
        domain::catalog::VersionReference const& catalog, std::string const& maturity_scale,
        std::string const& created_by, Timestamp now);
    static Result<void> set_catalog(Transaction& transaction, OrganisationId organisation,
        domain::catalog::VersionReference const& catalog, Timestamp now);
    static Result<void> set_maturity_scale(
        Transaction& transaction, OrganisationId organisation, std::string const& maturity_scale, Timestamp now);

    static Result<std::vector<domain::assessment::ControlApplicability>> controls(
        Connection& connection, OrganisationId organisation);
    static Result<std::optional<domain::assessment::ControlApplicability>> find_control(
        Connection& connection, OrganisationId organisation, domain::catalog::ControlNumber control);
    /// Stores `applicability` and returns it with its new version.
    static Result<domain::assessment::ControlApplicability> save_control(Transaction& transaction,
        OrganisationId organisation, domain::assessment::ControlApplicability const& applicability,
        std::int64_t expected_version, std::string const& updated_by, Timestamp now);

    static Result<std::vector<domain::assessment::MeasureAnswer>> measures(
        Connection& connection, OrganisationId organisation);
    static Result<std::optional<domain::assessment::MeasureAnswer>> find_measure(
        Connection& connection, OrganisationId organisation, domain::catalog::MeasureNumber measure);
    /// Stores `answer` and returns it with its new version.
    static Result<domain::assessment::MeasureAnswer> save_measure(Transaction& transaction, OrganisationId organisation,
        domain::assessment::MeasureAnswer const& answer, std::int64_t expected_version, std::string const& updated_by,
        Timestamp now);
    /// Replaces every answer at once (a catalog migration); each keeps its version + 1.
    static Result<void> replace_measures(Transaction& transaction, OrganisationId organisation,
        std::vector<domain::assessment::MeasureAnswer> const& answers, std::string const& updated_by, Timestamp now);
};

using SnapshotSummary = domain::assessment::SnapshotSummary;

/// SQL for `assessment_snapshots`: snapshots are only ever added. The content is the
/// JSON text of app/assessment/assessment_json; the store does not interpret it.
class AssessmentSnapshotRepository {
public:
    /// Conflict when the organisation already has a snapshot with this label.
    static Result<SnapshotSummary> add(Transaction& transaction, OrganisationId organisation, std::string const& label,
        std::string const& catalog, std::string const& content, std::string const& created_by, Timestamp now);
    /// Oldest first.
    static Result<std::vector<SnapshotSummary>> list(Connection& connection, OrganisationId organisation);
    /// The content of the snapshot with this label.
    static Result<std::string> content(Connection& connection, OrganisationId organisation, std::string const& label);
};

} // namespace bolwerk::store
