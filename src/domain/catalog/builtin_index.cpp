#include "domain/catalog/builtin_index.hpp"

#include "common/text.hpp"
#include "domain/catalog/builtin_data.hpp"

#include <map>

namespace bolwerk::domain::catalog {

namespace {

constexpr std::string_view framework_name = "bio2";
constexpr std::string_view framework_title = "Baseline Informatiebeveiliging Overheid 2";

// The data lines of a TSV file: no comments, no blank lines, split on tabs.
std::vector<std::vector<std::string_view>> data_rows(std::string_view text)
{
    std::vector<std::vector<std::string_view>> rows;
    for (auto const line : split(text, '\n')) {
        if (line.empty() || line.front() == '#')
            continue;
        rows.push_back(split(line, '\t'));
    }
    return rows;
}

Result<Theme> parse_theme(std::string_view text)
{
    for (auto const theme : all_themes())
        if (to_string(theme) == text)
            return theme;
    return Error::internal("built-in index: unknown theme '" + std::string(text) + "'");
}

Result<ControlInfo> parse_control(std::vector<std::string_view> const& row)
{
    if (row.size() != 4)
        return Error::internal("built-in index: a control row needs 4 columns");
    auto const number = TRY(ControlNumber::parse(row[0]));
    auto const theme = TRY(parse_theme(row[1]));
    if (theme != number.theme())
        return Error::internal("built-in index: control " + number.to_string() + " has the wrong theme");
    return ControlInfo{number, theme, std::string(row[2]), std::string(row[3])};
}

Result<std::vector<MeasureTag>> parse_tags(std::string_view text)
{
    std::vector<MeasureTag> tags;
    if (text.empty())
        return tags;
    for (auto const name : split(text, ','))
        tags.push_back(TRY(parse_measure_tag(name)));
    return tags;
}

Result<CatalogItem> parse_item(std::vector<std::string_view> const& row)
{
    if (row.size() != 5)
        return Error::internal("built-in index: a BIO2 row needs 5 columns");
    CatalogItem item{TRY(MeasureNumber::parse(row[1])), TRY(parse_item_kind(row[2])), {}, {}, TRY(parse_tags(row[4]))};
    if (!row[3].empty())
        item.target = TRY(MeasureNumber::parse(row[3]));
    return item;
}

Result<std::vector<ControlInfo>> load_controls()
{
    std::vector<ControlInfo> controls;
    for (auto const& row : data_rows(data::iso27002_2022_controls_tsv()))
        controls.push_back(TRY(parse_control(row)));
    if (controls.size() != ControlNumber::all().size())
        return Error::internal("built-in index: expected 93 controls");
    return controls;
}

Result<std::vector<CatalogVersion>> load_versions()
{
    std::map<std::string, std::vector<CatalogItem>, std::less<>> items_by_version;
    for (auto const& row : data_rows(data::bio2_index_tsv())) {
        auto item = TRY(parse_item(row));
        items_by_version[std::string(row[0])].push_back(std::move(item));
    }
    std::vector<CatalogVersion> versions;
    for (auto& [version, items] : items_by_version) {
        VersionReference reference{std::string(framework_name), version};
        auto const title = std::string(framework_title) + " " + version;
        versions.push_back(TRY(CatalogVersion::create(std::move(reference), title, std::move(items))));
    }
    return versions;
}

} // namespace

Result<BuiltinIndex> BuiltinIndex::load()
{
    BuiltinIndex index;
    index.m_controls = TRY(load_controls());
    index.m_versions = TRY(load_versions());
    return index;
}

ControlInfo const* BuiltinIndex::control(ControlNumber number) const
{
    for (auto const& control : m_controls)
        if (control.number == number)
            return &control;
    return nullptr;
}

CatalogVersion const* BuiltinIndex::version(VersionReference const& reference) const
{
    for (auto const& version : m_versions)
        if (version.reference() == reference)
            return &version;
    return nullptr;
}

} // namespace bolwerk::domain::catalog
