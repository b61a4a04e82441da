#include "app/risk/methodology_json.hpp"
#include "app/risk/risk_service.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "common/file_io.hpp"
#include "common/json_text.hpp"
#include "importers/risk/risk_csv.hpp"
#include "report/risk/heat_map.hpp"
#include "report/risk/risk_register_export.hpp"
#include "store/database.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace bolwerk::cli {

namespace {

Result<OrganisationId> organisation_of(Arguments const& arguments)
{
    return OrganisationId(TRY(parse_id_argument(TRY(arguments.required_flag("--org")), "organisation id")));
}

} // namespace

Result<void> run_risk_heatmap(CommandContext& context)
{
    auto const arguments
        = TRY(Arguments::parse(context.arguments(), {"--org", "--format", "--language"}, 0, {"--residual"}));
    auto const organisation = TRY(organisation_of(arguments));
    auto const format = arguments.flag("--format").value_or("text");
    if (format != "text" && format != "svg")
        return usage_error("--format takes text or svg");
    auto const language
        = arguments.flag("--language").value_or("nl") == "en" ? report::Language::English : report::Language::Dutch;
    auto* database = TRY(context.database());
    app::RiskService service(*database, context.clock());
    auto const risk_register = TRY(service.register_of(context.actor(), organisation));
    auto const basis
        = arguments.has_switch("--residual") ? report::HeatMapBasis::Residual : report::HeatMapBasis::Inherent;
    auto const map = report::build_heat_map(risk_register.methodology.methodology, risk_register.risks, basis);
    if (context.options().json) {
        context.out() << json_text(nlohmann::json{{"total", map.total}, {"counts", map.counts}}, JsonLayout::Indented)
                      << '\n';
        return ok();
    }
    context.out() << (format == "svg" ? report::heat_map_svg(map, language) + "\n"
                                      : report::heat_map_text(map, language));
    return ok();
}

Result<void> run_risk_export(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org", "--format", "--out"}, 0));
    auto const organisation = TRY(organisation_of(arguments));
    auto const format = arguments.flag("--format").value_or("csv");
    auto const out = arguments.flag("--out");
    if (format != "csv" && format != "xlsx")
        return usage_error("--format takes csv or xlsx");
    if (format == "xlsx" && !out)
        return usage_error("an XLSX export needs --out FILE");
    auto* database = TRY(context.database());
    app::RiskService service(*database, context.clock());
    auto const risk_register = TRY(service.register_of(context.actor(), organisation));
    auto const& methodology = risk_register.methodology.methodology;
    if (format == "xlsx") {
        TRY(report::write_risk_register_xlsx(*out, methodology, risk_register.risks));
    } else {
        auto const csv = report::risk_register_csv(methodology, risk_register.risks);
        if (!out) {
            context.out() << csv;
            return ok();
        }
        TRY(write_file(*out, csv));
    }
    context.err() << "wrote " << risk_register.risks.size() << " risks to " << *out << '\n';
    return ok();
}

Result<void> run_risk_import(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org"}, 1, {"--skip-invalid"}));
    auto const organisation = TRY(organisation_of(arguments));
    auto const& path = arguments.positional(0);
    auto const content = TRY(importers::read_risk_csv(TRY(read_file(path)), path));
    bool const skip = arguments.has_switch("--skip-invalid");
    if (!content.rejected.empty() && !skip) {
        for (auto const& rejected : content.rejected)
            context.err() << "bolwerk: " << rejected.to_string() << '\n';
        return Error::invalid(std::to_string(content.rejected.size())
                + " row(s) are invalid, nothing was imported (--skip-invalid imports the rest)",
            {.source = path});
    }
    std::vector<app::RiskService::NumberedDraft> drafts;
    for (auto const& row : content.rows)
        drafts.push_back({row.line, row.draft});
    auto* database = TRY(context.database());
    app::RiskService service(*database, context.clock());
    auto const mode = skip ? app::RiskService::InvalidRows::Skip : app::RiskService::InvalidRows::RefuseAll;
    auto report = TRY(service.import_risks(context.actor(), organisation, drafts, mode));
    for (auto const& rejected : content.rejected)
        report.rejected.push_back(rejected);
    if (context.options().json) {
        auto rejected = nlohmann::json::array();
        for (auto const& error : report.rejected)
            rejected.push_back(error.with_location({.source = path}).to_string());
        context.out() << json_text(
            nlohmann::json{{"imported", report.imported}, {"rejected", rejected}}, JsonLayout::Indented)
                      << '\n';
        return ok();
    }
    for (auto const& error : report.rejected)
        context.err() << "skipped: " << error.with_location({.source = path}).to_string() << '\n';
    context.out() << "imported " << report.imported << " risks, skipped " << report.rejected.size() << '\n';
    return ok();
}

Result<void> run_risk_methodology(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org", "--set"}, 0));
    auto const organisation = TRY(organisation_of(arguments));
    auto* database = TRY(context.database());
    app::RiskService service(*database, context.clock());
    if (auto const path = arguments.flag("--set")) {
        auto const text = TRY(read_file(*path));
        auto methodology = app::methodology_from_json(text);
        if (!methodology)
            return methodology.error().with_location({.source = *path});
        auto const stored = TRY(service.set_methodology(context.actor(), organisation, *methodology));
        context.out() << "risk methodology version " << stored.version << " stored; risks rescored\n";
        return ok();
    }
    auto const current = TRY(service.methodology(context.actor(), organisation));
    auto json = app::methodology_to_json(current.methodology.definition());
    json["version"] = current.version;
    context.out() << json_text(json, JsonLayout::Indented) << '\n';
    return ok();
}

} // namespace bolwerk::cli
