#pragma once

#include "domain/assessment/assessment.hpp"

namespace bolwerk::domain::assessment {

/// How an overheidsmaatregel stands in the VvT, the dashboards and the gap list, given
/// its own answer and the applicability of its control (issue #13 item 2).
///
/// ISO/IEC 27001 6.1.3 d and BIO2 Deel 1 (§ Verklaring van toepasselijkheid): the VvT
/// states per control whether it applies; the overheidsmaatregelen are the BIO2's
/// minimum for an *applicable* control. A control that is excluded therefore takes its
/// measures with it: they are "uitgesloten (n.v.t.)", never "geïmplementeerd", and are
/// not counted as implemented, open or overdue, whatever their stored answer says (the
/// answer is kept, so that including the control again restores it).
struct MeasureStanding {
    /// The status that is shown and counted: NotApplicable under an excluded control,
    /// the stored status otherwise.
    MeasureStatus status = MeasureStatus::NotStarted;
    /// Shown as "uitgesloten (n.v.t.)": the control's exclusion is the justification,
    /// so the measure is no deviation of its own in the bijlage uitzonderingen.
    bool excluded_with_control = false;

    bool counts_as_implemented() const { return status == MeasureStatus::Implemented; }
    friend bool operator==(MeasureStanding const&, MeasureStanding const&) = default;
};

/// The one rule: `stored` is the measure's own status (NotStarted when unanswered),
/// `control` its control's applicability (nullptr when never answered: it applies).
MeasureStanding measure_standing(MeasureStatus stored, ControlApplicability const* control);

/// What excluding a control would change in the statement, to show before the
/// exclusion is saved (issue #13 item 2). Risks that rely on the control come from the
/// risk register and are added by the use case.
struct ExclusionConsequences {
    /// The substantive overheidsmaatregelen under the control: the BIO2's minimum for
    /// the control (BIO2 Deel 1), which the exclusion takes out of the statement.
    std::vector<catalog::MeasureNumber> mandatory;
    /// The answers under the control that say more than "niet gestart": a status or an
    /// assessed opzet, bestaan or werking. They are kept but show "uitgesloten (n.v.t.)".
    std::vector<MeasureAnswer> answered;
    /// Whether the control is now included as "BIO2 verplicht": an exclusion has no
    /// reasons for inclusion, so that reason goes (check_control_applicability).
    bool included_as_mandatory = false;
    /// Whether the control is already excluded (nothing new is lost).
    bool already_excluded = false;
};

ExclusionConsequences exclusion_consequences(
    catalog::CatalogVersion const& catalog, Assessment const& assessment, catalog::ControlNumber control);

} // namespace bolwerk::domain::assessment
