#include "app/vvt/vvt_export.hpp"

#include "report/vvt/vvt_csv.hpp"
#include "report/vvt/vvt_json.hpp"
#include "report/vvt/vvt_oscal_ssp.hpp"
#include "report/vvt/vvt_pdf.hpp"
#include "report/vvt/vvt_xlsx.hpp"

#include <array>

namespace bolwerk::app {

namespace {

struct FormatInfo {
    VvtFormat format;
    std::string_view name;
    std::string_view extension;
    std::string_view content_type;
    bool binary;
};

constexpr std::array<FormatInfo, 5> formats{{
    {VvtFormat::Xlsx, "xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true},
    {VvtFormat::Pdf, "pdf", "pdf", "application/pdf", true},
    {VvtFormat::Csv, "csv", "csv", "text/csv; charset=utf-8", false},
    {VvtFormat::Json, "json", "json", "application/json", false},
    {VvtFormat::OscalSsp, "oscal-ssp", "oscal-ssp.json", "application/json", false},
}};

FormatInfo const& info(VvtFormat format) { return formats.at(static_cast<std::size_t>(format)); }

Result<std::string> render_content(domain::vvt::StatementOfApplicability const& statement, VvtFormat format)
{
    switch (format) {
    case VvtFormat::Xlsx: return report::vvt::statement_xlsx_bytes(statement);
    case VvtFormat::Pdf: return report::vvt::render_statement_pdf(statement);
    case VvtFormat::Csv: return report::vvt::statement_measures_csv(statement);
    case VvtFormat::Json: return report::vvt::statement_json(statement);
    case VvtFormat::OscalSsp: return report::vvt::statement_oscal_ssp_json(statement);
    }
    return Error::internal("unknown VvT format");
}

} // namespace

std::string_view to_string(VvtFormat format) { return info(format).name; }

Result<VvtFormat> parse_vvt_format(std::string_view text)
{
    for (auto const& format : formats) {
        if (format.name == text)
            return format.format;
    }
    return Error::invalid(
        "unknown VvT format '" + std::string(text) + "'; use xlsx, pdf, csv, json or oscal-ssp", {.field = "format"});
}

std::string_view content_type(VvtFormat format) { return info(format).content_type; }

bool is_binary(VvtFormat format) { return info(format).binary; }

Result<VvtFile> render_vvt(domain::vvt::StatementOfApplicability const& statement, VvtFormat format)
{
    auto const number = statement.header.metadata.version_number;
    auto const name = "vvt-" + (number > 0 ? std::to_string(number) : std::string("concept")) + "."
        + std::string(info(format).extension);
    return VvtFile{TRY(render_content(statement, format)), std::string(content_type(format)), name};
}

} // namespace bolwerk::app
