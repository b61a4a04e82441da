#pragma once

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/catalog/catalog.hpp"
#include "domain/catalog/control_number.hpp"
#include "domain/catalog/measure_number.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The gap analysis of one organisation against one catalog version (issue #5): per
// ISO 27002 control whether it applies and why, and per overheidsmaatregel its status,
// owner, maturity and the three assessments opzet, bestaan and werking. Plain values
// and pure rules; the app layer stores them and the VvT is generated from them.
namespace bolwerk::domain::assessment {

/// Why a control is part of the ISMS (ISO 27001 6.1.3 d asks for the justification of
/// inclusion). Several may hold at once.
enum class InclusionReason : std::uint8_t {
    Bio2Mandatory, ///< "BIO2 verplicht": the baseline requires it.
    RiskAnalysis, ///< "Risicoanalyse": selected to treat a risk.
    LawOrContract, ///< "Wet of contract".
    OwnChoice, ///< "Eigen keuze".
};
inline constexpr std::array all_inclusion_reasons{InclusionReason::Bio2Mandatory, InclusionReason::RiskAnalysis,
    InclusionReason::LawOrContract, InclusionReason::OwnChoice};
/// "bio2_mandatory", "risk_analysis", "law_or_contract", "own_choice"
std::string_view to_string(InclusionReason reason);
Result<InclusionReason> parse_inclusion_reason(std::string_view text);

/// What an exclusion or deviation rests on: a risk analysis or a risk of the risk
/// register (by id), or, for organisations that keep their analyses elsewhere, a
/// document reference ("RA-2026-03, §4").
struct RiskReference {
    enum class Kind : std::uint8_t { RiskAnalysis, Risk, Document };
    Kind kind = Kind::Document;
    std::string value; ///< The id as text, or the document reference.
    friend bool operator==(RiskReference const&, RiskReference const&) = default;
};
/// "risk_analysis", "risk", "document"
std::string_view to_string(RiskReference::Kind kind);
Result<RiskReference::Kind> parse_risk_reference_kind(std::string_view text);

/// Whether one ISO 27002 control applies, with the reasons; an exclusion carries its
/// justification and (before the VvT can be published) a risk reference.
struct ControlApplicability {
    catalog::ControlNumber control;
    bool applicable = true;
    std::vector<InclusionReason> reasons; ///< Only for applicable controls.
    std::string justification; ///< Required for an exclusion.
    std::optional<RiskReference> reference; ///< Required for publication of an exclusion.
    std::int64_t version = 0; ///< Optimistic concurrency; 0 when never stored.
};

/// Implementation status of an overheidsmaatregel.
enum class MeasureStatus : std::uint8_t {
    NotStarted, ///< "niet gestart"
    InProgress, ///< "in uitvoering"
    Implemented, ///< "geïmplementeerd"
    NotApplicable, ///< "niet van toepassing": needs a reason (and a risk reference for the VvT).
};
inline constexpr std::array all_measure_statuses{
    MeasureStatus::NotStarted, MeasureStatus::InProgress, MeasureStatus::Implemented, MeasureStatus::NotApplicable};
/// "not_started", "in_progress", "implemented", "not_applicable"
std::string_view to_string(MeasureStatus status);
/// Accepts the names above and the Dutch labels. A status that would accept the risk
/// of not implementing a measure ("accepted", "risico geaccepteerd") is refused with
/// the rule that forbids it (BIO2 Deel 1: see catalog::check_measure_may_be_waived).
Result<MeasureStatus> parse_measure_status(std::string_view text);

/// The three things that are proven of a measure, in this order.
enum class Aspect : std::uint8_t {
    Design = 0, ///< "opzet": the measure is designed to meet the requirement.
    Existence = 1, ///< "bestaan": the measure is in place at a moment.
    Operation = 2, ///< "werking": the measure worked over a period.
};
inline constexpr std::array all_aspects{Aspect::Design, Aspect::Existence, Aspect::Operation};
/// "opzet", "bestaan", "werking" (the Dutch names are the terms of the trade)
std::string_view to_string(Aspect aspect);
Result<Aspect> parse_aspect(std::string_view text);

enum class AspectResult : std::uint8_t {
    NotAssessed, ///< "niet beoordeeld"
    Compliant, ///< "voldoet"
    PartiallyCompliant, ///< "voldoet deels"
    NonCompliant, ///< "voldoet niet"
};
inline constexpr std::array all_aspect_results{
    AspectResult::NotAssessed, AspectResult::Compliant, AspectResult::PartiallyCompliant, AspectResult::NonCompliant};
/// "not_assessed", "compliant", "partially_compliant", "non_compliant"
std::string_view to_string(AspectResult result);
/// Accepts the names above and the Dutch labels ("voldoet deels").
Result<AspectResult> parse_aspect_result(std::string_view text);

/// One assessment of opzet, bestaan or werking. Evidence is linked to the measure and
/// aspect in the evidence store, not held here.
struct AspectAssessment {
    AspectResult result = AspectResult::NotAssessed;
    std::optional<Date> date; ///< Required once assessed.
    std::string assessor; ///< Required once assessed.
    std::string note;
    friend bool operator==(AspectAssessment const&, AspectAssessment const&) = default;
};

/// A maturity scale: level i has labels[i]; the default is 0–5 with Dutch labels.
/// Invariant: 2–11 levels, each label non-empty.
struct MaturityScale {
    std::vector<std::string> labels;
    static MaturityScale standard();
    int highest() const { return static_cast<int>(labels.size()) - 1; }
};
Result<void> check_maturity_scale(MaturityScale const& scale);

/// The answer of an organisation for one overheidsmaatregel.
struct MeasureAnswer {
    catalog::MeasureNumber measure;
    MeasureStatus status = MeasureStatus::NotStarted;
    std::string owner;
    std::optional<Date> target_date;
    std::optional<int> maturity; ///< A level of the organisation's maturity scale.
    std::string not_applicable_reason; ///< Required when status is NotApplicable.
    std::optional<RiskReference> reference; ///< Required for publication when NotApplicable.
    std::array<AspectAssessment, 3> aspects{}; ///< Indexed by Aspect.
    bool needs_review = false; ///< Set by a catalog migration; cleared by saving the answer.
    std::string review_reason;
    std::int64_t version = 0; ///< Optimistic concurrency; 0 when never stored.

