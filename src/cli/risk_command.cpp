#include "app/risk/risk_json.hpp"
#include "app/risk/risk_service.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "common/json_text.hpp"
#include "common/text.hpp"
#include "store/database.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace bolwerk::cli {

namespace {

Result<OrganisationId> organisation_of(Arguments const& arguments)
{
    return OrganisationId(TRY(parse_id_argument(TRY(arguments.required_flag("--org")), "organisation id")));
}

Result<int> parse_score(std::string const& text, std::string const& field)
{
    auto const value = parse_id_argument(text, field);
    if (!value)
        return value.error().with_field(field);
    return static_cast<int>(*value);
}

// "--impact financieel=3,imago=4"
Result<std::vector<domain::AreaImpact>> parse_impacts(std::string const& text)
{
    std::vector<domain::AreaImpact> impacts;
    for (auto const part : split(text, ',')) {
        auto const equals = part.find('=');
        if (equals == std::string_view::npos)
            return usage_error("--impact takes AREA=N[,AREA=N…], e.g. financieel=3,imago=4");
        auto const area = std::string(trim(part.substr(0, equals)));
        impacts.push_back({area, TRY(parse_score(std::string(trim(part.substr(equals + 1))), "impact." + area))});
    }
    return impacts;
}

Result<domain::RiskDraft> draft_from(Arguments const& arguments)
{
    domain::RiskDraft draft;
    draft.title = TRY(arguments.required_flag("--title"));
    draft.owner = TRY(arguments.required_flag("--owner"));
    draft.threat = arguments.flag("--threat").value_or("");
    draft.vulnerability = arguments.flag("--vulnerability").value_or("");
    draft.inherent_likelihood = TRY(parse_score(TRY(arguments.required_flag("--likelihood")), "likelihood"));
    draft.inherent_impacts = TRY(parse_impacts(TRY(arguments.required_flag("--impact"))));
    if (auto const treatment = arguments.flag("--treatment"))
        draft.treatment = TRY(domain::parse_treatment(*treatment));
    if (auto const measure = arguments.flag("--measure"))
        draft.planned_measures.push_back(
            {*measure, arguments.flag("--measure-owner").value_or(""), std::nullopt, false});
    if (auto const controls = arguments.flag("--controls")) {
        for (auto const control : split(*controls, ','))
            draft.existing_controls.emplace_back(trim(control));
    }
    if (auto const residual = arguments.flag("--residual")) {
        auto const parts = split(*residual, ',');
        if (parts.size() != 2)
            return usage_error("--residual takes LIKELIHOOD,IMPACT, e.g. 2,3");
        draft.residual_likelihood = TRY(parse_score(std::string(parts[0]), "residual_likelihood"));
        draft.residual_impact = TRY(parse_score(std::string(parts[1]), "residual_impact"));
    }
    if (auto const review = arguments.flag("--review"))
        draft.review_due = TRY(parse_date(*review).transform([](Date d) { return d; }));
    return draft;
}

void print_risk_line(std::ostream& out, domain::Risk const& risk)
{
    auto const& current = risk.current();
    out << risk.id.value() << "  " << domain::to_string(current.level) << " (" << current.likelihood << "x"
        << current.impact << ")  " << domain::to_string(risk.treatment) << "  " << risk.title << '\n';
}

} // namespace

Result<void> run_risk_add(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(),
        {"--org", "--title", "--owner", "--threat", "--vulnerability", "--likelihood", "--impact", "--treatment",
            "--measure", "--measure-owner", "--controls", "--residual", "--review"},
        0));
    auto const organisation = TRY(organisation_of(arguments));
    auto const draft = TRY(draft_from(arguments));
    auto* database = TRY(context.database());
    app::RiskService service(*database, context.clock());
    auto const risk = TRY(service.register_risk(context.actor(), organisation, draft));
    if (context.options().json) {
        context.out() << json_text(app::risk_to_json(risk), JsonLayout::Indented) << '\n';
        return ok();
    }
    context.out() << "registered risk " << risk.id.value() << ": " << domain::to_string(risk.inherent.level)
                  << " before treatment"
                  << (risk.residual ? ", " + std::string(domain::to_string(risk.residual->level)) + " after" : "")
                  << '\n';
    return ok();
}

Result<void> run_risk_list(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org"}, 0));
    auto const organisation = TRY(organisation_of(arguments));
    auto* database = TRY(context.database());
    app::RiskService service(*database, context.clock());
    auto const risk_register = TRY(service.register_of(context.actor(), organisation));
    if (context.options().json) {
        auto list = nlohmann::json::array();
        for (auto const& risk : risk_register.risks)
            list.push_back(app::risk_to_json(risk));
        context.out() << json_text(list, JsonLayout::Indented) << '\n';
        return ok();
    }
    if (risk_register.risks.empty())
        context.out() << "no risks registered yet; add one with 'bolwerk risk add'\n";
    for (auto const& risk : risk_register.risks)
        print_risk_line(context.out(), risk);
    return ok();
}

Result<void> run_risk_show(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org"}, 1));
    auto const organisation = TRY(organisation_of(arguments));
    RiskId const id(TRY(parse_id_argument(arguments.positional(0), "risk id")));
    auto* database = TRY(context.database());
    app::RiskService service(*database, context.clock());
    auto const risk = TRY(service.show_risk(context.actor(), organisation, id));
    context.out() << json_text(app::risk_to_json(risk), JsonLayout::Indented) << '\n';
    return ok();
}

Result<void> run_risk_accept(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(),
        {"--org", "--risk", "--by", "--authority", "--from", "--until", "--reason", "--waive"}, 0));
    auto const organisation = TRY(organisation_of(arguments));
    RiskId const id(TRY(parse_id_argument(TRY(arguments.required_flag("--risk")), "risk id")));
    domain::AcceptanceRequest request;
    request.accepted_by = TRY(arguments.required_flag("--by"));
    request.authority = TRY(domain::parse_acceptance_authority(TRY(arguments.required_flag("--authority"))));
    request.accepted_on = std::chrono::floor<std::chrono::days>(context.clock().now());
    if (auto const from = arguments.flag("--from"))
        request.accepted_on = TRY(parse_date(*from));
    request.valid_until = TRY(parse_date(TRY(arguments.required_flag("--until"))));
    request.reason = TRY(arguments.required_flag("--reason"));
    request.waived_measures = arguments.flags("--waive");
    auto* database = TRY(context.database());
    app::RiskService service(*database, context.clock());
    auto const acceptance = TRY(service.accept_risk(context.actor(), organisation, id, request));
    if (context.options().json)
        context.out() << json_text(app::acceptance_to_json(acceptance), JsonLayout::Indented) << '\n';
    else
        context.out() << "risk " << id.value() << " accepted at level " << domain::to_string(acceptance.level)
                      << " until " << format_date(acceptance.valid_until) << '\n';
    return ok();
}

Result<void> run_risk_tasks(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org"}, 0));
    auto const organisation = TRY(organisation_of(arguments));
    auto* database = TRY(context.database());
    app::RiskService service(*database, context.clock());
    auto const tasks = TRY(service.tasks(context.actor(), organisation));
    if (context.options().json) {
        auto list = nlohmann::json::array();
        for (auto const& task : tasks)
            list.push_back(app::task_to_json(task));
        context.out() << json_text(list, JsonLayout::Indented) << '\n';
        return ok();
    }
    if (tasks.empty())
        context.out() << "nothing to do\n";
    for (auto const& task : tasks)
        context.out() << domain::to_string(task.kind) << "  " << task.subject << '\n';
    return ok();
}

} // namespace bolwerk::cli
