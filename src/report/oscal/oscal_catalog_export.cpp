#include "report/oscal/oscal_catalog_export.hpp"

#include "report/oscal/oscal_uuid.hpp"

#include "common/digest.hpp"
#include "common/json_text.hpp"

#include <nlohmann/json.hpp>

#include <map>

namespace bolwerk::report::oscal {

namespace {

using domain::catalog::CatalogItem;
using domain::catalog::ControlInfo;
using nlohmann::json;

constexpr std::string_view bolwerk_namespace = "urn:bolwerk:oscal";

std::string theme_title(domain::catalog::Theme theme)
{
    switch (theme) {
    case domain::catalog::Theme::Organisational: return "Organisatorische beheersmaatregelen";
    case domain::catalog::Theme::People: return "Mensgerichte beheersmaatregelen";
    case domain::catalog::Theme::Physical: return "Fysieke beheersmaatregelen";
    case domain::catalog::Theme::Technological: return "Technologische beheersmaatregelen";
    }
    return {};
}

std::string entry_id(domain::catalog::MeasureNumber number) { return "bio2-" + number.to_string(); }

json entry_to_control(CatalogItem const& item)
{
    json control{{"id", entry_id(item.number)}, {"class", to_string(item.kind)}, {"title", item.number.to_string()},
        {"props", json::array({{{"name", "label"}, {"value", item.number.to_string()}}})}};
    for (auto const tag : item.tags)
        control["props"].push_back({{"name", "tag"}, {"ns", bolwerk_namespace}, {"value", to_string(tag)}});
    if (item.target)
        control["links"] = json::array({{{"href", "#" + entry_id(*item.target)},
            {"rel", item.kind == domain::catalog::ItemKind::Moved ? "moved-to" : "reference"}}});
    if (!item.text.empty())
        control["parts"]
            = json::array({{{"id", entry_id(item.number) + "_smt"}, {"name", "statement"}, {"prose", item.text}}});
    return control;
}

json iso_control(ControlInfo const& info, std::vector<CatalogItem const*> const& entries)
{
    json control{{"id", "iso-" + info.number.to_string()}, {"class", "iso27002-2022"}, {"title", info.label_nl},
        {"props",
            json::array({{{"name", "label"}, {"value", info.number.to_string()}},
                {{"name", "alt-label"}, {"ns", bolwerk_namespace}, {"value", info.label_en}}})}};
    if (!entries.empty()) {
        control["controls"] = json::array();
        for (auto const* entry : entries)
            control["controls"].push_back(entry_to_control(*entry));
    }
    return control;
}

json theme_groups(domain::catalog::CatalogVersion const& version, domain::catalog::BuiltinIndex const& index)
{
    std::map<domain::catalog::ControlNumber, std::vector<CatalogItem const*>> entries;
    for (auto const& item : version.items())
        if (auto const control = item.number.control())
            entries[*control].push_back(&item);
    auto groups = json::array();
    for (auto const theme : domain::catalog::all_themes()) {
        json group{{"id", "theme-" + std::to_string(static_cast<unsigned>(theme))}, {"class", "theme"},
            {"title", theme_title(theme)}, {"controls", json::array()}};
        for (auto const& info : index.controls())
            if (info.theme == theme)
                group["controls"].push_back(iso_control(info, entries[info.number]));
        groups.push_back(std::move(group));
    }
    return groups;
}

} // namespace

std::string name_based_uuid(std::string_view name) { return uuid_v5(bolwerk_uuid_namespace, name); }

std::string export_oscal_catalog_json(
    domain::catalog::CatalogVersion const& version, domain::catalog::BuiltinIndex const& index, Timestamp now)
{
    auto const reference = version.reference().to_string();
    json const metadata{{"title", version.title().empty() ? reference : version.title()},
        {"last-modified", format_timestamp(now)}, {"version", version.reference().version},
        {"oscal-version", oscal_version},
        {"remarks",
            "Exported by Bolwerk from catalog " + reference
                + ". ISO/IEC 27002:2022 control titles are Bolwerk's own short labels."}};
    json const document{{"catalog",
        {{"uuid", name_based_uuid("bolwerk:catalog:" + reference)}, {"metadata", metadata},
            {"groups", theme_groups(version, index)}}}};
    return json_text(document, JsonLayout::Indented);
}

} // namespace bolwerk::report::oscal
