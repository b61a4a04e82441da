#include "report/supplier/chain_graph.hpp"

#include <algorithm>

namespace bolwerk::report::supplier {

namespace {

using assessment::SvgWriter;

constexpr int margin = 16;
constexpr int box_width = 320;
constexpr int box_height = 44;
constexpr int row_height = 56;
constexpr int indent = 28;
constexpr int connector_offset = 12;
constexpr std::size_t max_label_characters = 40;
constexpr std::string_view box_fill = "#ffffff";
constexpr std::string_view supplier_fill = "#e8eef5";
constexpr std::string_view excluded_dash = "6 3";

bool dutch(Language language) { return language == Language::Dutch; }

std::size_t excluded_count(domain::ChainNode const& node)
{
    return static_cast<std::size_t>(std::count_if(node.requirements.begin(), node.requirements.end(),
        [](domain::RequirementApplicability const& requirement) { return !requirement.applies; }));
}

// At most `limit` characters (code points, not bytes), with "…" when shortened.
std::string shortened(std::string_view text, std::size_t limit)
{
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool const starts_character = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
        if (starts_character && ++characters > limit)
            return std::string(text.substr(0, i)) + "…";
    }
    return std::string(text);
}

std::string details(domain::ChainEntry const& entry, Language language)
{
    auto const& node = *entry.node;
    std::string text = (dutch(language) ? "niveau " : "level ") + std::to_string(entry.depth);
    if (node.country)
        text += " · " + node.country->value();
    if (node.cloud_service_provider)
        text += " · cloud";
    if (auto const excluded = excluded_count(node); excluded > 0) {
        text += " · " + std::to_string(excluded);
        text += dutch(language) ? (excluded == 1 ? " eis uitgesloten" : " eisen uitgesloten")
                                : (excluded == 1 ? " requirement excluded" : " requirements excluded");
    }
    return text;
}

std::string description(
    std::string_view supplier, std::string_view service, domain::ChainTree const& tree, Language language)
{
    auto const count = tree.entries.size();
    auto const with_exclusions = std::count_if(tree.entries.begin(), tree.entries.end(),
        [](domain::ChainEntry const& entry) { return excluded_count(*entry.node) > 0; });
    auto const head = std::string(supplier) + (dutch(language) ? " levert " : " delivers ") + std::string(service);
    if (count == 0)
        return head + (dutch(language) ? " zonder toeleveranciers." : " without sub-suppliers.");
    if (dutch(language))
        return head + " met " + std::to_string(count) + " toeleverancier(s) in " + std::to_string(tree.depth())
            + " niveau(s); " + std::to_string(with_exclusions) + " met uitgesloten eisen.";
    return head + " with " + std::to_string(count) + " sub-supplier(s) in " + std::to_string(tree.depth())
        + " level(s); " + std::to_string(with_exclusions) + " with excluded requirements.";
}

int x_of(std::size_t depth) { return margin + static_cast<int>(depth) * indent; }
int y_of(std::size_t row) { return margin + static_cast<int>(row) * row_height; }

void draw_box(SvgWriter& svg, int x, int y, std::string_view fill, std::string_view dash, std::string_view name,
    std::string const& line2)
{
    svg.rect(x, y, box_width, box_height, fill);
    svg.frame(x, y, box_width, box_height, assessment::text_colour, dash);
    svg.text(x + 8, y + 18, shortened(name, max_label_characters), SvgWriter::Anchor::Start, 13,
        assessment::text_colour, true);
    svg.text(x + 8, y + 36, line2, SvgWriter::Anchor::Start, 12);
}

// An elbow from below the parent's box down to the middle of the child's left edge.
void draw_connector(
    SvgWriter& svg, std::size_t parent_row, std::size_t parent_depth, std::size_t row, std::size_t depth)
{
    auto const x = x_of(parent_depth) + connector_offset;
    auto const child_middle = y_of(row) + box_height / 2;
    svg.line(x, y_of(parent_row) + box_height, x, child_middle, assessment::text_colour);
    svg.line(x, child_middle, x_of(depth), child_middle, assessment::text_colour);
}

std::string requirement_list(domain::ChainNode const& node, bool applies)
{
    std::string list;
    for (auto const& requirement : node.requirements) {
        if (requirement.applies != applies)
            continue;
        list += list.empty() ? "" : "; ";
        list += requirement.requirement;
        if (!applies)
            list += " (" + requirement.reason + ")";
    }
    return list;
}

} // namespace

std::string chain_graph_svg(std::string_view supplier, std::string_view service, domain::ChainTree const& tree,
    Language language, std::string id)
{
    auto const rows = tree.entries.size() + 1; // the supplier on the first row
    auto const width = 2 * margin + static_cast<int>(tree.depth()) * indent + box_width;
    auto const height = 2 * margin + static_cast<int>(rows) * row_height - (row_height - box_height);
    auto const title = (dutch(language) ? "Toeleveringsketen van " : "Supply chain of ") + std::string(service);
    SvgWriter svg(std::move(id), width, height, title, description(supplier, service, tree, language));
    draw_box(svg, x_of(0), y_of(0), supplier_fill, {}, supplier,
        dutch(language) ? "leverancier van " + std::string(service) : "supplier of " + std::string(service));
    for (std::size_t i = 0; i < tree.entries.size(); ++i) {
        auto const& entry = tree.entries[i];
        auto const parent_row = entry.parent_index ? *entry.parent_index + 1 : 0;
        auto const parent_depth = entry.parent_index ? tree.entries[*entry.parent_index].depth : 0;
        draw_connector(svg, parent_row, parent_depth, i + 1, entry.depth);
        auto const dash = excluded_count(*entry.node) > 0 ? excluded_dash : std::string_view{};
        draw_box(svg, x_of(entry.depth), y_of(i + 1), box_fill, dash, entry.node->name, details(entry, language));
    }
    return svg.finish();
}

assessment::DataTable chain_table(
    std::string_view supplier, std::string_view service, domain::ChainTree const& tree, Language language)
{
    bool const nl = dutch(language);
    assessment::DataTable table;
    table.caption = (nl ? "Toeleveringsketen van " : "Supply chain of ") + std::string(service) + " ("
        + std::string(supplier) + ")";
    table.columns = nl ? std::vector<std::string>{"Toeleverancier", "Niveau", "Werkt voor", "Levert", "Land", "Cloud",
                        "Eisen van toepassing", "Uitgesloten eisen (reden)"}
                       : std::vector<std::string>{"Sub-supplier", "Level", "Works for", "Provides", "Country", "Cloud",
                           "Requirements that apply", "Excluded requirements (reason)"};
    for (auto const& entry : tree.entries) {
        auto const& node = *entry.node;
        auto const works_for
            = entry.parent_index ? tree.entries[*entry.parent_index].node->name : std::string(supplier);
        table.rows.push_back({node.name,
            {std::to_string(entry.depth), works_for, node.provides, node.country ? node.country->value() : "",
                node.cloud_service_provider ? (nl ? "ja" : "yes") : (nl ? "nee" : "no"), requirement_list(node, true),
                requirement_list(node, false)}});
    }
    return table;
}

} // namespace bolwerk::report::supplier
