#include "domain/governance/obligation_rule.hpp"

#include "domain/catalog/clause_number.hpp"
#include "domain/catalog/measure_number.hpp"

#include <set>
#include <string>

namespace bolwerk::domain::governance {

namespace {

using namespace std::chrono;
using enum Recurrence;
using enum Subject;

constexpr RuleSource measure(std::string_view number) { return {SourceKind::Measure, number}; }
constexpr RuleSource clause(std::string_view number) { return {SourceKind::Clause, number}; }

bool is_event(Subject subject)
{
    return subject == NewEmployee || subject == SevereAdvisory || subject == UninstalledAdvisory;
}

} // namespace

// Every periodic or time-bound duty, checked against BIO2 deel 2 v1.3 (2026-01-09).
// Periods and anchors marked OurDefault are not in the text; everything else is.
std::vector<ObligationRule> const& obligation_rules()
{
    static std::vector<ObligationRule> const rules{
        // 5.01.02: at least yearly, in step with the board's and the P&C cycles.
        {"policy-review", measure("5.01.02"), "Informatiebeveiligingsbeleid beoordelen",
            "Review the information security policy", yearly, PeriodBasis::Text, FixedCalendar, Organisation,
            Role::Ciso, std::nullopt, true},
        // 5.04.01: board and staff train "regelmatig"; yearly is our default.
        {"board-training", measure("5.04.01"), "Scholing bestuurder", "Board member training", yearly,
            PeriodBasis::OurDefault, FromCompletion, BoardMember, Role::Bestuurder},
        // 5.05.01: the overview of contacts with authorities, updated at least yearly.
        {"authority-contacts", measure("5.05.01"), "Overzicht contacten met instanties actualiseren",
            "Update the overview of contacts with authorities", yearly, PeriodBasis::Text, FromCompletion, Organisation,
            Role::Ciso},
        // 5.14.05: RIO registration of public websites, updated at least every six months.
        {"rio-registration", measure("5.14.05"), "Registratie in RIO actualiseren",
            "Update the RIO registration of public websites", six_monthly, PeriodBasis::Text, FromCompletion,
            Organisation, Role::Ciso},
        // 5.18.02: all access rights reviewed at least once a year; a risk analysis may
        // ask for sooner (SystemFact::access_review_months).
        {"access-review", measure("5.18.02"), "Toegangsrechten beoordelen", "Review access rights", yearly,
            PeriodBasis::Text, FromCompletion, InformationSystem, Role::Lijnmanager},
        // 5.20.03: the supplier demonstrates compliance again every year.
        {"supplier-assurance", measure("5.20.03"), "Assurance van leverancier ontvangen",
            "Receive the supplier's assurance report", yearly, PeriodBasis::Text, FromCompletion, Supplier,
            Role::Lijnmanager},
        // 5.22.01: the proceseigenaar reviews yearly that the supplier complies.
        {"supplier-review", measure("5.22.01"), "Leverancier jaarlijks beoordelen", "Review the supplier yearly",
            yearly, PeriodBasis::Text, FromCompletion, Supplier, Role::Lijnmanager},
        // 5.23.01: cloud policy revised at least once every three years.
        {"cloud-policy-review", measure("5.23.01"), "Cloudbeleid herzien", "Revise the cloud policy", three_yearly,
            PeriodBasis::Text, FromCompletion, Organisation, Role::Ciso, std::nullopt, false,
            Condition::UsesCloudServices},
        // 5.24.04: the proceseigenaar reports the follow-up of incidents monthly; due
        // on the 10th for the month before (the day is our default).
        {"incident-follow-up", measure("5.24.04"), "Maandrapportage opvolging incidenten",
            "Monthly incident follow-up report", monthly, PeriodBasis::Text, FixedCalendar, Organisation,
            Role::Lijnmanager, January / 10},
        // 5.30.01: continuity plans tested yearly by the proceseigenaar.
        {"continuity-test", measure("5.30.01"), "Continuïteitsplannen testen", "Test the continuity plans", yearly,
            PeriodBasis::Text, FromCompletion, Organisation, Role::Lijnmanager},
        // 5.30.02: the overview of critical systems updated at least every three years.
        {"critical-systems-review", measure("5.30.02"), "Overzicht kritieke systemen actualiseren",
            "Update the overview of critical systems", three_yearly, PeriodBasis::Text, FromCompletion, Organisation,
            Role::Lijnmanager},
        // 5.35.02: a yearly audit plan; adopted by the end of January (our default).
        {"audit-plan", measure("5.35.02"), "Auditplan vaststellen", "Adopt the audit plan", yearly, PeriodBasis::Text,
            FixedCalendar, Organisation, Role::Ciso, January / 31},
        // 5.36.01: a yearly In Control Verklaring in the P&C cycle.
        {"in-control-statement", measure("5.36.01"), "In Control Verklaring afgeven", "Issue the In Control Statement",
            yearly, PeriodBasis::Text, FixedCalendar, Organisation, Role::Bestuurder, std::nullopt, true},
        // 6.03.02: awareness training within three months of joining.
        {"awareness-training", measure("6.03.02"), "Training I-bewustzijn na indiensttreding",
            "Awareness training after joining", three_months, PeriodBasis::Text, Event, NewEmployee, Role::Lijnmanager},
        // 8.02.01: special privileges reviewed at least every quarter (calendar quarters).
        {"privileged-access-review", measure("8.02.01"), "Speciale bevoegdheden beoordelen",
            "Review special privileges", quarterly, PeriodBasis::Text, FixedCalendar, Organisation, Role::Ciso,
            March / 31},
        // 8.08.01: high likelihood of abuse and high damage: mitigate within a week.
        {"severe-vulnerability", measure("8.08.01"), "Ernstige kwetsbaarheid mitigeren",
            "Mitigate a severe vulnerability", one_week, PeriodBasis::Text, Event, SevereAdvisory, Role::Lijnmanager,
            std::nullopt, false, Condition::Always, urgent_escalation},
        // 8.08.03: a patch not installed within a week (8.08.01's week) needs mitigating
        // measures from an explicit risk assessment; the text names the week, not a
        // separate deadline for the measures.
        {"unpatched-vulnerability", measure("8.08.03"), "Mitigerende maatregelen bij uitblijvende patch",
            "Mitigate a patch not installed within a week", one_week, PeriodBasis::Text, Event, UninstalledAdvisory,
            Role::Lijnmanager, std::nullopt, false, Condition::Always, urgent_escalation},
        // 8.08.04: information systems checked yearly "waar mogelijk".
        {"technical-compliance-check", measure("8.08.04"), "Technische naleving controleren",
            "Check technical compliance", yearly, PeriodBasis::Text, FromCompletion, InformationSystem,
            Role::Lijnmanager},
        // 8.08.05: every internet-facing system tested at least yearly (the test per
        // release is the release gate's, not a dated duty).
        {"internet-facing-test", measure("8.08.05"), "Internetfacing systeem testen", "Test the internet-facing system",
            yearly, PeriodBasis::Text, FromCompletion, InternetFacingSystem, Role::Lijnmanager},
        // 8.13.04: the restore procedure tested at least yearly (or after a big change).
        {"restore-test", measure("8.13.04"), "Herstelprocedure testen", "Test the restore procedure", yearly,
            PeriodBasis::Text, FromCompletion, Organisation, Role::Lijnmanager},
        // ISO/IEC 27001 9.2 and 9.3 ask for "planned intervals"; yearly is our default.
        {"internal-audit", clause("9.2"), "Interne audit uitvoeren", "Carry out the internal audit", yearly,
            PeriodBasis::OurDefault, FromCompletion, Organisation, Role::Ciso},
        {"management-review", clause("9.3"), "Directiebeoordeling houden", "Hold the management review", yearly,
            PeriodBasis::OurDefault, FromCompletion, Organisation, Role::Bestuurder},
    };
    return rules;
}

Result<void> check_obligation_rules(std::vector<ObligationRule> const& rules)
{
    std::set<std::string_view> ids;
    for (auto const& rule : rules) {
        auto const where = [&](std::string const& message) {
            return Error::invalid("rule '" + std::string(rule.id) + "': " + message, {.field = std::string(rule.id)});
        };
        if (rule.id.empty() || !ids.insert(rule.id).second)
            return where("the id is empty or used twice");
        bool const source_ok = rule.source.kind == SourceKind::Measure
            ? catalog::MeasureNumber::parse(rule.source.number).has_value()
            : catalog::ClauseNumber::parse(rule.source.number).has_value();
        if (!source_ok)
            return where("'" + std::string(rule.source.number) + "' is not a valid source");
        if (rule.period.count <= 0)
            return where("the period is not positive");
        if (rule.recurrence == FixedCalendar
            && (rule.period.unit != Period::Unit::Months || (!rule.anchor && !rule.follows_planning_cycle)))
            return where("a fixed-calendar rule counts in months from an anchor date");
        if ((rule.recurrence == Event) != is_event(rule.subject))
            return where("event rules and event subjects go together");
        if (rule.escalation && !check_escalation_policy(*rule.escalation))
            return where("its escalation chain is not valid");
    }
    return ok();
}

} // namespace bolwerk::domain::governance
