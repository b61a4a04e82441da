#include "report/vvt/vvt_pdf.hpp"

#include "domain/vvt/statement_canonical.hpp"
#include "report/vvt/vvt_tables.hpp"

// The renderer is cairo with pango: in-process (no external program, no browser, no
// temporary files), exact A4 geometry in points, real font shaping and line breaking for
// Dutch text (ë, ï, long compound words), and text that stays text in the PDF.
// The alternatives were weighed in docs/vvt.md.
#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <memory>

namespace bolwerk::report::vvt {

namespace {

// A4 landscape in PostScript points (297 × 210 mm), so the wide tables fit.
constexpr double page_width = 841.89;
constexpr double page_height = 595.28;
constexpr double margin = 36;
constexpr double header_height = 30; ///< Running header band below the top margin.
constexpr double footer_height = 20;
constexpr double content_top = margin + header_height;
constexpr double content_bottom = page_height - margin - footer_height;
constexpr double content_width = page_width - 2 * margin;
constexpr double cell_padding = 3;
constexpr int max_cell_lines = 40;
constexpr char const* body_font = "DejaVu Sans 7.5";
constexpr char const* bold_font = "DejaVu Sans Bold 7.5";
constexpr char const* heading_font = "DejaVu Sans Bold 12";
constexpr char const* title_font = "DejaVu Sans Bold 18";

struct SurfaceDeleter {
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct ContextDeleter {
    void operator()(cairo_t* context) const { cairo_destroy(context); }
};
struct LayoutDeleter {
    void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
struct FontDeleter {
    void operator()(PangoFontDescription* font) const { pango_font_description_free(font); }
};
using FontPointer = std::unique_ptr<PangoFontDescription, FontDeleter>;

/// A piece of text at a place on a page, wrapped to `width`.
struct TextBox {
    double x = 0;
    double y = 0;
    double width = 0;
    std::string text;
    char const* font = body_font;
};
struct Rectangle {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    bool filled = false; ///< A header background; otherwise a cell border.
};
struct Page {
    std::vector<Rectangle> rectangles;
    std::vector<TextBox> texts;
};

/// Measures and draws text with one pango layout on the document's cairo context.
/// Lives as long as the context it was made from.
class TextEngine {
public:
    explicit TextEngine(cairo_t* context)
        : m_context(context)
        , m_layout(pango_cairo_create_layout(context))
    {
        // Pango assumes 96 dpi by default; the PDF surface counts in points (72 per
        // inch), so without this a 7.5 pt font would come out at 10 pt.
        pango_cairo_context_set_resolution(pango_layout_get_context(m_layout.get()), 72);
        pango_layout_context_changed(m_layout.get());
    }

    double height(TextBox const& box)
    {
        prepare(box);
        int width = 0;
        int height = 0;
        pango_layout_get_size(m_layout.get(), &width, &height);
        return static_cast<double>(height) / PANGO_SCALE;
    }

    /// The width of `text` on one line.
    double natural_width(std::string const& text, char const* font)
    {
        prepare({0, 0, -1, text, font});
        int width = 0;
        int height = 0;
        pango_layout_get_size(m_layout.get(), &width, &height);
        return static_cast<double>(width) / PANGO_SCALE;
    }

    void draw(TextBox const& box)
    {
        prepare(box);
        cairo_move_to(m_context, box.x, box.y);
        pango_cairo_show_layout(m_context, m_layout.get());
    }

private:
    void prepare(TextBox const& box)
    {
        FontPointer const font(pango_font_description_from_string(box.font));
        pango_layout_set_font_description(m_layout.get(), font.get());
        pango_layout_set_width(m_layout.get(), box.width < 0 ? -1 : static_cast<int>(box.width * PANGO_SCALE));
        pango_layout_set_wrap(m_layout.get(), PANGO_WRAP_WORD_CHAR);
        // A negative height counts lines: cut a runaway cell off with an ellipsis.
        pango_layout_set_height(m_layout.get(), -max_cell_lines);
        pango_layout_set_ellipsize(m_layout.get(), PANGO_ELLIPSIZE_END);
        pango_layout_set_text(m_layout.get(), box.text.c_str(), static_cast<int>(box.text.size()));
    }

    cairo_t* m_context;
    std::unique_ptr<PangoLayout, LayoutDeleter> m_layout;
};

/// Breaks the document into pages: the first pass of two, so that the second knows
/// the page count for "pagina N van M".
class Paginator {
public:
    explicit Paginator(TextEngine& engine)
        : m_engine(engine)
    {
        new_page();
    }

    void title(std::string const& title, std::string const& subtitle)
    {
        add_text({margin, m_y, content_width, title, title_font});
        add_text({margin, m_y, content_width, subtitle, heading_font});
        m_y += 8;
    }

