#include "app/assessment/demo_assessment.hpp"

#include "app/assessment/assessment_service.hpp"
#include "app/catalog_service.hpp"

#include <array>
#include <map>

namespace bolwerk::app {

namespace {

using namespace domain::assessment;
using domain::catalog::ControlNumber;
using domain::catalog::MeasureNumber;
using domain::catalog::Theme;

// How far one measure has come. A measure reaches its final stage now; a snapshot
// one quarter earlier is one stage behind, two quarters earlier two stages.
enum class Stage : int {
    Unanswered = 0,
    NotStarted = 1,
    InProgress = 2,
    Designed = 3, ///< Implemented; opzet assessed.
    Exists = 4, ///< Implemented; opzet and bestaan assessed.
    Works = 5, ///< Implemented; opzet, bestaan and werking assessed.
};

// The final stage of the i-th measure: a third done and proven, a fifth in progress,
// the rest not started or not answered yet.
constexpr std::array final_stages{Stage::Works, Stage::Exists, Stage::Works, Stage::Designed, Stage::Exists,
    Stage::InProgress, Stage::Works, Stage::NotStarted, Stage::InProgress, Stage::Designed, Stage::Unanswered,
    Stage::InProgress};

struct Exclusion {
    char const* control;
    char const* justification;
    char const* reference; ///< nullptr: the risk reference is still missing (the VvT refuses it).
};

// Exclusions a municipality that does no software development of its own could make.
constexpr std::array exclusions{
    Exclusion{"8.30", "De gemeente besteedt geen softwareontwikkeling uit; maatwerk wordt niet gebouwd.",
        "RA-2026-02 Risicoanalyse applicatielandschap, par. 3.4"},
    Exclusion{"8.31",
        "Er is geen eigen ontwikkelomgeving; leveranciers scheiden ontwikkel-, test- en productieomgeving.",
        "RA-2026-02 Risicoanalyse applicatielandschap, par. 3.5"},
    Exclusion{"7.6",
        "De gemeente heeft geen eigen serverruimte; het rekencentrum is uitbesteed aan de ICT-samenwerking.",
        "RA-2026-04 Risicoanalyse huisvesting, par. 2.1"},
    Exclusion{"8.28", "Er wordt geen programmatuur in eigen beheer geschreven.", nullptr},
};

Exclusion const* exclusion_of(ControlNumber control)
{
    for (auto const& exclusion : exclusions) {
        if (ControlNumber::parse(exclusion.control).value() == control)
            return &exclusion;
    }
    return nullptr;
}

std::string owner_of(MeasureNumber number, std::size_t index)
{
    switch (number.chapter()) {
    case 6: return index % 2 == 0 ? "HR-adviseur" : "Teamleider P&O";
    case 7: return "Facilitair manager";
    case 8: return index % 3 == 0 ? "Applicatiebeheerder Zaaksysteem" : "Teamleider ICT-beheer";
    default: break;
    }
    static constexpr std::array organisational{
        "CISO", "Informatiebeveiligingsadviseur", "Privacy officer", "Concerncontroller"};
    return organisational[index % organisational.size()];
}

ControlApplicability applicability_of(ControlNumber control, std::size_t index)
{
    ControlApplicability applicability{.control = control};
    if (auto const* exclusion = exclusion_of(control)) {
        applicability.applicable = false;
        applicability.justification = exclusion->justification;
        if (exclusion->reference)
            applicability.reference = RiskReference{RiskReference::Kind::Document, exclusion->reference};
        return applicability;
    }
    applicability.reasons.push_back(InclusionReason::Bio2Mandatory);
    if (index % 3 == 0)
        applicability.reasons.push_back(InclusionReason::RiskAnalysis);
    // Privacy and records: the AVG and the Archiefwet (ISO 27002 5.31–5.34).
    if (control.theme() == Theme::Organisational && control.number() >= 31 && control.number() <= 34)
        applicability.reasons.push_back(InclusionReason::LawOrContract);
    if (control.theme() == Theme::Technological && control.number() == 16)
        applicability.reasons.push_back(InclusionReason::OwnChoice);
    return applicability;
}

AspectAssessment assessed(AspectResult result, Date date, std::string note = {})
{
    return {result, date, "Auditteam Concern Control", std::move(note)};
}

// The answer of the index-th measure at `stage`, `quarters_ago` quarters before today.
std::optional<MeasureAnswer> answer_at(MeasureNumber number, std::size_t index, Stage stage, Date today)
{
    if (stage == Stage::Unanswered)
        return std::nullopt;
    MeasureAnswer answer{.measure = number};
    answer.owner = owner_of(number, index);
    auto const days = [&](int count) { return today + std::chrono::days{count}; };
    switch (stage) {
    case Stage::Unanswered: return std::nullopt;
    case Stage::NotStarted:
        answer.status = MeasureStatus::NotStarted;
        answer.maturity = index % 2 == 0 ? 0 : 1;
        answer.target_date = days(index % 4 == 0 ? -20 : 120);
        break;
    case Stage::InProgress:
        answer.status = MeasureStatus::InProgress;
        answer.maturity = 2;
        // Every third running measure is past its target date.
        answer.target_date = days(index % 3 == 0 ? -45 : 60 + static_cast<int>(index % 5) * 15);
        if (index % 4 == 1)
            answer.aspect(Aspect::Design)
                = assessed(AspectResult::NonCompliant, days(-30), "Procedure ontbreekt nog; wordt opgesteld.");
        else
            answer.aspect(Aspect::Design) = assessed(AspectResult::PartiallyCompliant, days(-30));
        break;
    case Stage::Designed:
    case Stage::Exists:
    case Stage::Works:
        answer.status = MeasureStatus::Implemented;
        answer.maturity = stage == Stage::Works ? 4 : 3;
        answer.aspect(Aspect::Design) = assessed(AspectResult::Compliant, days(-200));
        if (stage >= Stage::Exists)
            answer.aspect(Aspect::Existence)
                = assessed(index % 5 == 0 ? AspectResult::PartiallyCompliant : AspectResult::Compliant, days(-120));
        if (stage == Stage::Works)
            answer.aspect(Aspect::Operation)
                = assessed(AspectResult::Compliant, days(-20), "Steekproef over twee kwartalen, zie auditdossier.");
        break;
    }
    return answer;
}

MeasureAnswer not_applicable(MeasureNumber number, std::size_t index, Exclusion const& exclusion)
{
    MeasureAnswer answer{.measure = number, .status = MeasureStatus::NotApplicable};
    answer.owner = owner_of(number, index);
    answer.not_applicable_reason = std::string("Beheersmaatregel is uitgesloten: ") + exclusion.justification;
    if (exclusion.reference)
        answer.reference = RiskReference{RiskReference::Kind::Document, exclusion.reference};
    return answer;
}

Stage earlier(Stage stage, int quarters) { return static_cast<Stage>(std::max(0, static_cast<int>(stage) - quarters)); }

} // namespace

Result<std::string> set_up_demo_assessment(
    store::Database& database, Actor const& actor, Clock const& clock, OrganisationId organisation)
{
    auto catalogs = TRY(CatalogService::create(database, clock));
    AssessmentService service(database, clock, catalogs);
    if (TRY(service.started(actor, organisation)))
        return std::string("the demo assessment exists already; nothing changed");
    auto const assessment = TRY(service.start(actor, organisation));
    auto const version = TRY(catalogs.load(actor, assessment.catalog.to_string()));
    Date const today = std::chrono::floor<std::chrono::days>(clock.now());

    std::size_t index = 0;
    for (auto const control : ControlNumber::all())
        TRY(service.set_control(actor, organisation, applicability_of(control, index++), 0));

    // Three passes: two quarters ago, one quarter ago (each frozen), and now.
    std::map<MeasureNumber, std::int64_t> versions;
    std::size_t answered = 0;
    for (int quarters_ago = 2; quarters_ago >= 0; --quarters_ago) {
        index = 0;
        for (auto const& item : version.items()) {
            if (!domain::catalog::is_measure(item.kind))
                continue;
            auto const control = item.number.control();
            auto const* exclusion = control ? exclusion_of(*control) : nullptr;
            std::optional<MeasureAnswer> answer;
            if (exclusion)
                answer
                    = quarters_ago == 2 ? std::optional(not_applicable(item.number, index, *exclusion)) : std::nullopt;
            else
                answer = answer_at(
                    item.number, index, earlier(final_stages[index % final_stages.size()], quarters_ago), today);
            ++index;
            if (!answer)
                continue;
            auto& stored_version = versions[item.number];
            auto const saved = TRY(service.save_measure(actor, organisation, *answer, stored_version));
            stored_version = saved.version;
        }
        if (quarters_ago == 2)
            TRY(service.freeze(actor, organisation, "Q2 2026"));
        else if (quarters_ago == 1)
            TRY(service.freeze(actor, organisation, "Q3 2026"));
    }
    answered = versions.size();
    return "filled in a partly completed assessment against " + assessment.catalog.to_string() + " ("
        + std::to_string(ControlNumber::all().size()) + " controls, " + std::to_string(exclusions.size())
        + " excluded; " + std::to_string(answered) + " of " + std::to_string(version.measure_count())
        + " measures answered) with snapshots \"Q2 2026\" and \"Q3 2026\"";
}

} // namespace bolwerk::app
