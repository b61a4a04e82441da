#include "importers/supplier/supplier_csv_row.hpp"

#include "common/text.hpp"
#include "domain/supplier/contract.hpp"

#include <array>
#include <charconv>

namespace bolwerk::importers::supplier_csv {

namespace {

constexpr std::array<std::string_view, 7> yes_words{"ja", "j", "yes", "y", "true", "1", "x"};
constexpr std::array<std::string_view, 5> no_words{"nee", "n", "no", "false", "0"};

// Which column a field name of a domain error stands for.
struct DomainField {
    std::string_view name;
    SupplierField column;
};
constexpr std::array<DomainField, 7> supplier_fields{
    {{"name", SupplierField::Name}, {"kvk_number", SupplierField::KvkNumber}, {"country", SupplierField::Country},
        {"contacts[0].name", SupplierField::ContactName}, {"contacts[0].email", SupplierField::ContactEmail},
        {"contacts[0]", SupplierField::ContactRole}, {"notes", SupplierField::Notes}}};

SupplierField column_of(Error const& error, SupplierField fallback)
{
    auto const& field = error.location().field;
    for (auto const& [name, column] : supplier_fields) {
        if (field && *field == name)
            return column;
    }
    return fallback;
}

// "31-12-2026" (as Dutch spreadsheets write dates) as "2026-12-31".
std::optional<std::string> iso_from_dutch(std::string_view text)
{
    if (text.size() != 10 || text[2] != '-' || text[5] != '-')
        return std::nullopt;
    return std::string(text.substr(6, 4)) + "-" + std::string(text.substr(3, 2)) + "-" + std::string(text.substr(0, 2));
}

Result<domain::SupplierDraft> read_supplier(RowReader const& row)
{
    domain::SupplierInput input;
    input.name = row.text(SupplierField::Name);
    input.kvk_number = row.text(SupplierField::KvkNumber);
    input.country = row.text(SupplierField::Country);
    input.notes = row.text(SupplierField::Notes);
    domain::SupplierContact contact{row.text(SupplierField::ContactName), row.text(SupplierField::ContactRole),
        row.text(SupplierField::ContactEmail), row.text(SupplierField::ContactPhone)};
    bool const has_contact = !contact.name.empty() || !contact.email.empty() || !contact.phone.empty();
    if (has_contact)
        input.contacts.push_back(std::move(contact));
    auto draft = domain::SupplierDraft::create(input);
    if (!draft)
        return row.at(column_of(draft.error(), SupplierField::Name), draft.error());
    return draft;
}

Result<std::vector<domain::CountryCode>> read_locations(RowReader const& row)
{
    std::vector<domain::CountryCode> locations;
    for (auto const& item : row.list(SupplierField::DataLocations)) {
        auto const code = domain::CountryCode::parse(item, "data_locations");
        if (!code)
            return row.at(SupplierField::DataLocations, code.error());
        locations.push_back(*code);
    }
    return locations;
}

Result<std::optional<ImportedService>> read_service(RowReader const& row, std::uint64_t line)
{
    auto const name = row.text(SupplierField::Service);
    if (name.empty())
        return std::optional<ImportedService>();
    domain::DeliveredServiceDraft raw;
    raw.name = name;
    raw.description = row.text(SupplierField::ServiceDescription);
    raw.personal_data = TRY(row.flag(SupplierField::PersonalData));
    raw.data_locations = TRY(read_locations(row));
    auto const dependency = row.text(SupplierField::Dependency);
    if (!dependency.empty()) {
        auto const parsed = domain::parse_dependency(dependency);
        if (!parsed)
            return row.at(SupplierField::Dependency, parsed.error());
        raw.dependency = *parsed;
    }
    raw.cloud_service_provider = TRY(row.flag(SupplierField::Cloud));
    auto draft = domain::DeliveredServiceDraft::create(std::move(raw));
    if (!draft) {
        bool const locations = draft.error().location().field == "data_locations";
        return row.at(locations ? SupplierField::DataLocations : SupplierField::Service, draft.error());
    }
    return std::optional(ImportedService{line, std::move(draft).value(), row.list(SupplierField::Systems)});
}

bool has_contract_cells(RowReader const& row)
{
    for (auto const field : {SupplierField::ContractTitle, SupplierField::ContractStart, SupplierField::ContractEnd,
             SupplierField::NoticeDays}) {
        if (!row.text(field).empty())
            return true;
    }
    return false;
}

Result<std::optional<ImportedContract>> read_contract(
    RowReader const& row, std::optional<ImportedService> const& service, std::uint64_t line)
{
    ImportedContract contract;
    contract.reference = row.text(SupplierField::ContractReference);
    if (contract.reference.empty()) {
        if (has_contract_cells(row))
            return row.invalid(SupplierField::ContractReference, "give the contract's reference");
        return std::optional<ImportedContract>();
    }
    if (!service)
        return row.invalid(SupplierField::Service, "a row with a contract names the service it covers");
    contract.line = line;
    contract.title = row.text(SupplierField::ContractTitle);
    if (contract.title.empty())
        contract.title = contract.reference;
    auto const starts_on = TRY(row.date(SupplierField::ContractStart));
    if (!starts_on)
        return row.invalid(SupplierField::ContractStart, "a contract needs its start date");
    contract.starts_on = *starts_on;
    contract.ends_on = TRY(row.date(SupplierField::ContractEnd));
    contract.notice_days = TRY(row.whole_number(SupplierField::NoticeDays)).value_or(0);
    auto const term = domain::check_contract_term(contract.starts_on, contract.ends_on, contract.notice_days);
    if (!term) {
        bool const end = term.error().location().field == "ends_on";
        return row.at(end ? SupplierField::ContractEnd : SupplierField::NoticeDays, term.error());
    }
    contract.services.push_back(service->draft.name);
    return std::optional(std::move(contract));
}

} // namespace

std::string RowReader::text(SupplierField field) const
{
    auto const index = m_columns.of(field);
    if (!index || *index >= m_record.fields.size())
        return {};
    // The CSV reader already took off the formula guard of our exports (common/csv_field).
    return std::string(trim(m_record.fields[*index]));
}

Result<bool> RowReader::flag(SupplierField field) const
{
    auto const value = to_ascii_lower(text(field));
    if (value.empty())
        return false;
    for (auto const word : yes_words) {
        if (value == word)
            return true;
    }
    for (auto const word : no_words) {
        if (value == word)
            return false;
    }
    return invalid(field, "'" + text(field) + "' is not ja or nee");
}

Result<std::optional<Date>> RowReader::date(SupplierField field) const
{
    auto const value = text(field);
    if (value.empty())
        return std::optional<Date>();
    auto const dutch = iso_from_dutch(value);
    auto const parsed = parse_date(dutch ? *dutch : value);
    if (!parsed)
        return invalid(field, "'" + value + "' is not a date (write 2026-12-31 or 31-12-2026)");
    return std::optional(*parsed);
}

Result<std::optional<int>> RowReader::whole_number(SupplierField field) const
{
    auto const value = text(field);
    if (value.empty())
        return std::optional<int>();
    int number = 0;
    auto const parsed = std::from_chars(value.data(), value.data() + value.size(), number);
    if (parsed.ec != std::errc{} || parsed.ptr != value.data() + value.size())
        return invalid(field, "'" + value + "' is not a whole number of days");
    return std::optional(number);
}

std::vector<std::string> RowReader::list(SupplierField field) const
{
    std::vector<std::string> items;
    auto value = text(field);
    for (auto& c : value) {
        if (c == ',')
            c = ';';
    }
    for (auto const part : split(value, ';')) {
        if (!trim(part).empty())
            items.emplace_back(trim(part));
    }
    return items;
}

Error RowReader::at(SupplierField field, Error const& error) const
{
    auto const index = m_columns.of(field);
    auto const header = index ? std::string(trim(m_columns.header[*index])) : std::string(to_string(field));
    Error located = error.with_field(header);
    return located.with_location(
        {.line = m_record.line, .column = index ? std::optional<std::uint64_t>(*index + 1) : std::nullopt});
}

Error RowReader::invalid(SupplierField field, std::string message) const
{
    return at(field, Error::invalid(std::move(message)));
}

Result<SupplierRow> read_row(CsvRecord const& record, SupplierColumns const& columns)
{
    RowReader const row(record, columns);
    SupplierRow result;
    result.line = record.line;
    result.supplier = TRY(read_supplier(row));
    result.country_given = !row.text(SupplierField::Country).empty();
    result.service = TRY(read_service(row, record.line));
    result.contract = TRY(read_contract(row, result.service, record.line));
    return result;
}

} // namespace bolwerk::importers::supplier_csv