    void section(std::string const& heading, Table const& table, bool on_new_page)
    {
        if (on_new_page && m_y > content_top)
            new_page();
        auto const widths = column_widths(table);
        TextBox const heading_box{margin, m_y, content_width, heading, heading_font};
        // Keep the heading with the header row and the first row of the table.
        if (m_y + m_engine.height(heading_box) + 6 + 2 * row_height(table.columns.size(), widths, {}, bold_font)
            > content_bottom)
            new_page();
        add_text({margin, m_y, content_width, heading, heading_font});
        m_y += 6;
        header_row(table, widths);
        auto rows = table.rows;
        if (rows.empty())
            rows.push_back(std::vector<std::string>(table.columns.size(), ""));
        if (table.rows.empty())
            rows.front().front() = "Geen.";
        for (auto const& cells : rows) {
            auto const height = row_height(cells.size(), widths, cells, body_font);
            if (m_y + height > content_bottom) {
                new_page();
                header_row(table, widths); // repeated on every page the table continues on
            }
            draw_row(widths, cells, body_font, height, false);
        }
        m_y += 14;
    }

    std::vector<Page> pages() && { return std::move(m_pages); }

private:
    void new_page()
    {
        m_pages.emplace_back();
        m_y = content_top;
    }

    void add_text(TextBox box)
    {
        box.y = m_y;
        m_y += m_engine.height(box);
        m_pages.back().texts.push_back(std::move(box));
    }

    // Each column gets at least the width of its widest word (so that numbers and dates
    // are not broken), the rest of the line in proportion to the columns'
    // weights; when even the words do not fit, everything shrinks in proportion.
    std::vector<double> column_widths(Table const& table)
    {
        std::vector<double> minimum;
        double weights = 0;
        for (std::size_t column = 0; column < table.columns.size(); ++column) {
            // A long header word may wrap rather than widen a column of small numbers.
            constexpr double widest_header_word = 40;
            double widest = std::min(widest_word(table.columns[column].header, bold_font), widest_header_word);
            for (auto const& row : table.rows)
                widest = std::max(widest, widest_word(row[column], body_font));
            minimum.push_back(widest + 2 * cell_padding + 1);
            weights += table.columns[column].width;
        }
        double used = 0;
        for (auto const width : minimum)
            used += width;
        std::vector<double> widths;
        for (std::size_t column = 0; column < minimum.size(); ++column) {
            if (used >= content_width)
                widths.push_back(minimum[column] * content_width / used);
            else
                widths.push_back(minimum[column] + (content_width - used) * table.columns[column].width / weights);
        }
        return widths;
    }

    double widest_word(std::string const& text, char const* font)
    {
        // Words longer than this are broken anyway rather than widening their column.
        constexpr std::size_t longest_kept_word = 16;
        double widest = 0;
        std::size_t start = 0;
        while (start < text.size()) {
            auto end = text.find_first_of(" \n", start);
            if (end == std::string::npos)
                end = text.size();
            if (end > start && end - start <= longest_kept_word)
                widest = std::max(widest, m_engine.natural_width(text.substr(start, end - start), font));
            start = end + 1;
        }
        return widest;
    }

    double row_height(
        std::size_t count, std::vector<double> const& widths, std::vector<std::string> const& cells, char const* font)
    {
        double height = 0;
        for (std::size_t i = 0; i < count; ++i) {
            auto const text = i < cells.size() ? cells[i] : std::string("X");
            height = std::max(height, m_engine.height({0, 0, widths[i] - 2 * cell_padding, text, font}));
        }
        return height + 2 * cell_padding;
    }

    void header_row(Table const& table, std::vector<double> const& widths)
    {
        std::vector<std::string> headers;
        for (auto const& column : table.columns)
            headers.push_back(column.header);
        draw_row(widths, headers, bold_font, row_height(headers.size(), widths, headers, bold_font), true);
    }

    void draw_row(std::vector<double> const& widths, std::vector<std::string> const& cells, char const* font,
        double height, bool header)
    {
        auto& page = m_pages.back();
        double x = margin;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (header)
                page.rectangles.push_back({x, m_y, widths[i], height, true});
            page.rectangles.push_back({x, m_y, widths[i], height, false});
            page.texts.push_back({x + cell_padding, m_y + cell_padding, widths[i] - 2 * cell_padding, cells[i], font});
            x += widths[i];
        }
        m_y += height;
    }

