#include "app/risk/risk_json.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::app {

namespace {

using Json = nlohmann::json;

Json score_to_json(domain::RiskScore const& score)
{
    return {{"likelihood", score.likelihood}, {"impact", score.impact}, {"level", domain::to_string(score.level)}};
}

Json optional_date(std::optional<Date> const& date) { return date ? Json(format_date(*date)) : Json(); }

} // namespace

Json cia_to_json(domain::Cia const& cia)
{
    return {{"availability", domain::to_string(cia.availability)}, {"integrity", domain::to_string(cia.integrity)},
        {"confidentiality", domain::to_string(cia.confidentiality)}};
}

Json risk_to_json(domain::Risk const& risk)
{
    auto impacts = Json::object();
    for (auto const& impact : risk.inherent_impacts)
        impacts[impact.area] = impact.impact;
    auto systems = Json::array();
    for (auto const system : risk.systems)
        systems.push_back(system.value());
    auto measures = Json::array();
    for (auto const& measure : risk.planned_measures)
        measures.push_back({{"description", measure.description}, {"owner", measure.owner},
            {"due", optional_date(measure.due)}, {"done", measure.done}});
    return {{"id", risk.id.value()}, {"title", risk.title}, {"threat", risk.threat},
        {"vulnerability", risk.vulnerability}, {"owner", risk.owner}, {"systems", systems},
        {"inherent_impacts", impacts}, {"inherent", score_to_json(risk.inherent)},
        {"residual", risk.residual ? score_to_json(*risk.residual) : Json()},
        {"existing_controls", risk.existing_controls}, {"treatment", domain::to_string(risk.treatment)},
        {"planned_measures", measures}, {"review_due", optional_date(risk.review_due)},
        {"created_at", format_timestamp(risk.created_at)}, {"updated_at", format_timestamp(risk.updated_at)},
        {"version", risk.version}};
}

Json system_to_json(domain::InformationSystem const& system)
{
    auto depends_on = Json::array();
    for (auto const dependency : system.depends_on)
        depends_on.push_back(dependency.value());
    return {{"id", system.id.value()}, {"name", system.name}, {"owner", system.owner},
        {"description", system.description}, {"classification", cia_to_json(system.classification)},
        {"internet_facing", system.internet_facing}, {"operational_technology", system.operational_technology},
        {"cloud", system.cloud}, {"critical_for_service_delivery", system.critical_for_service_delivery},
        {"depends_on", depends_on}, {"classified_at", format_timestamp(system.classified_at)},
        {"version", system.version}};
}

Json analysis_to_json(domain::RiskAnalysis const& analysis)
{
    return {{"id", analysis.id.value()}, {"kind", domain::to_string(analysis.kind)},
        {"system", analysis.system ? Json(analysis.system->value()) : Json()}, {"process", analysis.process},
        {"held_on", format_date(analysis.held_on)}, {"participants", analysis.participants},
        {"status", domain::to_string(analysis.status)}, {"summary", analysis.summary}, {"version", analysis.version}};
}

Json acceptance_to_json(domain::RiskAcceptance const& acceptance)
{
    return {{"id", acceptance.id.value()}, {"risk", acceptance.risk_id.value()},
        {"accepted_by", acceptance.accepted_by}, {"authority", domain::to_string(acceptance.authority)},
        {"level", domain::to_string(acceptance.level)}, {"accepted_on", format_date(acceptance.accepted_on)},
        {"valid_until", format_date(acceptance.valid_until)}, {"reason", acceptance.reason},
        {"waived_measures", acceptance.waived_measures}};
}

Json task_to_json(domain::RiskTask const& task)
{
    return {{"kind", domain::to_string(task.kind)}, {"system", task.system ? Json(task.system->value()) : Json()},
        {"risk", task.risk ? Json(task.risk->value()) : Json()}, {"subject", task.subject}};
}

} // namespace bolwerk::app
