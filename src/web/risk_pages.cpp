#include "web/risk_pages.hpp"

#include "app/authorisation.hpp"
#include "app/risk/risk_service.hpp"
#include "report/risk/heat_map.hpp"
#include "report/risk/risk_register_export.hpp"
#include "web/page.hpp"
#include "web/request_context.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace bolwerk::web {

namespace {

report::Language report_language(RequestContext const& context)
{
    return context.language == Language::English ? report::Language::English : report::Language::Dutch;
}

std::string step_label(RequestContext const& context, domain::ScaleStep const& step)
{
    return std::to_string(step.value) + " "
        + (context.language == Language::English && !step.label_en.empty() ? step.label_en : step.label_nl);
}

std::string score_text(RequestContext const& context, domain::RiskScore const& score)
{
    return level_text(context, score.level) + " (" + std::to_string(score.likelihood) + " × "
        + std::to_string(score.impact) + ")";
}

// Two maps on one page: give each its own ids for aria-labelledby.
std::string inline_svg(std::string svg, std::string const& prefix)
{
    for (std::string const name : {"heatmap-title", "heatmap-desc"}) {
        for (auto at = svg.find(name); at != std::string::npos; at = svg.find(name, at + prefix.size() + name.size()))
            svg.replace(at, name.size(), prefix + name);
    }
    return svg;
}

// The table alternative of a heat map (WCAG 1.1.1): the same counts, most likely row first.
nlohmann::json heat_map_table(RequestContext const& context, report::HeatMap const& map)
{
    nlohmann::json table{{"columns", nlohmann::json::array()}, {"rows", nlohmann::json::array()}};
    for (auto const& step : map.impact)
        table["columns"].push_back(step_label(context, step));
    for (auto l = map.likelihood.size(); l-- > 0;) {
        nlohmann::json row{{"label", step_label(context, map.likelihood[l])}, {"cells", nlohmann::json::array()}};
        for (std::size_t i = 0; i < map.impact.size(); ++i) {
            row["cells"].push_back(
                {{"count", std::to_string(map.counts[l][i])}, {"level", level_text(context, map.levels[l][i])}});
        }
        table["rows"].push_back(std::move(row));
    }
    return table;
}

nlohmann::json heat_map_view(RequestContext const& context, app::RiskRegister const& register_,
    report::HeatMapBasis basis, std::string const& prefix)
{
    auto const map = report::build_heat_map(register_.methodology.methodology, register_.risks, basis);
    return {{"svg", inline_svg(report::heat_map_svg(map, report_language(context)), prefix)},
        {"table", heat_map_table(context, map)}, {"id", prefix + "table"}};
}

nlohmann::json risk_rows(RequestContext const& context, app::RiskRegister const& register_, bool can_accept)
{
    auto const& methodology = register_.methodology.methodology;
    auto rows = nlohmann::json::array();
    for (auto const& risk : register_.risks) {
        rows.push_back({{"id", risk.id.to_string()}, {"title", risk.title}, {"owner", risk.owner},
            {"inherent", score_text(context, risk.inherent)},
            {"residual", risk.residual ? score_text(context, *risk.residual) : context.text("risk_not_assessed")},
            {"treatment", context.text("treatment_" + std::string(domain::to_string(risk.treatment)))},
            {"review", risk.review_due ? format_date(*risk.review_due) : std::string("–")},
            {"can_accept", can_accept && methodology.needs_acceptance(risk.current().level)}});
    }
    return rows;
}

nlohmann::json task_rows(RequestContext const& context, std::vector<domain::RiskTask> const& tasks)
{
    auto rows = nlohmann::json::array();
    for (auto const& task : tasks)
        rows.push_back(
            {{"kind", context.text("task_" + std::string(domain::to_string(task.kind)))}, {"subject", task.subject}});
    return rows;
}

Response attachment(std::string body, std::string_view type, std::string const& name)
{
    auto response = Response::text(200, std::move(body), type);
    response.set_header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    return response;
}

// A private temporary file (mode 0600) that is removed when this goes out of scope.
class TemporaryFile {
public:
    TemporaryFile()
    {
        auto pattern = (std::filesystem::temp_directory_path() / "bolwerk-risks-XXXXXX").string();
        int const descriptor = ::mkstemp(pattern.data());
        if (descriptor >= 0) {
            ::close(descriptor);
            m_path = pattern;
        }
    }
    ~TemporaryFile()
    {
        if (!m_path.empty())
            std::filesystem::remove(m_path, m_ignored);
    }
    TemporaryFile(TemporaryFile const&) = delete;
    TemporaryFile& operator=(TemporaryFile const&) = delete;
    std::string const& path() const { return m_path; }

private:
    std::string m_path;
    std::error_code m_ignored;
};

Result<std::string> xlsx_bytes(app::RiskRegister const& register_)
{
    TemporaryFile file;
    if (file.path().empty())
        return Error::unavailable("no temporary file for the export");
    TRY(report::write_risk_register_xlsx(file.path(), register_.methodology.methodology, register_.risks));
    std::ifstream in(file.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in)
        return Error::unavailable("the export could not be read back");
    return bytes.str();
}

Result<app::RiskRegister> register_for(RequestContext& context, OrganisationId& id)
{
    id = TRY(organisation_parameter(context));
    app::RiskService service(context.services.database, context.services.clock);
    return service.register_of(context.actor, id);
}

} // namespace

