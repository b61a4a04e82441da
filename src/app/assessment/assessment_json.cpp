#include "app/assessment/assessment_json.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::app {

namespace {

using Json = nlohmann::json;
using namespace domain::assessment;
using domain::catalog::ControlNumber;
using domain::catalog::MeasureNumber;

Json reference_to_json(std::optional<RiskReference> const& reference)
{
    if (!reference)
        return nullptr;
    return {{"kind", to_string(reference->kind)}, {"value", reference->value}};
}

Json date_to_json(std::optional<Date> date) { return date ? Json(format_date(*date)) : Json(nullptr); }

Json aspect_to_json(AspectAssessment const& aspect)
{
    return {{"result", to_string(aspect.result)}, {"date", date_to_json(aspect.date)}, {"assessor", aspect.assessor},
        {"note", aspect.note}};
}

// Reads the member `name` of `object` when present and not null; the error names the path.
class Reader {
public:
    Reader(Json const& object, std::string prefix)
        : m_object(object)
        , m_prefix(std::move(prefix))
    {
    }

    Json const* find(char const* name) const
    {
        auto const found = m_object.find(name);
        return found == m_object.end() || found->is_null() ? nullptr : &*found;
    }
    std::string field(char const* name) const { return m_prefix + name; }
    Error wrong(char const* name, char const* expected) const
    {
        return Error::invalid(std::string("expected ") + expected, {.field = field(name)});
    }

    Result<std::optional<std::string>> text(char const* name) const
    {
        auto const* value = find(name);
        if (!value)
            return std::optional<std::string>();
        if (!value->is_string())
            return wrong(name, "text");
        return std::optional(value->get<std::string>());
    }
    Result<void> text(char const* name, std::string& target) const
    {
        if (auto const value = TRY(text(name)))
            target = *value;
        return ok();
    }
    Result<void> boolean(char const* name, bool& target) const
    {
        if (auto const* value = find(name)) {
            if (!value->is_boolean())
                return wrong(name, "true or false");
            target = value->get<bool>();
        }
        return ok();
    }
    Result<void> integer(char const* name, std::int64_t& target) const
    {
        if (auto const* value = find(name)) {
            if (!value->is_number_integer())
                return wrong(name, "a whole number");
            target = value->get<std::int64_t>();
        }
        return ok();
    }
    Result<std::optional<Date>> date(char const* name) const
    {
        auto const value = TRY(text(name));
        if (!value)
            return std::optional<Date>();
        auto parsed = parse_date(*value);
        if (!parsed)
            return Error::invalid(parsed.error().message(), {.field = field(name)});
        return std::optional(*parsed);
    }
    Result<std::optional<RiskReference>> reference(char const* name) const
    {
        auto const* value = find(name);
        if (!value)
            return std::optional<RiskReference>();
        if (!value->is_object())
            return wrong(name, "an object with kind and value");
        Reader const inner(*value, field(name) + ".");
        RiskReference reference;
        if (auto const kind = TRY(inner.text("kind")))
            reference.kind = TRY(with_field(parse_risk_reference_kind(*kind), inner.field("kind")));
        TRY(inner.text("value", reference.value));
        if (reference.value.empty())
            return Error::invalid("a risk reference needs a value", {.field = inner.field("value")});
        return std::optional(std::move(reference));
    }

    template <typename T>
    static Result<T> with_field(Result<T> result, std::string const& field)
    {
        if (!result)
            return Error::invalid(result.error().message(), {.field = field});
        return result;
    }

private:
    Json const& m_object;
    std::string m_prefix;
};

Result<AspectAssessment> aspect_from_json(Json const& json, std::string const& path)
{
    if (!json.is_object())
        return Error::invalid("expected an object", {.field = path});
    Reader const reader(json, path + ".");
    AspectAssessment aspect;
    if (auto const result = TRY(reader.text("result")))
        aspect.result = TRY(Reader::with_field(parse_aspect_result(*result), reader.field("result")));
    aspect.date = TRY(reader.date("date"));
    TRY(reader.text("assessor", aspect.assessor));
    TRY(reader.text("note", aspect.note));
    return aspect;
}

} // namespace

