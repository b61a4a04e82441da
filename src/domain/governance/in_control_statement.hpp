#pragma once

#include "common/result.hpp"
#include "domain/assessment/assessment.hpp"
#include "domain/governance/internal_audit.hpp"
#include "domain/governance/share.hpp"
#include "domain/role.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

// The In Control Verklaring (BIO2 5.36.01: a yearly statement, in the P&C cycle and
// coordinated by the CISO, on the whole of the entity's information security): the
// figures of its draft as a pure aggregation, and the steps from draft to signature.
namespace bolwerk::domain::governance {

/// One overheidsmaatregel as the gap analysis has it.
struct MeasureProof {
    bool applicable = true;
    assessment::AspectResult design = assessment::AspectResult::NotAssessed;
    assessment::AspectResult existence = assessment::AspectResult::NotAssessed;
    assessment::AspectResult operation = assessment::AspectResult::NotAssessed;
};

/// One risk of the register as far as the statement cares.
struct RiskFact {
    bool high = false; ///< Current level high or above.
    bool open = true; ///< Still above the appetite (not treated down).
    bool accepted = false; ///< Covered by a valid acceptance.
};

/// One audit finding as far as the statement cares.
struct FindingFact {
    FindingSeverity severity = FindingSeverity::Minor;
    bool open = true;
};

struct IcvInput {
    int year = 0;
    std::vector<MeasureProof> measures;
    std::vector<RiskFact> risks;
    std::vector<FindingFact> findings;
    std::size_t vvt_exceptions = 0; ///< Entries of the VvT's annex of exceptions.
};

/// The figures of the draft. A measure counts as proven in an aspect when that aspect
/// is assessed "voldoet"; the whole is the applicable measures.
struct IcvFigures {
    int year = 0;
    Share design;
    Share existence;
    Share operation;
    std::size_t open_high_risks = 0;
    std::size_t open_high_risks_accepted = 0;
    std::size_t major_findings_open = 0;
    std::size_t vvt_exceptions = 0;
};

IcvFigures icv_figures(IcvInput const& input);

/// Stored: "draft", "coordinated", "signed".
enum class IcvStage : std::uint8_t {
    Draft,
    Coordinated, ///< The CISO coordinated it (5.36.01).
    Signed, ///< The bestuurder signed it; immutable from here, like an approved VvT.
};
std::string_view to_string(IcvStage stage);

/// Whether `actor` may move a statement from `from` to `to`: draft → coordinated by the
/// CISO, coordinated → signed by a bestuurder, coordinated → draft to rework it. A
/// signed statement never changes: a new year gets a new statement.
Result<void> check_icv_step(IcvStage from, IcvStage to, Role actor);

} // namespace bolwerk::domain::governance
