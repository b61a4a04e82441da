#include "importers/csv/csv_importer.hpp"

#include "common/text.hpp"
#include "importers/catalog_validation.hpp"
#include "importers/csv/csv_reader.hpp"
#include "importers/entry_classifier.hpp"
#include "importers/source_text.hpp"

#include <charconv>

namespace bolwerk::importers::csv {

namespace {

using domain::catalog::ItemKind;
using domain::catalog::MeasureNumber;

Result<std::size_t> column_index(CsvRecord const& header, std::string const& name, std::string const& source_name)
{
    if (name.size() > 1 && name[0] == '#') {
        std::size_t number = 0;
        auto const parsed = std::from_chars(name.data() + 1, name.data() + name.size(), number);
        if (parsed.ec == std::errc{} && number >= 1)
            return number - 1;
    }
    for (std::size_t i = 0; i < header.fields.size(); ++i)
        if (trim(header.fields[i]) == name)
            return i;
    return Error::invalid("the header row has no column '" + name + "'", {.source = source_name, .line = header.line});
}

struct Columns {
    std::size_t number{};
    std::size_t text{};
    std::optional<std::size_t> tags;
};

std::string field(CsvRecord const& record, std::size_t index)
{
    return index < record.fields.size() ? std::string(trim(record.fields[index])) : std::string();
}

void add_tags(LocatedItem& entry, std::string const& text, std::vector<Defect>& defects)
{
    for (auto const name : split(text, ',')) {
        if (trim(name).empty())
            continue;
        if (auto const tag = domain::catalog::parse_measure_tag(name))
            entry.item.tags.push_back(*tag);
        else
            defects.push_back({DefectKind::UnknownTag, entry.line, entry.item.number.to_string(),
                "unknown measure type '" + std::string(trim(name)) + "'"});
    }
}

// The entry of one data row, or nothing for a heading row.
Result<std::optional<LocatedItem>> entry_of(
    CsvRecord const& record, Columns const& columns, std::vector<Defect>& defects, std::string const& source_name)
{
    auto const number_text = field(record, columns.number);
    if (number_text.empty() || domain::catalog::ControlNumber::parse(number_text))
        return std::optional<LocatedItem>();
    auto const number = MeasureNumber::parse_lenient(number_text);
    if (!number)
        return Error::invalid(
            number.error().message(), {.source = source_name, .field = "number", .line = record.line});
    LocatedItem entry{{number->number, ItemKind::Substantive, {}, field(record, columns.text), {}}, record.line,
        number->was_normalised, false, {}};
    TRY(classify_entry(entry, source_name));
    if (columns.tags)
        add_tags(entry, field(record, *columns.tags), defects);
    return std::optional(std::move(entry));
}

Result<domain::catalog::VersionReference> choose_version(CsvMapping const& mapping, ImportOptions const& options)
{
    if (options.as)
        return *options.as;
    if (!mapping.version)
        return Error::invalid("say which version this is: --as bio2@VERSION or 'version' in the mapping",
            {.source = options.source_name});
    return domain::catalog::VersionReference::parse(*mapping.version);
}

} // namespace

Result<ImportedCatalog> import_csv(std::string_view text, CsvMapping const& mapping, ImportOptions const& options)
{
    TRY(check_utf8(text, options.source_name));
    auto const reference = TRY(choose_version(mapping, options));
    auto const records = TRY(read_csv(text, mapping.delimiter, options.source_name));
    auto const header = std::find_if(
        records.begin(), records.end(), [&](auto const& record) { return record.line >= mapping.header_row; });
    if (header == records.end())
        return Error::invalid(
            "the file has no header row", {.source = options.source_name, .line = mapping.header_row});
    Columns columns{TRY(column_index(*header, mapping.number_column, options.source_name)),
        TRY(column_index(*header, mapping.text_column, options.source_name)), {}};
    if (mapping.tags_column)
        columns.tags = TRY(column_index(*header, *mapping.tags_column, options.source_name));

    std::vector<LocatedItem> entries;
    std::vector<Defect> tag_defects;
    for (auto record = std::next(header); record != records.end(); ++record)
        if (auto entry = TRY(entry_of(*record, columns, tag_defects, options.source_name)))
            entries.push_back(std::move(*entry));
    ImportReport report{options.source_name, "csv", {}, validate_entries(entries)};
    report.defects.insert(report.defects.end(), tag_defects.begin(), tag_defects.end());
    if (auto const* blocking = report.first_blocking())
        return Error::invalid(
            blocking->message, {.source = options.source_name, .field = blocking->field, .line = blocking->line});
    std::vector<domain::catalog::CatalogItem> items;
    items.reserve(entries.size());
    for (auto& entry : entries)
        items.push_back(std::move(entry.item));
    auto version = TRY(domain::catalog::CatalogVersion::create(reference, reference.to_string(), std::move(items)));
    report.count_items(version);
    return ImportedCatalog{std::move(version), std::move(report)};
}

} // namespace bolwerk::importers::csv
