#include "web/risk/risk_pages.hpp"

#include "app/authorisation.hpp"
#include "app/risk/risk_service.hpp"
#include "common/integer_text.hpp"
#include "common/text.hpp"
#include "report/risk/heat_map.hpp"
#include "report/risk/risk_register_export.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace bolwerk::web {

namespace {

constexpr std::int64_t risks_per_page = 50;
constexpr std::int64_t max_page_number = 1'000'000;

std::string step_label(RequestContext const& context, domain::ScaleStep const& step)
{
    return std::to_string(step.value) + " "
        + (context.language == Language::English && !step.label_en.empty() ? step.label_en : step.label_nl);
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

nlohmann::json heat_map_view(RequestContext const& context, app::RiskService::ScoreSheet const& sheet,
    report::HeatMapBasis basis, std::string const& prefix)
{
    // Built from the scores alone: the register page shows one page of risks, the
    // heat map all of them.
    auto const map = report::build_heat_map(sheet.methodology.methodology, sheet.scores, basis);
    return {{"svg", inline_svg(report::heat_map_svg(map, context.language), prefix)},
        {"table", heat_map_table(context, map)}, {"id", prefix + "table"}};
}

nlohmann::json risk_rows(RequestContext const& context, domain::RiskMethodology const& methodology,
    std::vector<domain::Risk> const& risks, bool can_accept)
{
    auto rows = nlohmann::json::array();
    for (auto const& risk : risks) {
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
    TemporaryFile(TemporaryFile&&) = delete;
    TemporaryFile& operator=(TemporaryFile&&) = delete;
    std::string const& path() const { return m_path; }

private:
    std::string m_path;
    std::error_code m_ignored;
};

Result<std::string> xlsx_bytes(app::RiskRegister const& listed)
{
    TemporaryFile file;
    if (file.path().empty())
        return Error::unavailable("no temporary file for the export");
    TRY(report::write_risk_register_xlsx(file.path(), listed.methodology.methodology, listed.risks));
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
    auto& service = context.services.app->risks;
    return service.register_of(context.actor, id);
}

} // namespace

std::string score_text(RequestContext const& context, domain::RiskScore const& score)
{
    return level_text(context, score.level) + " (" + std::to_string(score.likelihood) + " × "
        + std::to_string(score.impact) + ")";
}

std::string refusal_text(RequestContext const& context, Error const& error)
{
    // English keeps the domain's own, more specific message.
    if (context.language == Language::English)
        return error.message();
    auto field = error.location().field.value_or("");
    field = field.substr(0, std::min(field.find('['), field.find('.')));
    if (field.starts_with("impact_"))
        field = "impact";
    if (field.empty())
        return error.message();
    auto const key = "refusal_" + field;
    auto text = context.text(key);
    return text == key ? error.message() : text;
}

std::string level_text(RequestContext const& context, domain::RiskLevel level)
{
    return std::string(
        context.language == Language::English ? domain::english_label(level) : domain::dutch_label(level));
}

// The page of the register asked for with ?pagina=N (1 when absent or not a number).
std::int64_t page_number(RequestContext const& context)
{
    auto const query = parse_form(context.request.query);
    auto const text = form_value(query, "pagina");
    if (!text)
        return 1;
    auto const number = parse_integer(*text).value_or(0);
    return number >= 1 && number <= max_page_number ? number : 1;
}

nlohmann::json pager(RequestContext const& context, std::int64_t page, std::int64_t shown, std::int64_t total)
{
    std::int64_t const first = (page - 1) * risks_per_page + 1;
    auto const range = fill(context.text("risk_page_range"),
        {{"first", std::to_string(shown == 0 ? 0 : first)}, {"last", std::to_string(first + shown - 1)},
            {"total", std::to_string(total)}});
    return {{"range", range}, {"has_previous", page > 1}, {"previous", page - 1},
        {"has_next", first + shown - 1 < total}, {"next", page + 1}, {"needed", total > risks_per_page}};
}

Result<Response> show_risks(RequestContext& context)
{
    auto const id_parameter = TRY(organisation_parameter(context));
    auto const id = id_parameter;
    auto const page = page_number(context);
    auto& service = context.services.app->risks;
    auto const register_page
        = TRY(service.register_page(context.actor, id, (page - 1) * risks_per_page, risks_per_page));
    auto const sheet = TRY(service.scores(context.actor, id));
    auto const tasks = service.tasks(context.actor, id);
    if (!tasks)
        return tasks.error();
    bool const can_write = app::authorise(context.actor, app::Permission::RiskWrite, id).has_value();
    bool const can_accept = app::authorise(context.actor, app::Permission::RiskAccept, id).has_value();
    auto const rows = risk_rows(context, sheet.methodology.methodology, register_page.risks, can_accept);
    auto const task_list = task_rows(context, *tasks);
    auto const query = parse_form(context.request.query);
    std::string notice;
    if (form_value(query, "geregistreerd"))
        notice = context.text("risk_registered");
    else if (form_value(query, "geaccepteerd"))
        notice = context.text("risk_accepted");
    auto const shown = static_cast<std::int64_t>(register_page.risks.size());
    return render_page(context,
        {.template_name = "risks",
            .title_key = "risks_title",
            .data = {{"organisation_id", id.to_string()}, {"risks", rows}, {"has_risks", !rows.empty()},
                {"pager", pager(context, page, shown, register_page.total)}, {"tasks", task_list},
                {"has_tasks", !task_list.empty()}, {"can_write", can_write},
                {"inherent_map", heat_map_view(context, sheet, report::HeatMapBasis::Inherent, "inherent-")},
                {"residual_map", heat_map_view(context, sheet, report::HeatMapBasis::Residual, "residual-")}},
            .current_navigation = "risks",
            .notice = std::move(notice)});
}

Result<Response> export_risks_csv(RequestContext& context)
{
    OrganisationId id{0};
    auto const listed = TRY(register_for(context, id));
    return attachment(report::risk_register_csv(listed.methodology.methodology, listed.risks),
        "text/csv; charset=utf-8", "risicos-" + id.to_string() + ".csv");
}

Result<Response> export_risks_xlsx(RequestContext& context)
{
    OrganisationId id{0};
    auto const listed = TRY(register_for(context, id));
    auto bytes = TRY(xlsx_bytes(listed));
    return attachment(std::move(bytes), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "risicos-" + id.to_string() + ".xlsx");
}

} // namespace bolwerk::web
