#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/risk/information_system.hpp"
#include "domain/supplier/supplier_ids.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::domain {

/// Where a contract is in its life: concept (being negotiated), actief (in force;
/// reached only through the pre-contract gate, contract_gate.hpp), beëindigd.
enum class ContractStatus : std::uint8_t { Concept, Active, Ended };
std::string_view to_string(ContractStatus status); ///< "concept", "actief", "beeindigd"
Result<ContractStatus> parse_contract_status(std::string_view text);

/// The subject of a security clause. The three BIV aspects carry a level: the
/// contract states what the linked systems' classification demands (BIO2 5.19.01,
/// 5.20.01); "other" clauses hold any further requirement.
enum class ClauseTopic : std::uint8_t { Availability, Integrity, Confidentiality, Other };
std::string_view to_string(ClauseTopic topic); ///< "beschikbaarheid", "integriteit", "vertrouwelijkheid", "overig"
Result<ClauseTopic> parse_clause_topic(std::string_view text);

/// One security requirement written into the contract.
struct SecurityClause {
    ClauseTopic topic = ClauseTopic::Other;
    std::optional<CiaLevel> level; ///< Set for the BIV topics, absent for "other".
    std::string text; ///< The clause as agreed, or where it is in the contract.
    friend bool operator==(SecurityClause const&, SecurityClause const&) = default;
};

/// The BIV clauses a new contract starts with: one per aspect at the level the
/// linked systems demand (required_classification), with empty text for the
/// inkoper to fill in. The gate accepts them only once they have text.
std::vector<SecurityClause> prefill_security_clauses(Cia const& required);

/// How the supplier's general terms (algemene voorwaarden) were dealt with (BIO2
/// 5.20.02): excluded, or the consequences of accepting them judged one by one.
enum class TermsHandling : std::uint8_t { NotAssessed, Excluded, ConsequencesRecorded };
std::string_view to_string(TermsHandling handling); ///< "niet_beoordeeld", "uitgesloten", "consequenties_vastgelegd"
Result<TermsHandling> parse_terms_handling(std::string_view text);

/// What the organisation decided about one consequence of the supplier's terms
/// (5.20.02): accepted, mitigated, or never acceptable (then kept out of the agreement).
enum class ConsequenceDisposition : std::uint8_t { Accepted, Mitigated, NeverAcceptable };
std::string_view to_string(ConsequenceDisposition disposition); ///< "geaccepteerd", "gemitigeerd", "nooit_acceptabel"
Result<ConsequenceDisposition> parse_consequence_disposition(std::string_view text);

struct TermsConsequence {
    std::string description;
    ConsequenceDisposition disposition = ConsequenceDisposition::Accepted;
    /// For "mitigated": the mitigation. For "never acceptable": how it was kept out
    /// of the agreement (e.g. the article that overrides it).
    std::string note;
    friend bool operator==(TermsConsequence const&, TermsConsequence const&) = default;
};

struct GeneralTerms {
    TermsHandling handling = TermsHandling::NotAssessed;
    std::vector<TermsConsequence> consequences;
};

/// Whether the general terms are settled as 5.20.02 asks: excluded, or at least one
/// consequence recorded, each with a description, and a note for every mitigated or
/// never-acceptable one. Invalid names the field ("general_terms.consequences[0].note").
Result<void> check_general_terms(GeneralTerms const& terms);

/// The duties of the supplier that the BIO2 wants in every contract where
/// information is processed.
struct ContractDuties {
    bool reports_vulnerabilities_and_incidents = false; ///< 5.20.05, incl. data breaches
    bool right_to_audit = false; ///< 5.20.04: the organisation may audit (or have audited)
    bool yearly_independent_assurance = false; ///< 5.20.03: third-party reports, every year
    bool requirements_flow_down = false; ///< 5.21.03: the chain is bound by the same requirements
    bool reports_chain_changes = false; ///< 5.21.04: changes in the chain are passed on
};

/// The exit strategy (BIO2 5.20.06: a fixed part of the contract): how the service is
/// ended or moved, how data comes back and is deleted, and when the plan was last
/// checked against reality.
struct ExitStrategy {
    std::string approach;
    std::string data_return;
    std::optional<Date> last_checked;

    /// Both approach and data return are written down.
    bool complete() const;
};

/// The outcome of the dependency risk assessment before contracting (BIO2 5.20.06):
/// is the dependency on this supplier manageable?
enum class DependencyDecision : std::uint8_t { Manageable, NotManageable };
std::string_view to_string(DependencyDecision decision); ///< "beheersbaar", "niet_beheersbaar"
Result<DependencyDecision> parse_dependency_decision(std::string_view text);

/// A link to a risk analysis of the risk module and the decision drawn from it.
struct DependencyAssessment {
    RiskAnalysisId analysis{0};
    DependencyDecision decision = DependencyDecision::NotManageable;
    Date decided_on;
    std::string decided_by;
};

/// Everything about a contract that is negotiated and edited (Dutch: (inkoop)contract).
struct ContractTerms {
    std::string reference; ///< The contract number in the organisation's contract register.
    std::string title;
    std::vector<DeliveredServiceId> services; ///< Sorted, without duplicates; at least one.
    Date starts_on;
    std::optional<Date> ends_on; ///< None for a contract without an end date.
    int notice_days = 0; ///< Opzegtermijn in days.
    std::vector<SecurityClause> clauses;
    GeneralTerms general_terms;
    ContractDuties duties;
    /// Situations that may end the contract (BIO2 5.23.01 for cloud services).
    std::vector<std::string> termination_triggers;
    std::optional<ExitStrategy> exit_strategy;
    std::optional<DependencyAssessment> dependency_assessment;

    /// Checks and normalises what can be checked without other records: a reference
    /// and a title, at least one service, an end after the start, a notice period of
    /// 0–3650 days that fits inside the term, a level on exactly the BIV clauses,
    /// non-empty termination triggers, a decision maker on the dependency assessment.
    /// Incompleteness (no exit strategy yet, clauses without text) is allowed in a
    /// concept; the gate reports it. Each error names its field.
    static Result<ContractTerms> create(ContractTerms raw);
};

/// The rules of a contract's term on their own (for importers that read dates before
/// services are known): the end after the start, a notice period of 0–3650 days that
/// fits inside the term. Errors name "ends_on" or "notice_days".
Result<void> check_contract_term(Date starts_on, std::optional<Date> ends_on, int notice_days);

/// A contract with a supplier in the register (BIO2 5.22.02).
struct Contract {
    ContractId id{0};
    OrganisationId organisation_id{0};
    SupplierId supplier_id{0};
    ContractTerms terms;
    ContractStatus status = ContractStatus::Concept;
    Timestamp created_at;
    Timestamp updated_at;
    std::int64_t version = 1;
};

/// The last day on which notice can be given so that the contract ends on its end
/// date; none for a contract without an end date.
std::optional<Date> notice_deadline(ContractTerms const& terms);

/// Whether a status change is allowed at all: concept → actief (after the gate),
/// concept → beëindigd (never signed), actief → beëindigd. An ended contract stays
/// ended (Conflict); nothing goes back to concept.
Result<void> check_status_change(ContractStatus from, ContractStatus to);

} // namespace bolwerk::domain