    AspectAssessment const& aspect(Aspect which) const { return aspects[static_cast<std::size_t>(which)]; }
    AspectAssessment& aspect(Aspect which) { return aspects[static_cast<std::size_t>(which)]; }
};

/// Checks a control's applicability before it is stored: an exclusion needs a
/// justification; an included control needs at least one reason. A missing risk
/// reference is allowed here (a draft) and refused at publication (check_publishable).
Result<void> check_control_applicability(ControlApplicability const& applicability);

/// Checks an answer before it is stored, given the kind of the measure in the catalog
/// version in force and the organisation's maturity scale:
/// - the measure must be one the organisation answers (substantive or reference);
/// - "niet van toepassing" needs a reason; for a substantive overheidsmaatregel this
///   is the only way not to implement it (BIO2 Deel 1);
/// - maturity lies on the scale;
/// - an assessed aspect has a date and an assessor;
/// - bestaan is assessed only after opzet, and werking only after bestaan, each with a
///   result other than "voldoet niet": what is not designed cannot exist, and what does
///   not exist cannot work. The message says which aspect is missing.
Result<void> check_measure_answer(MeasureAnswer const& answer, catalog::ItemKind kind, MaturityScale const& scale);

/// The assessment of one organisation against one catalog version: what is stored,
/// plus the catalog version it refers to (not owned here).
struct Assessment {
    catalog::VersionReference catalog;
    MaturityScale maturity_scale = MaturityScale::standard();
    std::vector<ControlApplicability> controls; ///< Every control that has been answered.
    std::vector<MeasureAnswer> measures; ///< Every measure that has been answered.

    ControlApplicability const* find(catalog::ControlNumber control) const;
    MeasureAnswer const* find(catalog::MeasureNumber measure) const;
};

} // namespace bolwerk::domain::assessment
