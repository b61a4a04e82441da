#include "domain/supplier/contract.hpp"

#include "domain/supplier/enum_names.hpp"

#include <algorithm>

namespace bolwerk::domain {

namespace {

using supplier_detail::name_of;
using supplier_detail::NameTable;
using supplier_detail::parse_name;

constexpr std::size_t max_reference_length = 100;
constexpr std::size_t max_title_length = 200;
constexpr int max_notice_days = 3650;

constexpr NameTable<ContractStatus, 3> status_names{
    {{ContractStatus::Concept, "concept"}, {ContractStatus::Active, "actief"}, {ContractStatus::Ended, "beeindigd"}}};
constexpr NameTable<ClauseTopic, 4> topic_names{
    {{ClauseTopic::Availability, "beschikbaarheid"}, {ClauseTopic::Integrity, "integriteit"},
        {ClauseTopic::Confidentiality, "vertrouwelijkheid"}, {ClauseTopic::Other, "overig"}}};
constexpr NameTable<TermsHandling, 3> handling_names{{{TermsHandling::NotAssessed, "niet_beoordeeld"},
    {TermsHandling::Excluded, "uitgesloten"}, {TermsHandling::ConsequencesRecorded, "consequenties_vastgelegd"}}};
constexpr NameTable<ConsequenceDisposition, 3> disposition_names{{{ConsequenceDisposition::Accepted, "geaccepteerd"},
    {ConsequenceDisposition::Mitigated, "gemitigeerd"}, {ConsequenceDisposition::NeverAcceptable, "nooit_acceptabel"}}};
constexpr NameTable<DependencyDecision, 2> decision_names{
    {{DependencyDecision::Manageable, "beheersbaar"}, {DependencyDecision::NotManageable, "niet_beheersbaar"}}};

std::string trimmed(std::string const& text) { return std::string(trim(text)); }

bool is_cia_topic(ClauseTopic topic) { return topic != ClauseTopic::Other; }

Result<void> check_texts(ContractTerms const& terms)
{
    if (terms.reference.empty() || terms.reference.size() > max_reference_length)
        return Error::invalid("a contract needs a reference of 1–100 characters", {.field = "reference"});
    if (terms.title.empty() || terms.title.size() > max_title_length)
        return Error::invalid("a contract needs a title of 1–200 characters", {.field = "title"});
    if (terms.services.empty())
        return Error::invalid("a contract covers at least one service", {.field = "services"});
    return ok();
}

Result<void> check_clauses(std::vector<SecurityClause> const& clauses)
{
    for (std::size_t i = 0; i < clauses.size(); ++i) {
        auto const& clause = clauses[i];
        auto const field = "clauses[" + std::to_string(i) + "]";
        if (is_cia_topic(clause.topic) != clause.level.has_value())
            return Error::invalid(
                "a BIV clause has a level and any other clause has none", {.field = field + ".level"});
        if (clause.topic == ClauseTopic::Other && clause.text.empty())
            return Error::invalid("a further clause needs its text", {.field = field + ".text"});
    }
    return ok();
}

Result<void> check_triggers(std::vector<std::string> const& triggers)
{
    for (std::size_t i = 0; i < triggers.size(); ++i) {
        if (triggers[i].empty())
            return Error::invalid(
                "a termination trigger is empty", {.field = "termination_triggers[" + std::to_string(i) + "]"});
    }
    return ok();
}

void normalise(ContractTerms& terms)
{
    terms.reference = trimmed(terms.reference);
    terms.title = trimmed(terms.title);
    std::sort(terms.services.begin(), terms.services.end());
    terms.services.erase(std::unique(terms.services.begin(), terms.services.end()), terms.services.end());
    for (auto& clause : terms.clauses)
        clause.text = trimmed(clause.text);
    for (auto& trigger : terms.termination_triggers)
        trigger = trimmed(trigger);
    for (auto& consequence : terms.general_terms.consequences) {
        consequence.description = trimmed(consequence.description);
        consequence.note = trimmed(consequence.note);
    }
    if (terms.exit_strategy) {
        terms.exit_strategy->approach = trimmed(terms.exit_strategy->approach);
        terms.exit_strategy->data_return = trimmed(terms.exit_strategy->data_return);
    }
    if (terms.dependency_assessment)
        terms.dependency_assessment->decided_by = trimmed(terms.dependency_assessment->decided_by);
}

} // namespace

std::string_view to_string(ContractStatus status) { return name_of(status_names, status); }
Result<ContractStatus> parse_contract_status(std::string_view text)
{
    return parse_name(status_names, text, "status", "contract status");
}
std::string_view to_string(ClauseTopic topic) { return name_of(topic_names, topic); }
Result<ClauseTopic> parse_clause_topic(std::string_view text)
{
    return parse_name(topic_names, text, "topic", "clause topic");
}
std::string_view to_string(TermsHandling handling) { return name_of(handling_names, handling); }
Result<TermsHandling> parse_terms_handling(std::string_view text)
{
    return parse_name(handling_names, text, "general_terms.handling", "handling of general terms");
}
std::string_view to_string(ConsequenceDisposition disposition) { return name_of(disposition_names, disposition); }
Result<ConsequenceDisposition> parse_consequence_disposition(std::string_view text)
{
    return parse_name(disposition_names, text, "disposition", "disposition");
}
std::string_view to_string(DependencyDecision decision) { return name_of(decision_names, decision); }
Result<DependencyDecision> parse_dependency_decision(std::string_view text)
{
    return parse_name(decision_names, text, "dependency_assessment.decision", "dependency decision");
}

std::vector<SecurityClause> prefill_security_clauses(Cia const& required)
{
    return {{ClauseTopic::Availability, required.availability, {}}, {ClauseTopic::Integrity, required.integrity, {}},
        {ClauseTopic::Confidentiality, required.confidentiality, {}}};
}

Result<void> check_general_terms(GeneralTerms const& terms)
{
    if (terms.handling == TermsHandling::NotAssessed)
        return Error::invalid("the supplier's general terms are neither excluded nor assessed (BIO2 5.20.02)",
            {.field = "general_terms.handling"});
    if (terms.handling == TermsHandling::Excluded)
        return ok();
    if (terms.consequences.empty())
        return Error::invalid(
            "record the consequences of the general terms (BIO2 5.20.02)", {.field = "general_terms.consequences"});
    for (std::size_t i = 0; i < terms.consequences.size(); ++i) {
        auto const& consequence = terms.consequences[i];
        auto const field = "general_terms.consequences[" + std::to_string(i) + "]";
        if (trim(consequence.description).empty())
            return Error::invalid("describe the consequence", {.field = field + ".description"});
        bool const needs_note = consequence.disposition != ConsequenceDisposition::Accepted;
        if (needs_note && trim(consequence.note).empty())
            return Error::invalid(consequence.disposition == ConsequenceDisposition::Mitigated
                    ? "say how the consequence is mitigated"
                    : "say how the never-acceptable term is kept out of the agreement",
                {.field = field + ".note"});
    }
    return ok();
}

bool ExitStrategy::complete() const { return !trim(approach).empty() && !trim(data_return).empty(); }

Result<ContractTerms> ContractTerms::create(ContractTerms raw)
{
    normalise(raw);
    TRY(check_texts(raw));
    TRY(check_contract_term(raw.starts_on, raw.ends_on, raw.notice_days));
    TRY(check_clauses(raw.clauses));
    TRY(check_triggers(raw.termination_triggers));
    if (raw.dependency_assessment && raw.dependency_assessment->decided_by.empty())
        return Error::invalid("record who decided on the dependency", {.field = "dependency_assessment.decided_by"});
    return raw;
}

Result<void> check_contract_term(Date starts_on, std::optional<Date> ends_on, int notice_days)
{
    if (ends_on && *ends_on <= starts_on)
        return Error::invalid("the contract must end after it starts", {.field = "ends_on"});
    if (notice_days < 0 || notice_days > max_notice_days)
        return Error::invalid("the notice period is 0 to 3650 days", {.field = "notice_days"});
    if (ends_on && std::chrono::days{notice_days} > *ends_on - starts_on)
        return Error::invalid("the notice period is longer than the contract runs", {.field = "notice_days"});
    return ok();
}

std::optional<Date> notice_deadline(ContractTerms const& terms)
{
    if (!terms.ends_on)
        return std::nullopt;
    return *terms.ends_on - std::chrono::days{terms.notice_days};
}

Result<void> check_status_change(ContractStatus from, ContractStatus to)
{
    if (from == to)
        return ok();
    if (from == ContractStatus::Ended)
        return Error::conflict("an ended contract cannot change status");
    if (to == ContractStatus::Concept)
        return Error::conflict("a contract cannot go back to concept");
    return ok();
}

} // namespace bolwerk::domain
