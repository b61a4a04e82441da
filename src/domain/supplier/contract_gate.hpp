#pragma once

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/risk/methodology.hpp"
#include "domain/risk/risk_analysis.hpp"
#include "domain/supplier/contract.hpp"
#include "domain/supplier/delivered_service.hpp"
#include "domain/supplier/sub_supplier_chain.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::domain {

/// One thing a contract lacks before it may become "actief" (Dutch: voorafgaand aan
/// het afsluiten), with the measure that asks for it (gate_item_measure).
enum class GateItem : std::uint8_t {
    DependencyAssessmentMissing, ///< 5.20.06: no dependency risk assessment linked.
    DependencyAssessmentNotCompleted, ///< 5.20.06: its risk analysis is not "afgerond".
    DependencyNotManageable, ///< 5.20.06: the assessment found the dependency unmanageable.
    ExitStrategyMissing, ///< 5.20.06: no exit strategy, or one without approach or data return.
    ChainNotDisclosed, ///< 5.21.02: the supplier has not disclosed a service's chain.
    ChainNotJudged, ///< 5.21.02: the organisation has not judged a disclosed chain.
    ChainNotAcceptable, ///< 5.21.02: the chain's risks were judged not acceptable.
    SecurityClauseMissing, ///< 5.19.01, 5.20.01: a BIV aspect lacks a clause at the required level.
    GeneralTermsNotSettled, ///< 5.20.02
    IncidentReportingDutyMissing, ///< 5.20.05
    RightToAuditMissing, ///< 5.20.04
    AssuranceDutyMissing, ///< 5.20.03
    FlowDownMissing, ///< 5.21.03: the requirements do not bind the chain of sub-suppliers.
    ChainChangeDutyMissing, ///< 5.21.04: changes in the chain need not be passed on.
    TerminationTriggersMissing, ///< 5.23.01: a cloud service without the situations that end the contract.
};

std::string_view to_string(GateItem item); ///< "dependency_assessment_missing", … (message keys)
Result<GateItem> parse_gate_item(std::string_view text);
/// The overheidsmaatregel that asks for the item ("5.20.06"; "5.19.01" for clauses).
std::string_view gate_item_measure(GateItem item);

/// One missing item; `subject` says where (the name of the service of a chain, the
/// BIV aspect of a clause, e.g. "vertrouwelijkheid") and is empty for items about the
/// contract as a whole. `level` is the level a missing BIV clause must state.
struct GateFinding {
    GateItem item;
    std::string subject;
    std::optional<CiaLevel> level;
    friend bool operator==(GateFinding const&, GateFinding const&) = default;
};

/// What the gate looks at besides the contract's own terms. The caller loads it.
struct GateInput {
    ContractTerms const& terms;
    /// The services the contract covers (the ids in terms.services).
    std::vector<DeliveredService> const& services;
    /// The effective classifications of the register (effective_classifications).
    std::map<InformationSystemId, Cia> const& classifications;
    /// The status of the risk analysis terms.dependency_assessment points to; absent
    /// when there is no assessment or the analysis no longer exists.
    std::optional<RiskAnalysisStatus> analysis_status;
    /// One per service at most. Whether the disclosed nodes may be excluded from a
    /// requirement is checked when they are recorded (check_chain_node).
    std::vector<ChainDisclosure> const& disclosures;
};

/// The outcome of the gate: every missing item, in the order of GateItem and then
/// by subject, so that a refusal names all of them at once.
struct GateResult {
    std::vector<GateFinding> missing;
    bool passed() const { return missing.empty(); }
};

/// The pre-contract gate (BIO2 5.19.01, 5.20.01–06, 5.21.02–03, 5.23.01): what the
/// contract still lacks before it may be signed. Pure; never refuses, only reports.
GateResult check_contract_gate(GateInput const& input);

/// A recorded decision to activate a contract although the gate found items missing
/// (Dutch: afwijkingsbesluit). Every waived item is named; nothing is waived silently.
struct GateDeviation {
    std::string decided_by; ///< The person's name as recorded.
    AcceptanceAuthority authority = AcceptanceAuthority::ProcessOwner;
    Date decided_on;
    std::string reason;
    std::vector<GateItem> waived;
};

/// Who must decide a deviation for a contract of this criticality: the authority the
/// risk methodology's appetite asks for a residual risk of the same level (laag →
/// laag, midden → midden, hoog → hoog), and never less than the proceseigenaar,
/// because a gap in a contract is a risk that someone accountable takes.
AcceptanceAuthority required_deviation_authority(RiskMethodology const& methodology, Criticality criticality);

/// May the contract become "actief"? Yes when the gate passed. Otherwise only with
/// a deviation that (a) was decided by at least the required authority (Forbidden
/// names it), (b) names who decided and gives a reason of at least 20 characters, and
/// (c) waives every missing item;
/// the Conflict without a deviation, or with one that leaves items open, names every
/// open item with its measure.
Result<void> authorise_activation(GateResult const& result, std::optional<GateDeviation> const& deviation,
    RiskMethodology const& methodology, Criticality criticality);

/// "no completed dependency risk assessment (5.20.06)", … : the English text of an
/// item for errors, logs and the CLI; pages use the message catalog by to_string().
std::string describe(GateFinding const& finding);

} // namespace bolwerk::domain
