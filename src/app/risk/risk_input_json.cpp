#include "app/risk/risk_input_json.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::app {

namespace {

using Json = nlohmann::json;

Json const* member(Json const& body, std::string const& name)
{
    auto const found = body.find(name);
    return found == body.end() ? nullptr : &*found;
}

Result<void> read_string(Json const& body, std::string const& name, std::string& target)
{
    auto const* value = member(body, name);
    if (value == nullptr)
        return ok();
    if (value->is_null()) {
        target.clear();
        return ok();
    }
    if (!value->is_string())
        return Error::invalid("'" + name + "' must be a string", {.field = name});
    target = value->get<std::string>();
    return ok();
}

Result<int> integer_of(Json const& value, std::string const& field)
{
    if (!value.is_number_integer())
        return Error::invalid("'" + field + "' must be a whole number", {.field = field});
    auto const number = value.get<std::int64_t>();
    if (number < -1000 || number > 1000)
        return Error::invalid("'" + field + "' is off every scale", {.field = field});
    return static_cast<int>(number);
}

Result<void> read_optional_int(Json const& body, std::string const& name, std::optional<int>& target)
{
    auto const* value = member(body, name);
    if (value == nullptr)
        return ok();
    if (value->is_null()) {
        target.reset();
        return ok();
    }
    target = TRY(integer_of(*value, name));
    return ok();
}

Result<std::optional<Date>> date_of(Json const& value, std::string const& field)
{
    if (value.is_null())
        return std::optional<Date>();
    if (!value.is_string())
        return Error::invalid("'" + field + "' must be a date as YYYY-MM-DD", {.field = field});
    auto const date = parse_date(value.get<std::string>());
    if (!date)
        return Error::invalid("'" + field + "' must be a date as YYYY-MM-DD", {.field = field});
    return std::optional<Date>(*date);
}

Result<void> read_bool(Json const& body, std::string const& name, bool& target)
{
    auto const* value = member(body, name);
    if (value == nullptr)
        return ok();
    if (!value->is_boolean())
        return Error::invalid("'" + name + "' must be true or false", {.field = name});
    target = value->get<bool>();
    return ok();
}

Result<std::vector<std::int64_t>> ids_of(Json const& value, std::string const& field)
{
    if (!value.is_array())
        return Error::invalid("'" + field + "' must be an array of ids", {.field = field});
    std::vector<std::int64_t> ids;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (!value[i].is_number_integer() || value[i].get<std::int64_t>() < 1)
            return Error::invalid(
                "'" + field + "' must hold positive ids", {.field = field + "[" + std::to_string(i) + "]"});
        ids.push_back(value[i].get<std::int64_t>());
    }
    return ids;
}

Result<std::vector<std::string>> strings_of(Json const& value, std::string const& field)
{
    if (!value.is_array())
        return Error::invalid("'" + field + "' must be an array of strings", {.field = field});
    std::vector<std::string> result;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (!value[i].is_string())
            return Error::invalid(
                "'" + field + "' must hold strings", {.field = field + "[" + std::to_string(i) + "]"});
        result.push_back(value[i].get<std::string>());
    }
    return result;
}

Result<std::vector<domain::PlannedMeasure>> measures_of(Json const& value)
{
    if (!value.is_array())
        return Error::invalid("'planned_measures' must be an array", {.field = "planned_measures"});
    std::vector<domain::PlannedMeasure> measures;
    for (std::size_t i = 0; i < value.size(); ++i) {
        auto const prefix = "planned_measures[" + std::to_string(i) + "].";
        if (!value[i].is_object())
            return Error::invalid("a planned measure is an object", {.field = "planned_measures"});
        domain::PlannedMeasure measure;
        if (auto const read = read_string(value[i], "description", measure.description); !read)
            return read.error().with_field(prefix + "description");
        if (auto const* owner = member(value[i], "owner"); owner != nullptr && !owner->is_null()) {
            if (!owner->is_string())
                return Error::invalid("'owner' must be a string", {.field = prefix + "owner"});
            measure.owner = owner->get<std::string>();
        }
        if (auto const* due = member(value[i], "due"))
            measure.due = TRY(date_of(*due, prefix + "due"));
        if (auto const* done = member(value[i], "done")) {
            if (!done->is_boolean())
                return Error::invalid("'done' must be true or false", {.field = prefix + "done"});
            measure.done = done->get<bool>();
        }
        measures.push_back(std::move(measure));
    }
    return measures;
}

