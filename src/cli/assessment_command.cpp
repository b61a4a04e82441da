#include "app/assessment/assessment_json.hpp"
#include "app/assessment/assessment_service.hpp"
#include "app/services.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "common/json_text.hpp"
#include "common/text.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <ostream>

namespace bolwerk::cli {

namespace {

using namespace domain::assessment;
using domain::catalog::ControlNumber;
using domain::catalog::MeasureNumber;

Result<OrganisationId> organisation_of(Arguments const& arguments)
{
    return OrganisationId(TRY(parse_id_argument(TRY(arguments.required_flag("--org")), "organisation id")));
}

// The assessment use cases of this invocation's app::Services.
Result<app::AssessmentService*> assessments(CommandContext& context) { return TRY(context.services())->assessments(); }

// "document:RA-2026-03", "risk:17", "risk_analysis:4"
Result<RiskReference> parse_reference(std::string const& text)
{
    auto const colon = text.find(':');
    if (colon == std::string::npos || colon + 1 == text.size())
        return usage_error(
            "--reference takes KIND:VALUE, e.g. document:RA-2026-03 (kinds: risk_analysis, risk, document)");
    return RiskReference{TRY(parse_risk_reference_kind(text.substr(0, colon))), text.substr(colon + 1)};
}

// "--opzet voldoet,2026-06-01,J. Jansen[,note]" or "--opzet niet_beoordeeld"
Result<AspectAssessment> parse_aspect_flag(std::string const& text, std::string_view flag)
{
    auto const parts = split(text, ',');
    AspectAssessment aspect;
    aspect.result = TRY(parse_aspect_result(trim(parts[0])));
    if (aspect.result == AspectResult::NotAssessed)
        return aspect;
    if (parts.size() < 3)
        return usage_error(std::string(flag) + " takes RESULT,DATE,ASSESSOR[,NOTE], e.g. voldoet,2026-06-01,J. Jansen");
    aspect.date = TRY(parse_date(trim(parts[1])));
    aspect.assessor = std::string(trim(parts[2]));
    for (std::size_t i = 3; i < parts.size(); ++i)
        aspect.note += (i == 3 ? "" : ",") + std::string(parts[i]);
    return aspect;
}

Result<std::int64_t> version_flag(Arguments const& arguments, std::int64_t current)
{
    auto const text = arguments.flag("--expect-version");
    if (!text)
        return current;
    if (*text == "0")
        return 0;
    return parse_id_argument(*text, "expected version");
}

std::string pad(std::string text, std::size_t width)
{
    if (text.size() < width)
        text.append(width - text.size(), ' ');
    else
        text += ' ';
    return text;
}

void print_assessment(std::ostream& out, Assessment const& assessment)
{
    out << "catalog   " << assessment.catalog.to_string() << '\n';
    out << "maturity  ";
    for (std::size_t i = 0; i < assessment.maturity_scale.labels.size(); ++i)
        out << (i == 0 ? "" : ", ") << i << " " << assessment.maturity_scale.labels[i];
    out << '\n';
    std::size_t excluded = 0;
    for (auto const& control : assessment.controls)
        excluded += control.applicable ? 0 : 1;
    out << "controls  " << assessment.controls.size() << " answered, " << excluded << " excluded\n";
    std::map<MeasureStatus, std::size_t> per_status;
    std::size_t review = 0;
    for (auto const& answer : assessment.measures) {
        ++per_status[answer.status];
        review += answer.needs_review ? 1 : 0;
    }
    out << "measures  " << assessment.measures.size() << " answered";
    for (auto const status : all_measure_statuses)
        out << ", " << per_status[status] << " " << to_string(status);
    out << ", " << review << " to review\n";
    if (!assessment.controls.empty())
        out << "\nCONTROL  APPLICABLE  REASONS / JUSTIFICATION\n";
    for (auto const& control : assessment.controls) {
        std::string why;
        if (control.applicable) {
            for (auto const reason : control.reasons)
                why += (why.empty() ? "" : ", ") + std::string(to_string(reason));
        } else {
            why = control.justification;
            if (control.reference)
                why += " [" + std::string(to_string(control.reference->kind)) + ":" + control.reference->value + "]";
            else
                why += " [no risk reference]";
        }
        out << pad(control.control.to_string(), 9) << pad(control.applicable ? "yes" : "no", 12) << why << '\n';
    }
    if (!assessment.measures.empty())
        out << "\nMEASURE  STATUS          OPZET/BESTAAN/WERKING                 MATURITY  OWNER\n";
    for (auto const& answer : assessment.measures) {
        std::string aspects;
        for (auto const aspect : all_aspects)
            aspects += (aspects.empty() ? "" : "/") + std::string(to_string(answer.aspect(aspect).result));
        out << pad(answer.measure.to_string(), 9) << pad(std::string(to_string(answer.status)), 16) << pad(aspects, 38)
            << pad(answer.maturity ? std::to_string(*answer.maturity) : "-", 10) << answer.owner
            << (answer.needs_review ? "  (review: " + answer.review_reason + ")" : "") << '\n';
    }
}

void print_diff(std::ostream& out, AssessmentDiff const& diff)
{
    if (diff.from_catalog != diff.to_catalog)
        out << "catalog " << diff.from_catalog.to_string() << " -> " << diff.to_catalog.to_string() << '\n';
    for (auto const& field : diff.scale)
        out << "maturity scale: " << field.before << " -> " << field.after << '\n';
    auto const print_fields = [&](std::vector<FieldChange> const& fields) {
        for (auto const& field : fields) {
            out << "    " << field.field << ": " << (field.before.empty() ? "-" : field.before) << " -> "
                << (field.after.empty() ? "-" : field.after) << '\n';
        }
    };
    for (auto const& change : diff.controls) {
        out << "control " << change.control.to_string() << " " << to_string(change.kind) << '\n';
        print_fields(change.fields);
    }
    for (auto const& change : diff.measures) {
        out << "measure " << change.measure.to_string() << " " << to_string(change.kind) << '\n';
        print_fields(change.fields);
    }
    if (diff.empty())
        out << "no differences\n";
}

} // namespace

Result<void> run_assessment_show(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org", "--snapshot"}, 0));
    auto const organisation = TRY(organisation_of(arguments));
    auto* service = TRY(assessments(context));
    auto const snapshot = arguments.flag("--snapshot");
    auto const assessment = snapshot ? TRY(service->snapshot(context.actor(), organisation, *snapshot))
                                     : TRY(service->get(context.actor(), organisation));
    if (context.options().json)
        context.out() << json_text(app::assessment_to_json(assessment), JsonLayout::Indented) << '\n';
    else
        print_assessment(context.out(), assessment);
    return ok();
}

Result<void> run_assessment_start(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org", "--catalog"}, 0));
    auto const organisation = TRY(organisation_of(arguments));
    auto* service = TRY(assessments(context));
    auto const assessment = TRY(service->start(context.actor(), organisation, arguments.flag("--catalog")));
    if (context.options().json)
        context.out() << json_text(app::assessment_to_json(assessment), JsonLayout::Indented) << '\n';
    else
        context.out() << "the assessment of organisation " << organisation.value() << " is against "
                      << assessment.catalog.to_string() << '\n';
    return ok();
}

Result<void> run_assessment_set_control(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(),
        {"--org", "--reasons", "--justification", "--reference", "--expect-version"}, 1,
        {"--applicable", "--excluded"}));
    auto const organisation = TRY(organisation_of(arguments));
    if (arguments.has_switch("--applicable") == arguments.has_switch("--excluded"))
        return usage_error("give either --applicable (with --reasons) or --excluded (with --justification)");
    ControlApplicability applicability{.control = TRY(ControlNumber::parse(arguments.positional(0)))};
    applicability.applicable = arguments.has_switch("--applicable");
    if (auto const reasons = arguments.flag("--reasons")) {
        for (auto const reason : split(*reasons, ','))
            applicability.reasons.push_back(TRY(parse_inclusion_reason(trim(reason))));
    }
    applicability.justification = arguments.flag("--justification").value_or("");
    if (auto const reference = arguments.flag("--reference"))
        applicability.reference = TRY(parse_reference(*reference));
    auto& service = *TRY(assessments(context));
    std::int64_t current = 0;
    if (!arguments.flag("--expect-version")) {
        auto const assessment = TRY(service.get(context.actor(), organisation));
        if (auto const* existing = assessment.find(applicability.control))
            current = existing->version;
    }
    auto const saved
        = TRY(service.set_control(context.actor(), organisation, applicability, TRY(version_flag(arguments, current))));
    if (context.options().json)
        context.out() << json_text(app::control_to_json(saved), JsonLayout::Indented) << '\n';
    else
        context.out() << "control " << saved.control.to_string() << (saved.applicable ? " applies" : " is excluded")
                      << " (version " << saved.version << ")\n";
    return ok();
}

