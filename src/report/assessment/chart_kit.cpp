#include "report/assessment/chart_kit.hpp"

#include "common/text.hpp"

#include <cmath>
#include <cstdio>

namespace bolwerk::report::assessment {

namespace {

using domain::assessment::MeasureStatus;

std::string number(int value) { return std::to_string(value); }

std::string_view anchor_name(SvgWriter::Anchor anchor)
{
    switch (anchor) {
    case SvgWriter::Anchor::Start: return "start";
    case SvgWriter::Anchor::Middle: return "middle";
    case SvgWriter::Anchor::End: return "end";
    }
    return "start";
}

// The texture drawn over the base colour of a status, in an 8×8 tile. White at half
// opacity keeps the texture visible without hiding the colour.
std::string_view pattern_path(MeasureStatus status)
{
    switch (status) {
    case MeasureStatus::NotStarted:
        return "<path d=\"M0,0 L8,8 M8,0 L0,8\" stroke=\"#ffffff\" stroke-opacity=\"0.5\" stroke-width=\"1.5\"/>";
    case MeasureStatus::InProgress:
        return "<path d=\"M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6\" stroke=\"#ffffff\" stroke-opacity=\"0.5\" "
               "stroke-width=\"2\"/>";
    case MeasureStatus::Implemented: return "";
    case MeasureStatus::NotApplicable:
        return "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#ffffff\" fill-opacity=\"0.6\"/>";
    }
    return "";
}

std::string_view status_slug(MeasureStatus status) { return domain::assessment::to_string(status); }

} // namespace

std::string_view status_label(MeasureStatus status, Language language)
{
    bool const dutch = language == Language::Dutch;
    switch (status) {
    case MeasureStatus::NotStarted: return dutch ? "niet gestart" : "not started";
    case MeasureStatus::InProgress: return dutch ? "in uitvoering" : "in progress";
    case MeasureStatus::Implemented: return dutch ? "geïmplementeerd" : "implemented";
    case MeasureStatus::NotApplicable: return dutch ? "niet van toepassing" : "not applicable";
    }
    return "";
}

std::string theme_label(domain::catalog::Theme theme, Language language)
{
    bool const dutch = language == Language::Dutch;
    auto chapter = std::to_string(static_cast<int>(theme)) + " ";
    switch (theme) {
    case domain::catalog::Theme::Organisational: return chapter + (dutch ? "Organisatorisch" : "Organisational");
    case domain::catalog::Theme::People: return chapter + (dutch ? "Mensgericht" : "People");
    case domain::catalog::Theme::Physical: return chapter + (dutch ? "Fysiek" : "Physical");
    case domain::catalog::Theme::Technological: return chapter + (dutch ? "Technologisch" : "Technological");
    }
    return chapter;
}

std::string_view aspect_label(domain::assessment::Aspect aspect, Language language)
{
    bool const dutch = language == Language::Dutch;
    switch (aspect) {
    case domain::assessment::Aspect::Design: return dutch ? "Opzet" : "Design (opzet)";
    case domain::assessment::Aspect::Existence: return dutch ? "Bestaan" : "Existence (bestaan)";
    case domain::assessment::Aspect::Operation: return dutch ? "Werking" : "Operation (werking)";
    }
    return "";
}

StatusStyle status_style(MeasureStatus status)
{
    // Each colour has at least 4.5:1 contrast with white text and 3:1 with the white
    // page as a graphic (WCAG 1.4.3, 1.4.11); chart_kit_test checks the ratios.
    switch (status) {
    case MeasureStatus::NotStarted: return {"#a4262c", "6 3"};
    case MeasureStatus::InProgress: return {"#8a4600", "2 3"};
    case MeasureStatus::Implemented: return {"#1e6b34", ""};
    case MeasureStatus::NotApplicable: return {"#595959", "10 3 2 3"};
    }
    return {"#595959", ""};
}

std::string format_decimal(double value, Language language)
{
    char buffer[32];
    (void)std::snprintf(buffer, sizeof buffer, "%.1f", value);
    std::string text(buffer);
    if (language == Language::Dutch) {
        for (auto& character : text) {
            if (character == '.')
                character = ',';
        }
    }
    return text;
}

std::string format_percent(std::int64_t part, std::int64_t whole)
{
    if (whole <= 0)
        return "0%";
    auto const percent = std::llround(100.0 * static_cast<double>(part) / static_cast<double>(whole));
    return std::to_string(percent) + "%";
}

SvgWriter::SvgWriter(std::string id, int width, int height, std::string_view title, std::string_view description)
    : m_id(std::move(id))
{
    auto const escaped_id = escape_xml(m_id);
    m_svg.reserve(8192);
    m_svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"" + escaped_id + "-title "
        + escaped_id + "-desc\" viewBox=\"0 0 " + number(width) + " " + number(height) + "\" width=\"" + number(width)
        + "\" height=\"" + number(height) + "\" font-family=\"sans-serif\" class=\"bolwerk-chart\">";
    m_svg += "<title id=\"" + escaped_id + "-title\">" + escape_xml(title) + "</title>";
    m_svg += "<desc id=\"" + escaped_id + "-desc\">" + escape_xml(description) + "</desc>";
    m_svg += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>";
}

void SvgWriter::status_patterns()
{
    m_svg += "<defs>";
    for (auto const status : domain::assessment::all_measure_statuses) {
        m_svg += "<pattern id=\"" + escape_xml(m_id) + "-" + std::string(status_slug(status))
            + "\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\""
            + std::string(status_style(status).colour) + "\"/>" + std::string(pattern_path(status)) + "</pattern>";
    }
    m_svg += "</defs>";
}

std::string SvgWriter::pattern_url(MeasureStatus status) const
{
    return "url(#" + m_id + "-" + std::string(status_slug(status)) + ")";
}

void SvgWriter::rect(int x, int y, int width, int height, std::string_view fill)
{
    m_svg += "<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(width) + "\" height=\""
        + number(height) + "\" fill=\"" + escape_xml(fill) + "\"/>";
}

void SvgWriter::frame(int x, int y, int width, int height, std::string_view stroke, std::string_view dash)
{
    m_svg += "<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(width) + "\" height=\""
        + number(height) + "\" fill=\"none\" stroke=\"" + escape_xml(stroke) + "\"";
    if (!dash.empty())
        m_svg += " stroke-dasharray=\"" + escape_xml(dash) + "\"";
    m_svg += "/>";
}

void SvgWriter::line(int x1, int y1, int x2, int y2, std::string_view stroke, std::string_view dash)
{
    m_svg += "<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) + "\" y2=\"" + number(y2)
        + "\" stroke=\"" + escape_xml(stroke) + "\"";
    if (!dash.empty())
        m_svg += " stroke-dasharray=\"" + escape_xml(dash) + "\"";
    m_svg += "/>";
}

void SvgWriter::text(int x, int y, std::string_view content, Anchor anchor, int size, std::string_view fill, bool bold)
{
    m_svg += "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" font-size=\"" + number(size) + "\" fill=\""
        + escape_xml(fill) + "\"";
    if (anchor != Anchor::Start)
        m_svg += " text-anchor=\"" + std::string(anchor_name(anchor)) + "\"";
    if (bold)
        m_svg += " font-weight=\"bold\"";
    m_svg += ">" + escape_xml(content) + "</text>";
}

void SvgWriter::polyline(std::vector<int> const& points, std::string_view stroke, std::string_view dash)
{
    m_svg += "<polyline fill=\"none\" stroke-width=\"2.5\" stroke=\"" + escape_xml(stroke) + "\"";
    if (!dash.empty())
        m_svg += " stroke-dasharray=\"" + escape_xml(dash) + "\"";
    m_svg += " points=\"";
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i > 0)
            m_svg += i % 2 == 0 ? " " : ",";
        m_svg += number(points[i]);
    }
    m_svg += "\"/>";
}