Result<domain::CiaLevel> cia_member(Json const& classification, std::string const& name, domain::CiaLevel fallback)
{
    auto const* value = member(classification, name);
    if (value == nullptr)
        return fallback;
    auto const field = "classification." + name;
    if (!value->is_string())
        return Error::invalid("'" + field + "' must be laag, midden or hoog", {.field = field});
    return domain::parse_cia_level(value->get<std::string>(), field);
}

} // namespace

Result<domain::RiskDraft> risk_draft_from_json(Json const& body, domain::RiskDraft draft)
{
    if (!body.is_object())
        return Error::invalid("the request body must be a JSON object", {.field = ""});
    TRY(read_string(body, "title", draft.title));
    TRY(read_string(body, "threat", draft.threat));
    TRY(read_string(body, "vulnerability", draft.vulnerability));
    TRY(read_string(body, "owner", draft.owner));
    if (auto const* systems = member(body, "systems")) {
        draft.systems.clear();
        for (auto const id : TRY(ids_of(*systems, "systems")))
            draft.systems.emplace_back(id);
    }
    if (auto const* likelihood = member(body, "inherent_likelihood"))
        draft.inherent_likelihood = TRY(integer_of(*likelihood, "inherent_likelihood"));
    if (auto const* impacts = member(body, "inherent_impacts")) {
        if (!impacts->is_object())
            return Error::invalid("'inherent_impacts' must map impact areas to values", {.field = "inherent_impacts"});
        draft.inherent_impacts.clear();
        for (auto const& [area, value] : impacts->items())
            draft.inherent_impacts.push_back({area, TRY(integer_of(value, "inherent_impacts." + area))});
    }
    if (auto const* controls = member(body, "existing_controls"))
        draft.existing_controls = TRY(strings_of(*controls, "existing_controls"));
    if (auto const* treatment = member(body, "treatment")) {
        if (!treatment->is_string())
            return Error::invalid("'treatment' must be a string", {.field = "treatment"});
        auto const parsed = domain::parse_treatment(treatment->get<std::string>());
        if (!parsed)
            return parsed.error().with_field("treatment");
        draft.treatment = *parsed;
    }
    if (auto const* measures = member(body, "planned_measures"))
        draft.planned_measures = TRY(measures_of(*measures));
    TRY(read_optional_int(body, "residual_likelihood", draft.residual_likelihood));
    TRY(read_optional_int(body, "residual_impact", draft.residual_impact));
    if (auto const* residual = member(body, "residual")) {
        // The shape risk_to_json writes: {"likelihood", "impact", "level"} or null.
        if (residual->is_null()) {
            draft.residual_likelihood.reset();
            draft.residual_impact.reset();
        } else if (residual->is_object()) {
            if (auto const read = read_optional_int(*residual, "likelihood", draft.residual_likelihood); !read)
                return read.error().with_field("residual.likelihood");
            if (auto const read = read_optional_int(*residual, "impact", draft.residual_impact); !read)
                return read.error().with_field("residual.impact");
        } else {
            return Error::invalid("'residual' must be an object or null", {.field = "residual"});
        }
    }
    if (auto const* review = member(body, "review_due"))
        draft.review_due = TRY(date_of(*review, "review_due"));
    return draft;
}