Json control_to_json(ControlApplicability const& applicability)
{
    auto reasons = Json::array();
    for (auto const reason : applicability.reasons)
        reasons.push_back(to_string(reason));
    return {{"control", applicability.control.to_string()}, {"applicable", applicability.applicable},
        {"reasons", reasons}, {"justification", applicability.justification},
        {"reference", reference_to_json(applicability.reference)}, {"version", applicability.version}};
}

Json measure_to_json(MeasureAnswer const& answer)
{
    Json json{{"measure", answer.measure.to_string()}, {"status", to_string(answer.status)}, {"owner", answer.owner},
        {"target_date", date_to_json(answer.target_date)},
        {"maturity", answer.maturity ? Json(*answer.maturity) : Json(nullptr)},
        {"not_applicable_reason", answer.not_applicable_reason}, {"reference", reference_to_json(answer.reference)}};
    for (auto const aspect : all_aspects)
        json[std::string(to_string(aspect))] = aspect_to_json(answer.aspect(aspect));
    json["needs_review"] = answer.needs_review;
    json["review_reason"] = answer.review_reason;
    json["version"] = answer.version;
    return json;
}

Json maturity_scale_to_json(MaturityScale const& scale) { return scale.labels; }

Json assessment_to_json(Assessment const& assessment)
{
    auto controls = Json::array();
    for (auto const& control : assessment.controls)
        controls.push_back(control_to_json(control));
    auto measures = Json::array();
    for (auto const& answer : assessment.measures)
        measures.push_back(measure_to_json(answer));
    return {{"catalog", assessment.catalog.to_string()},
        {"maturity_scale", maturity_scale_to_json(assessment.maturity_scale)}, {"controls", controls},
        {"measures", measures}};
}

Json assessment_diff_to_json(AssessmentDiff const& diff)
{
    auto const fields_to_json = [](std::vector<FieldChange> const& fields) {
        auto array = Json::array();
        for (auto const& field : fields)
            array.push_back({{"field", field.field}, {"before", field.before}, {"after", field.after}});
        return array;
    };
    auto controls = Json::array();
    for (auto const& change : diff.controls) {
        controls.push_back({{"control", change.control.to_string()}, {"change", to_string(change.kind)},
            {"fields", fields_to_json(change.fields)}});
    }
    auto measures = Json::array();
    for (auto const& change : diff.measures) {
        measures.push_back({{"measure", change.measure.to_string()}, {"change", to_string(change.kind)},
            {"fields", fields_to_json(change.fields)}});
    }
    return {{"from_catalog", diff.from_catalog.to_string()}, {"to_catalog", diff.to_catalog.to_string()},
        {"maturity_scale", fields_to_json(diff.scale)}, {"controls", controls}, {"measures", measures}};
}

Result<ControlApplicability> control_from_json(Json const& json, std::optional<ControlNumber> control)
{
    if (!json.is_object())
        return Error::invalid("expected an object with the control's applicability");
    Reader const reader(json, "");
    std::optional<ControlNumber> number = control;
    if (auto const text = TRY(reader.text("control"))) {
        auto const parsed = TRY(Reader::with_field(ControlNumber::parse(*text), "control"));
        if (control && parsed != *control)
            return Error::invalid(
                "the body names control " + parsed.to_string() + ", the address " + control->to_string(),
                {.field = "control"});
        number = parsed;
    }
    if (!number)
        return Error::invalid("missing", {.field = "control"});
    ControlApplicability applicability{.control = *number};
    TRY(reader.boolean("applicable", applicability.applicable));
    if (auto const* reasons = reader.find("reasons")) {
        if (!reasons->is_array())
            return reader.wrong("reasons", "a list of reasons");
        for (std::size_t i = 0; i < reasons->size(); ++i) {
            auto const& reason = (*reasons)[i];
            auto const field = "reasons[" + std::to_string(i) + "]";
            if (!reason.is_string())
                return Error::invalid("expected text", {.field = field});
            applicability.reasons.push_back(
                TRY(Reader::with_field(parse_inclusion_reason(reason.get<std::string>()), field)));
        }
    }
    TRY(reader.text("justification", applicability.justification));
    applicability.reference = TRY(reader.reference("reference"));
    TRY(reader.integer("version", applicability.version));
    return applicability;
}