void SvgWriter::marker(MeasureStatus status, int x, int y)
{
    auto const colour = std::string(status_style(status).colour);
    switch (status) {
    case MeasureStatus::NotStarted:
        m_svg += "<circle cx=\"" + number(x) + "\" cy=\"" + number(y) + "\" r=\"5\" fill=\"" + colour + "\"/>";
        return;
    case MeasureStatus::InProgress: rect(x - 5, y - 5, 10, 10, colour); return;
    case MeasureStatus::Implemented:
        m_svg += "<polygon points=\"" + number(x) + "," + number(y - 6) + " " + number(x + 6) + "," + number(y + 5)
            + " " + number(x - 6) + "," + number(y + 5) + "\" fill=\"" + colour + "\"/>";
        return;
    case MeasureStatus::NotApplicable:
        m_svg += "<polygon points=\"" + number(x) + "," + number(y - 6) + " " + number(x + 6) + "," + number(y) + " "
            + number(x) + "," + number(y + 6) + " " + number(x - 6) + "," + number(y) + "\" fill=\"" + colour + "\"/>";
        return;
    }
}

void SvgWriter::legend_entry(MeasureStatus status, int x, int y, Language language)
{
    rect(x, y, 18, 18, pattern_url(status));
    frame(x, y, 18, 18, text_colour);
    text(x + 24, y + 14, status_label(status, language));
}

std::string SvgWriter::finish()
{
    m_svg += "</svg>";
    return std::move(m_svg);
}

} // namespace bolwerk::report::assessment
