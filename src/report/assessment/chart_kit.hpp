#pragma once

#include "domain/assessment/assessment.hpp"
#include "domain/catalog/control_number.hpp"
#include "report/risk/heat_map.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// The building blocks of the gap-analysis charts: labels in both languages, the
// status palette with its fill patterns, and a small SVG writer that escapes every
// text it writes. Shared by dashboard_charts.cpp; not a general chart library.
namespace bolwerk::report::assessment {

/// A chart's data as a table: the alternative every chart is paired with in a page
/// (WCAG 1.1.1). The first column holds the row headers.
struct DataTable {
    struct Row {
        std::string header;
        std::vector<std::string> cells;
    };
    std::string caption;
    std::vector<std::string> columns; ///< Including the row-header column.
    std::vector<Row> rows;
};

/// "niet gestart" / "not started", …
std::string_view status_label(domain::assessment::MeasureStatus status, Language language);
/// "5 Organisatorisch" / "5 Organisational", …
std::string theme_label(domain::catalog::Theme theme, Language language);
/// "Opzet" / "Design (opzet)", …
std::string_view aspect_label(domain::assessment::Aspect aspect, Language language);

/// The fill of a status: a dark colour on which white text has at least 4.5:1
/// contrast (WCAG 1.4.3), and a pattern so that colour is not the only carrier of
/// meaning (WCAG 1.4.1): crosshatch, stripes, solid, dots.
struct StatusStyle {
    std::string_view colour;
    std::string_view dash; ///< stroke-dasharray of its trend line; "" for solid.
};
StatusStyle status_style(domain::assessment::MeasureStatus status);

/// Colour of all text on a white background and of single-series bars.
inline constexpr std::string_view text_colour = "#1a1a1a";
inline constexpr std::string_view bar_colour = "#1f4e79";
inline constexpr std::string_view grid_colour = "#c8c8c8";

/// "2,5" in Dutch, "2.5" in English: one decimal.
std::string format_decimal(double value, Language language);
/// "45%": rounded to whole percent; "0%" when the whole is 0.
std::string format_percent(std::int64_t part, std::int64_t whole);

/// Writes one SVG document. Every text and attribute value passed in is escaped.
/// Ids are prefixed with the chart id so that several charts can share a page.
class SvgWriter {
public:
    /// Opens <svg role="img" aria-labelledby="ID-title ID-desc"> with <title> and <desc>.
    SvgWriter(std::string id, int width, int height, std::string_view title, std::string_view description);

    std::string const& id() const { return m_id; }
    /// The <defs> with one pattern per measure status, named by pattern_url().
    void status_patterns();
    std::string pattern_url(domain::assessment::MeasureStatus status) const;

    void rect(int x, int y, int width, int height, std::string_view fill);
    /// The outline of a rectangle (no fill), solid or dashed.
    void frame(int x, int y, int width, int height, std::string_view stroke, std::string_view dash = {});
    void line(int x1, int y1, int x2, int y2, std::string_view stroke, std::string_view dash = {});
    enum class Anchor : std::uint8_t { Start, Middle, End };
    void text(int x, int y, std::string_view content, Anchor anchor = Anchor::Start, int size = 12,
        std::string_view fill = text_colour, bool bold = false);
    /// A polyline through the points (x0 y0 x1 y1 …).
    void polyline(std::vector<int> const& points, std::string_view stroke, std::string_view dash);
    /// A marker of a status in a trend: circle, square, triangle or diamond.
    void marker(domain::assessment::MeasureStatus status, int x, int y);
    /// A legend entry: a swatch with the status's pattern and its label.
    void legend_entry(domain::assessment::MeasureStatus status, int x, int y, Language language);

    /// Closes the document and hands it over.
    std::string finish();

private:
    std::string m_id;
    std::string m_svg;
};

} // namespace bolwerk::report::assessment