Result<domain::InformationSystemDraft> system_draft_from_json(Json const& body, domain::InformationSystemDraft draft)
{
    if (!body.is_object())
        return Error::invalid("the request body must be a JSON object", {.field = ""});
    TRY(read_string(body, "name", draft.name));
    TRY(read_string(body, "owner", draft.owner));
    TRY(read_string(body, "description", draft.description));
    if (auto const* classification = member(body, "classification")) {
        if (!classification->is_object())
            return Error::invalid("'classification' must be an object with availability, integrity and"
                                  " confidentiality",
                {.field = "classification"});
        draft.classification.availability
            = TRY(cia_member(*classification, "availability", draft.classification.availability));
        draft.classification.integrity = TRY(cia_member(*classification, "integrity", draft.classification.integrity));
        draft.classification.confidentiality
            = TRY(cia_member(*classification, "confidentiality", draft.classification.confidentiality));
    }
    TRY(read_bool(body, "internet_facing", draft.internet_facing));
    TRY(read_bool(body, "operational_technology", draft.operational_technology));
    TRY(read_bool(body, "cloud", draft.cloud));
    TRY(read_bool(body, "critical_for_service_delivery", draft.critical_for_service_delivery));
    if (auto const* depends_on = member(body, "depends_on")) {
        draft.depends_on.clear();
        for (auto const id : TRY(ids_of(*depends_on, "depends_on")))
            draft.depends_on.emplace_back(id);
    }
    return draft;
}

Result<domain::RiskAnalysis> analysis_from_json(Json const& body, domain::RiskAnalysis analysis)
{
    if (!body.is_object())
        return Error::invalid("the request body must be a JSON object", {.field = ""});
    std::string text;
    if (member(body, "kind")) {
        TRY(read_string(body, "kind", text));
        auto const kind = domain::parse_risk_analysis_kind(text);
        if (!kind)
            return kind.error().with_field("kind");
        analysis.kind = *kind;
    }
    if (member(body, "status")) {
        TRY(read_string(body, "status", text));
        auto const status = domain::parse_risk_analysis_status(text);
        if (!status)
            return status.error().with_field("status");
        analysis.status = *status;
    }
    if (auto const* system = member(body, "system")) {
        if (system->is_null())
            analysis.system.reset();
        else if (system->is_number_integer() && system->get<std::int64_t>() > 0)
            analysis.system = InformationSystemId(system->get<std::int64_t>());
        else
            return Error::invalid("'system' must be a system id or null", {.field = "system"});
    }
    TRY(read_string(body, "process", analysis.process));
    TRY(read_string(body, "summary", analysis.summary));
    if (auto const* held_on = member(body, "held_on")) {
        auto const date = TRY(date_of(*held_on, "held_on"));
        if (!date)
            return Error::invalid("'held_on' is required", {.field = "held_on"});
        analysis.held_on = *date;
    }
    if (auto const* participants = member(body, "participants"))
        analysis.participants = TRY(strings_of(*participants, "participants"));
    return analysis;
}

Result<domain::AcceptanceRequest> acceptance_request_from_json(Json const& body, Date today)
{
    if (!body.is_object())
        return Error::invalid("the request body must be a JSON object", {.field = ""});
    domain::AcceptanceRequest request;
    request.accepted_on = today;
    TRY(read_string(body, "accepted_by", request.accepted_by));
    std::string authority;
    TRY(read_string(body, "authority", authority));
    auto const parsed = domain::parse_acceptance_authority(authority);
    if (!parsed)
        return parsed.error().with_field("authority");
    request.authority = *parsed;
    if (auto const* accepted_on = member(body, "accepted_on")) {
        if (auto const date = TRY(date_of(*accepted_on, "accepted_on")))
            request.accepted_on = *date;
    }
    auto const* until = member(body, "valid_until");
    auto const valid_until = until ? TRY(date_of(*until, "valid_until")) : std::optional<Date>();
    if (!valid_until)
        return Error::invalid("'valid_until' is required", {.field = "valid_until"});
    request.valid_until = *valid_until;
    TRY(read_string(body, "reason", request.reason));
    if (auto const* waived = member(body, "waived_measures"))
        request.waived_measures = TRY(strings_of(*waived, "waived_measures"));
    return request;
}

} // namespace bolwerk::app
