#include "importers/supplier/supplier_csv_mapping.hpp"

#include "common/text.hpp"
#include "importers/csv/csv_mapping.hpp"

#include <algorithm>
#include <charconv>

namespace bolwerk::importers {

namespace {

constexpr std::array<std::string_view, all_supplier_fields.size()> field_names{"name", "kvk_number", "country",
    "contact_name", "contact_role", "contact_email", "contact_phone", "notes", "service", "service_description",
    "systems", "personal_data", "data_locations", "dependency", "cloud", "contract_reference", "contract_title",
    "contract_start", "contract_end", "notice_days"};

std::optional<SupplierField> field_named(std::string_view key)
{
    for (auto const field : all_supplier_fields) {
        if (to_string(field) == key)
            return field;
    }
    return std::nullopt;
}

Result<ImportMode> parse_mode(std::string_view value, ErrorLocation const& where)
{
    if (value == "all_or_nothing")
        return ImportMode::AllOrNothing;
    if (value == "skip_invalid_rows")
        return ImportMode::SkipInvalidRows;
    return Error::invalid("mode must be all_or_nothing or skip_invalid_rows", where);
}

Result<void> apply(
    SupplierCsvMapping& mapping, std::string_view key, std::string_view value, ErrorLocation const& where)
{
    if (key == "delimiter") {
        mapping.delimiter = TRY(csv::parse_delimiter(value, where));
        return ok();
    }
    if (key == "mode") {
        mapping.mode = TRY(parse_mode(value, where));
        return ok();
    }
    auto const field = field_named(key);
    if (!field) {
        std::vector<std::string_view> keys(field_names.begin(), field_names.end());
        auto const suggestion = nearest_word(key, keys);
        return Error::invalid("unknown key '" + std::string(key) + "'"
                + (suggestion ? "; did you mean '" + *suggestion + "'?" : std::string()),
            where);
    }
    if (value.empty())
        return Error::invalid("name the column for '" + std::string(key) + "'", where);
    if (!mapping.columns.emplace(*field, std::string(value)).second)
        return Error::invalid("'" + std::string(key) + "' is mapped twice", where);
    return ok();
}

// The 0-based index of a column named by header text or "#N", if present.
std::optional<std::size_t> find_column(std::string const& name, std::vector<std::string> const& header)
{
    if (name.size() > 1 && name[0] == '#') {
        std::size_t number = 0;
        auto const parsed = std::from_chars(name.data() + 1, name.data() + name.size(), number);
        if (parsed.ec == std::errc{} && parsed.ptr == name.data() + name.size() && number >= 1
            && number <= header.size())
            return number - 1;
        return std::nullopt;
    }
    auto const wanted = to_ascii_lower(trim(name));
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (to_ascii_lower(trim(header[i])) == wanted)
            return i;
    }
    return std::nullopt;
}

Error missing_column(std::string const& name, std::vector<std::string> const& header, std::string const& source)
{
    std::vector<std::string> lowered;
    lowered.reserve(header.size());
    for (auto const& column : header)
        lowered.push_back(to_ascii_lower(trim(column)));
    std::vector<std::string_view> candidates(lowered.begin(), lowered.end());
    auto const nearest = nearest_word(to_ascii_lower(trim(name)), candidates);
    std::string suggestion;
    if (nearest) {
        // Suggest the header as the file writes it.
        auto const index
            = static_cast<std::size_t>(std::find(lowered.begin(), lowered.end(), *nearest) - lowered.begin());
        suggestion = "; did you mean '" + std::string(trim(header[index])) + "'?";
    }
    return Error::invalid("the header has no column '" + name + "'" + suggestion, {.source = source, .line = 1});
}

} // namespace

std::string_view to_string(SupplierField field) { return field_names.at(static_cast<std::size_t>(field)); }

SupplierCsvMapping SupplierCsvMapping::defaults()
{
    SupplierCsvMapping mapping;
    for (auto const field : all_supplier_fields)
        mapping.columns.emplace(field, std::string(to_string(field)));
    return mapping;
}

Result<SupplierCsvMapping> SupplierCsvMapping::parse(std::string_view text, std::string const& source)
{
    SupplierCsvMapping mapping;
    mapping.explicit_columns = true;
    TRY(csv::read_key_values(
        text, source, [&](std::string_view key, std::string_view value, ErrorLocation const& where) {
            return apply(mapping, key, value, where);
        }));
    if (!mapping.columns.contains(SupplierField::Name))
        return Error::invalid("the mapping needs the supplier's 'name' column", {.source = source});
    return mapping;
}

std::optional<std::size_t> SupplierColumns::of(SupplierField field) const
{
    auto const found = index.find(field);
    return found == index.end() ? std::nullopt : std::optional(found->second);
}

Result<SupplierColumns> resolve_columns(
    SupplierCsvMapping const& mapping, std::vector<std::string> const& header, std::string const& source)
{
    SupplierColumns columns;
    columns.header = header;
    for (auto const& [field, name] : mapping.columns) {
        auto const index = find_column(name, header);
        if (index)
            columns.index.emplace(field, *index);
        else if (mapping.explicit_columns || field == SupplierField::Name)
            return missing_column(name, header, source);
    }
    return columns;
}

} // namespace bolwerk::importers