Result<void> run_assessment_set_measure(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(),
        {"--org", "--status", "--owner", "--target-date", "--maturity", "--reason", "--reference", "--opzet",
            "--bestaan", "--werking", "--expect-version"},
        1, {"--clear-target-date", "--clear-maturity"}));
    auto const organisation = TRY(organisation_of(arguments));
    auto const number = TRY(MeasureNumber::parse_lenient(arguments.positional(0))).number;
    auto& service = *TRY(assessments(context));
    // Flags change the stored answer; what is not given stays as it is.
    auto const assessment = TRY(service.get(context.actor(), organisation));
    MeasureAnswer answer{.measure = number};
    if (auto const* existing = assessment.find(number))
        answer = *existing;
    auto const current = answer.version;
    if (auto const status = arguments.flag("--status"))
        answer.status = TRY(parse_measure_status(*status));
    if (auto const owner = arguments.flag("--owner"))
        answer.owner = *owner;
    if (auto const date = arguments.flag("--target-date"))
        answer.target_date = TRY(parse_date(*date));
    if (arguments.has_switch("--clear-target-date"))
        answer.target_date.reset();
    if (auto const maturity = arguments.flag("--maturity"))
        answer.maturity = *maturity == "0" ? 0 : static_cast<int>(TRY(parse_id_argument(*maturity, "maturity")));
    if (arguments.has_switch("--clear-maturity"))
        answer.maturity.reset();
    if (auto const reason = arguments.flag("--reason"))
        answer.not_applicable_reason = *reason;
    if (auto const reference = arguments.flag("--reference"))
        answer.reference = TRY(parse_reference(*reference));
    for (auto const aspect : all_aspects) {
        auto const flag = "--" + std::string(to_string(aspect));
        if (auto const value = arguments.flag(flag))
            answer.aspect(aspect) = TRY(parse_aspect_flag(*value, flag));
    }
    auto const saved
        = TRY(service.save_measure(context.actor(), organisation, answer, TRY(version_flag(arguments, current))));
    if (context.options().json)
        context.out() << json_text(app::measure_to_json(saved), JsonLayout::Indented) << '\n';
    else
        context.out() << "measure " << saved.measure.to_string() << " " << to_string(saved.status) << " (version "
                      << saved.version << ")\n";
    return ok();
}