Result<MeasureAnswer> measure_from_json(Json const& json, std::optional<MeasureNumber> measure)
{
    if (!json.is_object())
        return Error::invalid("expected an object with the measure's answer");
    Reader const reader(json, "");
    std::optional<MeasureNumber> number = measure;
    if (auto const text = TRY(reader.text("measure"))) {
        auto const parsed = TRY(Reader::with_field(MeasureNumber::parse(*text), "measure"));
        if (measure && parsed != *measure)
            return Error::invalid(
                "the body names measure " + parsed.to_string() + ", the address " + measure->to_string(),
                {.field = "measure"});
        number = parsed;
    }
    if (!number)
        return Error::invalid("missing", {.field = "measure"});
    MeasureAnswer answer{.measure = *number};
    if (auto const status = TRY(reader.text("status")))
        answer.status = TRY(Reader::with_field(parse_measure_status(*status), "status"));
    TRY(reader.text("owner", answer.owner));
    answer.target_date = TRY(reader.date("target_date"));
    if (reader.find("maturity")) {
        std::int64_t maturity = 0;
        TRY(reader.integer("maturity", maturity));
        if (maturity < 0 || maturity > 100)
            return Error::invalid(
                "maturity " + std::to_string(maturity) + " is off every scale", {.field = "maturity"});
        answer.maturity = static_cast<int>(maturity);
    }
    TRY(reader.text("not_applicable_reason", answer.not_applicable_reason));
    answer.reference = TRY(reader.reference("reference"));
    for (auto const aspect : all_aspects) {
        auto const name = std::string(to_string(aspect));
        if (auto const* value = reader.find(name.c_str()))
            answer.aspect(aspect) = TRY(aspect_from_json(*value, name));
    }
    TRY(reader.boolean("needs_review", answer.needs_review));
    TRY(reader.text("review_reason", answer.review_reason));
    TRY(reader.integer("version", answer.version));
    return answer;
}

Result<MaturityScale> maturity_scale_from_json(Json const& json)
{
    if (!json.is_array())
        return Error::invalid("expected a list of labels, lowest level first", {.field = "maturity_scale"});
    MaturityScale scale;
    for (std::size_t i = 0; i < json.size(); ++i) {
        if (!json[i].is_string())
            return Error::invalid("expected text", {.field = "maturity_scale[" + std::to_string(i) + "]"});
        scale.labels.push_back(json[i].get<std::string>());
    }
    TRY(check_maturity_scale(scale));
    return scale;
}

Result<Assessment> assessment_from_json(Json const& json)
{
    if (!json.is_object())
        return Error::invalid("expected an object with the assessment");
    Reader const reader(json, "");
    Assessment assessment;
    auto const catalog = TRY(reader.text("catalog"));
    if (!catalog)
        return Error::invalid("missing", {.field = "catalog"});
    assessment.catalog = TRY(Reader::with_field(domain::catalog::VersionReference::parse(*catalog), "catalog"));
    if (auto const* scale = reader.find("maturity_scale"))
        assessment.maturity_scale = TRY(maturity_scale_from_json(*scale));
    if (auto const* controls = reader.find("controls")) {
        if (!controls->is_array())
            return reader.wrong("controls", "a list");
        for (auto const& control : *controls)
            assessment.controls.push_back(TRY(control_from_json(control)));
    }
    if (auto const* measures = reader.find("measures")) {
        if (!measures->is_array())
            return reader.wrong("measures", "a list");
        for (auto const& answer : *measures)
            assessment.measures.push_back(TRY(measure_from_json(answer)));
    }
    return assessment;
}

Result<Json> parse_json_text(std::string const& text)
{
    auto parsed = Json::parse(text, nullptr, false);
    if (parsed.is_discarded())
        return Error::invalid("not valid JSON");
    return parsed;
}

} // namespace bolwerk::app
