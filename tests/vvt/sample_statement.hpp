#pragma once

// A VvT of a full BIO2 v1.3 assessment for export tests and the benchmark: every
// control answered, every measure of the built-in index answered with a spread of
// statuses, aspects and maturity, some exclusions and deviations, and text that tests
// the writers (commas, quotes, line breaks, accents, a long cell).

#include "domain/catalog/builtin_index.hpp"
#include "domain/vvt/statement.hpp"

#include <chrono>

namespace bolwerk::test_support {

inline domain::vvt::IsmsScope sample_scope()
{
    return {.statement = "Alle processen, systemen en locaties van de gemeente Voorbeeld, met uitzondering van het "
                         "sportbedrijf.",
        .processes
        = {{"Burgerzaken", "Paspoorten, rijbewijzen, BRP"}, {"Belastingen", "WOZ, \"heffingen\", kwijtschelding"},
            {"Sociaal domein", "Wmo, Jeugdwet, Participatiewet"}},
        .information_systems = {{"Zaaksysteem", "Zaakgericht werken"}, {"Burgerzakensysteem", "BRP-bijhouding"}},
        .locations = {{"Stadskantoor", "Markt 1, Voorbeeld"}, {"Rekencentrum", "Colocatie, twee zalen"}},
        .interfaces = {{"BRP-koppeling", "Met RvIG via Digikoppeling"}},
        .exclusions = {{"Sportbedrijf", "Eigen rechtspersoon met een eigen ISMS"}}};
}

inline domain::vvt::StatementMetadata sample_metadata()
{
    using namespace std::chrono;
    return {.organisation_name = "Gemeente Voorbeeld",
        .version_number = 3,
        .status = domain::vvt::StatementStatus::Approved,
        .approved_by = "M. Burgemeester",
        .approved_at = Timestamp{sys_days{year{2026} / 11 / 20} + hours{14}},
        .generated_at = Timestamp{sys_days{year{2026} / 11 / 25} + hours{9}}};
}

inline domain::assessment::MeasureAnswer sample_answer(domain::catalog::MeasureNumber number, std::size_t index)
{
    using namespace domain::assessment;
    using namespace std::chrono;
    MeasureAnswer answer{.measure = number};
    auto const date = Date{year{2026} / 9 / 1} + days{static_cast<int>(index % 60)};
    answer.owner = index % 3 == 0 ? "CISO" : (index % 3 == 1 ? "Teamleider ICT" : "Privacy officer, FG");
    answer.maturity = static_cast<int>(index % 6);
    if (index % 17 == 5) {
        answer.status = MeasureStatus::NotApplicable;
        answer.not_applicable_reason
            = "Geen eigen \"datacenter\"; hosting is uitbesteed, zie contract.\nBeoordeeld 2026";
        answer.reference = RiskReference{RiskReference::Kind::Document, "RA-2026-0" + std::to_string(index % 9)};
        return answer;
    }
    answer.status = std::array{MeasureStatus::Implemented, MeasureStatus::InProgress, MeasureStatus::NotStarted,
        MeasureStatus::Implemented}[index % 4];
    answer.target_date = Date{year{2027} / 3 / 31};
    if (answer.status == MeasureStatus::NotStarted)
        return answer;
    answer.aspect(Aspect::Design) = {AspectResult::Compliant, date, "A. de Vries", "Beleid vastgesteld, versie 2"};
    if (answer.status == MeasureStatus::Implemented) {
        answer.aspect(Aspect::Existence) = {AspectResult::Compliant, date + days{30}, "A. de Vries", ""};
        answer.aspect(Aspect::Operation) = {index % 2 == 0 ? AspectResult::Compliant : AspectResult::PartiallyCompliant,
            date + days{60}, "Auditdienst", "Steekproef van 25 wijzigingen; één afwijking"};
    }
    return answer;
}

/// The assessment of bio2@1.3 from the built-in index with every measure answered.
inline domain::assessment::Assessment sample_assessment(domain::catalog::CatalogVersion const& catalog)
{
    using namespace domain::assessment;
    Assessment assessment{.catalog = catalog.reference()};
    std::size_t index = 0;
    for (auto const& item : catalog.items()) {
        if (domain::catalog::is_measure(item.kind))
            assessment.measures.push_back(sample_answer(item.number, index++));
    }
    index = 0;
    for (auto const control : domain::catalog::ControlNumber::all()) {
        ControlApplicability applicability{.control = control};
        if (index % 23 == 7) {
            applicability.applicable = false;
            applicability.justification
                = "Niet van toepassing: de gemeente ontwikkelt zelf geen software; "
                  "alle ontwikkeling is uitbesteed aan leveranciers die ISO 27001-gecertificeerd "
                  "zijn. Dit is vastgelegd in de inkoopvoorwaarden en wordt jaarlijks getoetst "
                  "door de afdeling inkoop samen met de CISO en de privacy officer.";
            if (index != 7)
                applicability.reference = RiskReference{RiskReference::Kind::RiskAnalysis, std::to_string(index)};
        } else {
            applicability.reasons = {InclusionReason::Bio2Mandatory};
            if (index % 5 == 0)
                applicability.reasons.push_back(InclusionReason::RiskAnalysis);
        }
        assessment.controls.push_back(applicability);
        ++index;
    }
    return assessment;
}

/// The sample VvT; aborts (value() on an error) when the built-in index does not load.
inline domain::vvt::StatementOfApplicability sample_statement()
{
    auto const index = domain::catalog::BuiltinIndex::load().value();
    auto const* catalog = index.version({"bio2", "1.3"});
    return domain::vvt::build_statement(
        *catalog, index.controls(), sample_assessment(*catalog), sample_scope(), sample_metadata())
        .value();
}

} // namespace bolwerk::test_support