Result<void> run_assessment_migrate(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org", "--to"}, 0));
    auto const organisation = TRY(organisation_of(arguments));
    auto* service = TRY(assessments(context));
    auto const outcome = TRY(service->migrate(context.actor(), organisation, TRY(arguments.required_flag("--to"))));
    if (context.options().json) {
        auto review = nlohmann::json::array();
        for (auto const& answer : outcome.to_review)
            review.push_back({{"measure", answer.measure.to_string()}, {"reason", answer.review_reason}});
        auto orphaned = nlohmann::json::array();
        for (auto const& entry : outcome.orphaned)
            orphaned.push_back({{"measure", entry.from.to_string()}, {"reason", entry.reason}});
        auto unanswered = nlohmann::json::array();
        for (auto const number : outcome.plan.unanswered)
            unanswered.push_back(number.to_string());
        context.out() << json_text(nlohmann::json{{"from", outcome.from.to_string()}, {"to", outcome.to.to_string()},
                                       {"snapshot", outcome.snapshot_label}, {"to_review", review},
                                       {"without_successor", orphaned}, {"unanswered", unanswered}},
            JsonLayout::Indented)
                      << '\n';
        return ok();
    }
    auto& out = context.out();
    out << "moved from " << outcome.from.to_string() << " to " << outcome.to.to_string()
        << "; the state before is kept as snapshot \"" << outcome.snapshot_label << "\"\n";
    out << outcome.to_review.size() << " answers to review:\n";
    for (auto const& answer : outcome.to_review)
        out << "  " << answer.measure.to_string() << "  " << answer.review_reason << '\n';
    out << outcome.orphaned.size() << " answers without successor (kept in the snapshot):\n";
    for (auto const& entry : outcome.orphaned)
        out << "  " << entry.from.to_string() << "  " << entry.reason << '\n';
    out << outcome.plan.unanswered.size() << " measures of " << outcome.to.to_string() << " not answered yet\n";
    return ok();
}

