#pragma once

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/assessment/assessment.hpp"
#include "domain/catalog/builtin_index.hpp"
#include "domain/catalog/catalog.hpp"
#include "domain/catalog/control_number.hpp"
#include "domain/catalog/measure_number.hpp"
#include "domain/vvt/isms_scope.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

// The statement of applicability (Dutch: Verklaring van Toepasselijkheid, VvT; ISO 27001
// 6.1.3 d) generated from an assessment: every ISO 27002 control, every
// overheidsmaatregel of the catalog version, and the annex of exceptions (Dutch: bijlage
// uitzonderingen). Plain values built by a pure function; the app layer freezes,
// numbers, approves and publishes them, the report layer exports them.
namespace bolwerk::domain::vvt {

enum class StatementStatus : std::uint8_t {
    Draft, ///< "concept"
    Approved, ///< "vastgesteld": approved by a bestuurder.
};
/// "draft", "approved"
std::string_view to_string(StatementStatus status);
Result<StatementStatus> parse_statement_status(std::string_view text);

/// What the caller knows about the version being generated; the catalog part of the
/// header comes from the catalog version.
struct StatementMetadata {
    std::string organisation_name;
    std::int32_t version_number = 0; ///< 1, 2, … once frozen; 0 for an unnumbered draft.
    StatementStatus status = StatementStatus::Draft;
    std::string approved_by; ///< The bestuurder; set exactly when approved.
    std::optional<Timestamp> approved_at; ///< Set exactly when approved.
    Timestamp generated_at{};
    friend bool operator==(StatementMetadata const&, StatementMetadata const&) = default;
};

struct StatementHeader {
    StatementMetadata metadata;
    catalog::VersionReference catalog; ///< "bio2@1.3"
    std::string catalog_title;
    friend bool operator==(StatementHeader const&, StatementHeader const&) = default;
};

/// How far a control is implemented, derived from the statuses of its measures.
enum class ControlImplementation : std::uint8_t {
    Excluded, ///< The control does not apply.
    NoMeasures, ///< Applicable, but the catalog has no measure to answer (or all are "niet van toepassing").
    NotImplemented, ///< No measure implemented or in progress.
    PartiallyImplemented, ///< Some measures implemented or in progress, not all implemented.
    Implemented, ///< Every applicable measure implemented.
};
/// "excluded", "no_measures", "not_implemented", "partially_implemented", "implemented"
std::string_view to_string(ControlImplementation implementation);

/// How many measures of a control stand at each status. An unanswered measure counts
/// as not started.
struct MeasureCounts {
    std::int32_t total = 0;
    std::int32_t not_started = 0;
    std::int32_t in_progress = 0;
    std::int32_t implemented = 0;
    std::int32_t not_applicable = 0;
    friend bool operator==(MeasureCounts const&, MeasureCounts const&) = default;
};

/// One row per ISO 27002:2022 control (all 93, in control order).
struct ControlRow {
    catalog::ControlNumber control;
    std::string label_nl;
    std::string label_en;
    bool answered = false; ///< The assessment has an applicability for it; otherwise the defaults below.
    bool applicable = true;
    std::vector<assessment::InclusionReason> reasons;
    std::string justification;
    std::optional<assessment::RiskReference> reference;
    ControlImplementation implementation = ControlImplementation::NotImplemented;
    MeasureCounts measures;
    friend bool operator==(ControlRow const&, ControlRow const&) = default;
};

/// One row per overheidsmaatregel of the catalog version (entries that are substantive
/// or references, catalog::is_measure), in number order.
struct MeasureRow {
    catalog::MeasureNumber measure;
    catalog::ItemKind kind = catalog::ItemKind::Substantive;
    bool answered = false; ///< The assessment has an answer; otherwise "niet gestart".
    assessment::MeasureStatus status = assessment::MeasureStatus::NotStarted;
    std::string owner;
    std::optional<Date> target_date;
    std::optional<int> maturity;
    std::string maturity_label; ///< The label of `maturity` on the organisation's scale.
    std::array<assessment::AspectAssessment, 3> aspects{}; ///< opzet, bestaan, werking.
    std::string not_applicable_reason;
    std::optional<assessment::RiskReference> reference;

    assessment::AspectAssessment const& aspect(assessment::Aspect which) const
    {
        return aspects[static_cast<std::size_t>(which)];
    }
    friend bool operator==(MeasureRow const&, MeasureRow const&) = default;
};

/// One entry of the bijlage uitzonderingen: an excluded control or a measure declared
/// "niet van toepassing" (a deviation from the baseline), with its justification and
/// the risk analysis it rests on.
struct VvtException {
    std::variant<catalog::ControlNumber, catalog::MeasureNumber> subject;
    std::string justification;
    std::optional<assessment::RiskReference> reference;

    bool is_control() const { return std::holds_alternative<catalog::ControlNumber>(subject); }
    /// "5.1" or "5.17.01"
    std::string number() const;
    /// A reference is present and not blank.
    bool has_reference() const;
    friend bool operator==(VvtException const&, VvtException const&) = default;
};

/// The VvT. Invariant (as built by build_statement): 93 control rows in control order,
/// measure rows in number order, exceptions with the controls first, then the measures,
/// each in number order.
struct StatementOfApplicability {
    StatementHeader header;
    IsmsScope scope;
    std::vector<ControlRow> controls;
    std::vector<MeasureRow> measures;
    std::vector<VvtException> exceptions;
    friend bool operator==(StatementOfApplicability const&, StatementOfApplicability const&) = default;
};

/// Generates the VvT of `assessment` against `catalog`. `controls` gives the labels
/// (BuiltinIndex::controls()); a control without a label gets empty labels.
/// Invalid when the assessment refers to another catalog version than `catalog`.
Result<StatementOfApplicability> build_statement(catalog::CatalogVersion const& catalog,
    std::vector<catalog::ControlInfo> const& controls, assessment::Assessment const& assessment, IsmsScope const& scope,
    StatementMetadata const& metadata);

/// Whether the VvT may be published: every exclusion and deviation in the bijlage
/// uitzonderingen must name its risk analysis (issue #5; ISO 27001 6.1.3 d asks for the
/// justification of exclusions). The Invalid error names every one that lacks it, not
/// only the first. The scope must pass check_isms_scope as well.
Result<void> check_publishable(StatementOfApplicability const& statement);

} // namespace bolwerk::domain::vvt
