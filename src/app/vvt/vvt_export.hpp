#pragma once

#include "common/result.hpp"
#include "domain/vvt/statement.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

// The VvT as a downloadable file in each format of report/vvt, for the CLI, the web
// pages and the API alike.
namespace bolwerk::app {

enum class VvtFormat : std::uint8_t { Xlsx, Pdf, Csv, Json, OscalSsp };
inline constexpr std::array all_vvt_formats{
    VvtFormat::Xlsx, VvtFormat::Pdf, VvtFormat::Csv, VvtFormat::Json, VvtFormat::OscalSsp};

/// "xlsx", "pdf", "csv", "json", "oscal-ssp"
std::string_view to_string(VvtFormat format);
/// The names above; Invalid (field "format") otherwise, listing them.
Result<VvtFormat> parse_vvt_format(std::string_view text);
/// The media type of the file ("application/pdf", …).
std::string_view content_type(VvtFormat format);
/// Binary formats must not be written to a terminal.
bool is_binary(VvtFormat format);

/// A rendered file: its bytes, media type and a file name to save it under.
struct VvtFile {
    std::string content;
    std::string content_type;
    std::string file_name; ///< "vvt-3.xlsx", "vvt-concept.pdf"
};

/// Renders `statement` in `format`. The XLSX goes through a temporary file (libxlsxwriter
/// writes files only), which is removed again. Unavailable when that file cannot be
/// written; Internal when a renderer fails.
Result<VvtFile> render_vvt(domain::vvt::StatementOfApplicability const& statement, VvtFormat format);

} // namespace bolwerk::app