    TextEngine& m_engine;
    std::vector<Page> m_pages;
    double m_y = content_top;
};

void draw_page(cairo_t* context, TextEngine& engine, Page const& page, std::size_t number, std::size_t count,
    std::string const& running_title, std::string const& footer)
{
    cairo_set_line_width(context, 0.4);
    for (auto const& rectangle : page.rectangles) {
        cairo_rectangle(context, rectangle.x, rectangle.y, rectangle.width, rectangle.height);
        if (rectangle.filled) {
            cairo_set_source_rgb(context, 0.87, 0.90, 0.94);
            cairo_fill(context);
        } else {
            cairo_set_source_rgb(context, 0.55, 0.55, 0.55);
            cairo_stroke(context);
        }
    }
    cairo_set_source_rgb(context, 0, 0, 0);
    for (auto const& text : page.texts)
        engine.draw(text);
    engine.draw({margin, margin, content_width, running_title, bold_font});
    cairo_move_to(context, margin, margin + header_height - 8);
    cairo_line_to(context, page_width - margin, margin + header_height - 8);
    cairo_stroke(context);
    auto const footer_y = page_height - margin - footer_height + 8;
    engine.draw({margin, footer_y, content_width * 0.75, footer, body_font});
    auto const page_text = "pagina " + std::to_string(number) + " van " + std::to_string(count);
    engine.draw({page_width - margin - 90, footer_y, 90, page_text, body_font});
    cairo_show_page(context);
}

cairo_status_t append_to_string(void* closure, unsigned char const* data, unsigned int length)
{
    static_cast<std::string*>(closure)->append(reinterpret_cast<char const*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

// The heading of each part, by the title of its table.
std::string_view heading_of(std::string const& title)
{
    constexpr std::array<std::pair<std::string_view, std::string_view>, 5> headings{{
        {"Verklaring", "Gegevens van deze verklaring"},
        {"Reikwijdte", "1. Reikwijdte van het ISMS"},
        {"Beheersmaatregelen", "2. Beheersmaatregelen (ISO/IEC 27002:2022)"},
        {"Overheidsmaatregelen", "3. Overheidsmaatregelen (BIO2)"},
        {"Bijlage uitzonderingen", "Bijlage uitzonderingen"},
    }};
    for (auto const& [table, heading] : headings) {
        if (table == title)
            return heading;
    }
    return title;
}

std::vector<Page> paginate(
    TextEngine& engine, domain::vvt::StatementOfApplicability const& statement, std::vector<Table> const& tables)
{
    Paginator paginator(engine);
    paginator.title(std::string(document_title), document_subtitle(statement));
    for (std::size_t i = 0; i < tables.size(); ++i)
        paginator.section(std::string(heading_of(tables[i].title)), tables[i], i >= 2);
    return std::move(paginator).pages();
}

// The public parts (issue #13 item 4): without implementation status, the controls with
// their applicability and justification only, and no measures.
std::vector<Table> public_tables(domain::vvt::StatementOfApplicability const& statement)
{
    constexpr std::size_t applicability_columns = 6; // number, label, applicable, reasons, justification, reference
    auto controls = control_table(statement);
    controls.columns.resize(applicability_columns);
    for (auto& row : controls.rows)
        row.resize(applicability_columns);
    return {header_table(statement), scope_table(statement), std::move(controls), exception_table(statement)};
}

Result<std::string> render_tables_pdf(
    domain::vvt::StatementOfApplicability const& statement, std::vector<Table> const& tables)
{
    std::string bytes;
    std::unique_ptr<cairo_surface_t, SurfaceDeleter> const surface(
        cairo_pdf_surface_create_for_stream(append_to_string, &bytes, page_width, page_height));
    auto const title = std::string(document_title) + " — " + document_subtitle(statement);
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Bolwerk");
    // The generation time, not the wall clock, so that the same version gives the same file.
    auto const created = format_timestamp(statement.header.metadata.generated_at).substr(0, 19) + "Z";
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, created.c_str());
    {
        std::unique_ptr<cairo_t, ContextDeleter> const context(cairo_create(surface.get()));
        TextEngine engine(context.get());
        auto const pages = paginate(engine, statement, tables);
        auto const footer = "SHA-256 (canoniek): " + domain::vvt::digest(statement);
        for (std::size_t i = 0; i < pages.size(); ++i)
            draw_page(context.get(), engine, pages[i], i + 1, pages.size(), title, footer);
        if (cairo_status(context.get()) != CAIRO_STATUS_SUCCESS)
            return Error::internal(
                std::string("PDF rendering failed: ") + cairo_status_to_string(cairo_status(context.get())));
    }
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
        return Error::internal(
            std::string("PDF rendering failed: ") + cairo_status_to_string(cairo_surface_status(surface.get())));
    return bytes;
}

} // namespace

Result<std::string> render_statement_pdf(domain::vvt::StatementOfApplicability const& statement)
{
    return render_tables_pdf(statement, statement_tables(statement));
}

Result<std::string> render_public_statement_pdf(
    domain::vvt::StatementOfApplicability const& statement, bool implementation)
{
    return render_tables_pdf(statement, implementation ? statement_tables(statement) : public_tables(statement));
}

Result<void> write_statement_pdf(std::string const& path, domain::vvt::StatementOfApplicability const& statement)
{
    auto const bytes = TRY(render_statement_pdf(statement));
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    file.close();
    if (!file)
        return Error::unavailable("cannot write '" + path + "'");
    return ok();
}

} // namespace bolwerk::report::vvt