Result<void> run_assessment_freeze(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org", "--label"}, 0));
    auto const organisation = TRY(organisation_of(arguments));
    auto* service = TRY(assessments(context));
    auto const snapshot = TRY(service->freeze(context.actor(), organisation, TRY(arguments.required_flag("--label"))));
    if (context.options().json)
        context.out() << json_text(
            nlohmann::json{{"id", snapshot.id.value()}, {"label", snapshot.label}, {"catalog", snapshot.catalog},
                {"created_at", format_timestamp(snapshot.created_at)}},
            JsonLayout::Indented)
                      << '\n';
    else
        context.out() << "froze the assessment as \"" << snapshot.label << "\"\n";
    return ok();
}

Result<void> run_assessment_snapshots(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org"}, 0));
    auto const organisation = TRY(organisation_of(arguments));
    auto* service = TRY(assessments(context));
    auto const snapshots = TRY(service->snapshots(context.actor(), organisation));
    if (context.options().json) {
        auto list = nlohmann::json::array();
        for (auto const& snapshot : snapshots) {
            list.push_back({{"id", snapshot.id.value()}, {"label", snapshot.label}, {"catalog", snapshot.catalog},
                {"created_at", format_timestamp(snapshot.created_at)}, {"created_by", snapshot.created_by}});
        }
        context.out() << json_text(list, JsonLayout::Indented) << '\n';
        return ok();
    }
    if (snapshots.empty()) {
        context.out() << "no snapshots yet; freeze one with 'bolwerk assessment freeze --org ID --label \"Q4 2026\"'\n";
        return ok();
    }
    context.out() << "CREATED               CATALOG   LABEL\n";
    for (auto const& snapshot : snapshots)
        context.out() << format_timestamp(snapshot.created_at).substr(0, 19) << "   " << pad(snapshot.catalog, 10)
                      << snapshot.label << '\n';
    return ok();
}

Result<void> run_assessment_compare(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org", "--from", "--to"}, 0));
    auto const organisation = TRY(organisation_of(arguments));
    auto* service = TRY(assessments(context));
    auto const diff
        = TRY(service->compare(context.actor(), organisation, arguments.flag("--from"), arguments.flag("--to")));
    if (context.options().json)
        context.out() << json_text(app::assessment_diff_to_json(diff), JsonLayout::Indented) << '\n';
    else
        print_diff(context.out(), diff);
    return ok();
}

} // namespace bolwerk::cli