std::string level_text(RequestContext const& context, domain::RiskLevel level)
{
    return std::string(
        context.language == Language::English ? domain::english_label(level) : domain::dutch_label(level));
}

Response show_risks(RequestContext& context)
{
    OrganisationId id{0};
    auto const register_ = register_for(context, id);
    if (!register_)
        return error_page(context, register_.error());
    app::RiskService service(context.services.database, context.services.clock);
    auto const tasks = service.tasks(context.actor, id);
    if (!tasks)
        return error_page(context, tasks.error());
    bool const can_write = app::authorise(context.actor, app::Permission::RiskWrite, id).has_value();
    bool const can_accept = app::authorise(context.actor, app::Permission::RiskAccept, id).has_value();
    auto const rows = risk_rows(context, *register_, can_accept);
    auto const task_list = task_rows(context, *tasks);
    auto const query = parse_form(context.request.query);
    std::string notice;
    if (form_value(query, "geregistreerd"))
        notice = context.text("risk_registered");
    else if (form_value(query, "geaccepteerd"))
        notice = context.text("risk_accepted");
    return render_page(context,
        {.template_name = "risks",
            .title_key = "risks_title",
            .data = {{"organisation_id", id.to_string()}, {"risks", rows}, {"has_risks", !rows.empty()},
                {"tasks", task_list}, {"has_tasks", !task_list.empty()}, {"can_write", can_write},
                {"inherent_map", heat_map_view(context, *register_, report::HeatMapBasis::Inherent, "inherent-")},
                {"residual_map", heat_map_view(context, *register_, report::HeatMapBasis::Residual, "residual-")}},
            .current_navigation = "risks",
            .notice = std::move(notice)});
}

Response export_risks_csv(RequestContext& context)
{
    OrganisationId id{0};
    auto const register_ = register_for(context, id);
    if (!register_)
        return error_page(context, register_.error());
    return attachment(report::risk_register_csv(register_->methodology.methodology, register_->risks),
        "text/csv; charset=utf-8", "risicos-" + id.to_string() + ".csv");
}

Response export_risks_xlsx(RequestContext& context)
{
    OrganisationId id{0};
    auto const register_ = register_for(context, id);
    if (!register_)
        return error_page(context, register_.error());
    auto bytes = xlsx_bytes(*register_);
    if (!bytes)
        return error_page(context, bytes.error());
    return attachment(std::move(*bytes), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "risicos-" + id.to_string() + ".xlsx");
}

} // namespace bolwerk::web
