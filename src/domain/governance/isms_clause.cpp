#include "domain/governance/isms_clause.hpp"

#include "common/calendar.hpp"
#include "common/named_enum.hpp"

namespace bolwerk::domain::governance {

namespace {

using assessment::AspectResult;
using enum ClauseProof;

constexpr std::array proof_names{EnumName<ClauseProof>{Assessment, "assessment"},
    EnumName<ClauseProof>{InternalAudits, "internal_audits"},
    EnumName<ClauseProof>{ManagementReviews, "management_reviews"},
    EnumName<ClauseProof>{CorrectiveActions, "corrective_actions"},
    EnumName<ClauseProof>{GovernanceRecords, "governance_records"}};

AspectResult result_of(bool compliant) { return compliant ? AspectResult::Compliant : AspectResult::NonCompliant; }

AspectResult result_of(std::size_t met, std::size_t of)
{
    if (met == of)
        return AspectResult::Compliant;
    return met == 0 ? AspectResult::NonCompliant : AspectResult::PartiallyCompliant;
}

bool recent(std::optional<Date> day, Date today) { return day && *day > add_months(today, -12) && *day <= today; }

DerivedClauseAssessment audits(GovernanceEvidence const& evidence, Date today)
{
    return {result_of(recent(evidence.audit_plan_adopted_on, today)),
        result_of(evidence.last_audit_completed_on.has_value()),
        result_of(recent(evidence.last_audit_completed_on, today))};
}

DerivedClauseAssessment reviews(GovernanceEvidence const& evidence, Date today)
{
    return {AspectResult::NotAssessed, result_of(evidence.last_review_approved_on.has_value()),
        result_of(recent(evidence.last_review_approved_on, today))};
}

DerivedClauseAssessment corrective_actions(GovernanceEvidence const& evidence)
{
    auto const total = evidence.corrective_actions;
    DerivedClauseAssessment derived{AspectResult::NotAssessed, result_of(total > 0)};
    if (total > 0) {
        auto const lagging
            = std::min(total, evidence.corrective_actions_overdue + evidence.corrective_actions_unverified);
        derived.operation = result_of(total - lagging, total);
    }
    return derived;
}

DerivedClauseAssessment leadership(GovernanceEvidence const& evidence, Date today)
{
    bool const trained
        = evidence.board_members > 0 && evidence.board_members_trained_in_last_year >= evidence.board_members;
    std::size_t const operating = (recent(evidence.policy_approved_on, today) ? 1u : 0u) + (trained ? 1u : 0u);
    return {AspectResult::NotAssessed, result_of(evidence.policy_approved_on.has_value()), result_of(operating, 2)};
}

DerivedClauseAssessment roles(GovernanceEvidence const& evidence)
{
    std::size_t const recorded = (evidence.ciso_appointed ? 1u : 0u) + (evidence.roles_recorded ? 1u : 0u);
    return {AspectResult::NotAssessed, result_of(recorded, 2)};
}

} // namespace

std::string_view to_string(ClauseProof proof) { return enum_name(proof_names, proof); }

std::vector<IsmsClause> const& isms_clauses()
{
    static std::vector<IsmsClause> const clauses{
        {"4.1", "Organisatie en haar context", "The organisation and its context"},
        {"4.2", "Belanghebbenden en hun eisen", "Interested parties and their requirements"},
        {"4.3", "Reikwijdte van het ISMS", "Scope of the ISMS"},
        {"4.4", "Het ISMS", "The ISMS"},
        {"5.1", "Leiderschap en betrokkenheid", "Leadership and commitment", GovernanceRecords},
        {"5.2", "Beleid", "Policy"},
        {"5.3", "Rollen, verantwoordelijkheden en bevoegdheden", "Roles, responsibilities and authorities",
            GovernanceRecords},
        {"6.1", "Omgaan met risico's en kansen", "Addressing risks and opportunities"},
        {"6.2", "Doelstellingen en plannen", "Objectives and planning"},
        {"6.3", "Wijzigingen plannen", "Planning of changes"},
        {"7.1", "Middelen", "Resources"},
        {"7.2", "Competentie", "Competence"},
        {"7.3", "Bewustzijn", "Awareness"},
        {"7.4", "Communicatie", "Communication"},
        {"7.5", "Gedocumenteerde informatie", "Documented information"},
        {"8.1", "Operationele planning en beheersing", "Operational planning and control"},
        {"8.2", "Risicobeoordeling uitvoeren", "Performing risk assessment"},
        {"8.3", "Risicobehandeling uitvoeren", "Performing risk treatment"},
        {"9.1", "Monitoren, meten, analyseren en evalueren", "Monitoring, measurement, analysis and evaluation"},
        {"9.2", "Interne audit", "Internal audit", InternalAudits},
        {"9.3", "Directiebeoordeling", "Management review", ManagementReviews},
        {"10.1", "Continue verbetering", "Continual improvement"},
        {"10.2", "Afwijkingen en corrigerende maatregelen", "Nonconformity and corrective action", CorrectiveActions},
    };
    return clauses;
}

Result<IsmsClause> find_isms_clause(catalog::ClauseNumber const& number)
{
    auto const text = number.to_string();
    for (auto const& clause : isms_clauses()) {
        if (clause.number == text)
            return clause;
    }
    return Error::not_found("clause " + text + " is not one of the ISMS requirements 4.1 to 10.2");
}

std::optional<DerivedClauseAssessment> derive_clause_assessment(
    IsmsClause const& clause, GovernanceEvidence const& evidence, Date today)
{
    switch (clause.proof) {
    case InternalAudits: return audits(evidence, today);
    case ManagementReviews: return reviews(evidence, today);
    case CorrectiveActions: return corrective_actions(evidence);
    case GovernanceRecords: return clause.number == "5.1" ? leadership(evidence, today) : roles(evidence);
    case Assessment: break;
    }
    return std::nullopt;
}

} // namespace bolwerk::domain::governance
