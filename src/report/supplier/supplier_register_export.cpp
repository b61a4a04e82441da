#include "report/supplier/supplier_register_export.hpp"

#include "common/csv_field.hpp"

#include <xlsxwriter.h>

namespace bolwerk::report::supplier {

namespace {

using domain::RegisterContract;
using domain::RegisterEntry;
using domain::RegisterService;

std::string yes_no(bool value) { return value ? "ja" : "nee"; }

std::string optional_date(std::optional<Date> const& date) { return date ? format_date(*date) : std::string(); }

std::string join(std::vector<std::string> const& parts)
{
    std::string joined;
    for (auto const& part : parts)
        joined += (joined.empty() ? "" : ";") + part;
    return joined;
}

std::string join_ids(std::vector<InformationSystemId> const& ids)
{
    std::vector<std::string> parts;
    parts.reserve(ids.size());
    for (auto const id : ids)
        parts.push_back(id.to_string());
    return join(parts);
}

// The contract a service is listed with: active before concept before ended (the
// order of RegisterEntry::contracts), the first that covers it.
RegisterContract const* contract_of(RegisterEntry const& entry, RegisterService const* service)
{
    if (service == nullptr)
        return nullptr;
    for (auto const& contract : entry.contracts) {
        for (auto const id : contract.service_ids) {
            if (id == service->id)
                return &contract;
        }
    }
    return nullptr;
}

std::vector<std::string> supplier_cells(RegisterEntry const& entry)
{
    auto const* contact = entry.contacts.empty() ? nullptr : &entry.contacts.front();
    return {entry.id.to_string(), entry.name, entry.kvk_number, entry.country, contact ? contact->name : "",
        contact ? contact->email : "", std::string(domain::to_string(entry.criticality))};
}

std::vector<std::string> service_cells(RegisterService const* service)
{
    if (service == nullptr)
        return std::vector<std::string>(8);
    return {service->name, join_ids(service->systems), yes_no(service->personal_data), join(service->data_locations),
        yes_no(service->data_outside_eea), std::string(domain::to_string(service->dependency)),
        yes_no(service->cloud_service_provider), std::string(domain::to_string(service->criticality))};
}

std::vector<std::string> contract_cells(RegisterContract const* contract)
{
    if (contract == nullptr)
        return std::vector<std::string>(9);
    return {contract->reference, contract->title, std::string(domain::to_string(contract->status)),
        format_date(contract->starts_on), optional_date(contract->ends_on), std::to_string(contract->notice_days),
        optional_date(contract->notice_deadline), yes_no(contract->exit_strategy),
        optional_date(contract->exit_checked)};
}

std::vector<std::string> assurance_cells(RegisterEntry const& entry)
{
    return {yes_no(entry.assurance_required), std::string(domain::to_string(entry.assurance)),
        entry.assurance_kind ? std::string(domain::to_string(*entry.assurance_kind)) : std::string(),
        optional_date(entry.assurance_valid_until), optional_date(entry.last_review),
        format_date(entry.next_review_due)};
}

std::vector<std::string> row_cells(RegisterEntry const& entry, RegisterService const* service)
{
    auto cells = supplier_cells(entry);
    for (auto const& part :
        {service_cells(service), contract_cells(contract_of(entry, service)), assurance_cells(entry)})
        cells.insert(cells.end(), part.begin(), part.end());
    return cells;
}

// Calls `write` with the cells of every register row, in order.
template <typename Write>
void for_each_row(std::vector<RegisterEntry> const& entries, Write&& write)
{
    for (auto const& entry : entries) {
        if (entry.services.empty())
            write(row_cells(entry, nullptr));
        for (auto const& service : entry.services)
            write(row_cells(entry, &service));
    }
}

std::vector<std::string> contract_sheet_columns()
{
    return {"supplier_id", "name", "contract_reference", "contract_title", "contract_status", "contract_start",
        "contract_end", "notice_days", "notice_deadline", "exit_strategy", "exit_checked", "services"};
}

std::vector<std::string> contract_sheet_cells(RegisterEntry const& entry, RegisterContract const& contract)
{
    auto cells = contract_cells(&contract);
    cells.insert(cells.begin(), {entry.id.to_string(), entry.name});
    cells.push_back(join(contract.services));
    return cells;
}

void write_row(lxw_worksheet* sheet, lxw_row_t row, std::vector<std::string> const& cells, lxw_format* format)
{
    for (std::size_t column = 0; column < cells.size(); ++column)
        worksheet_write_string(sheet, row, static_cast<lxw_col_t>(column), cells[column].c_str(), format);
}

void finish_sheet(lxw_worksheet* sheet, lxw_row_t rows, std::size_t columns)
{
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, rows, static_cast<lxw_col_t>(columns - 1));
}

} // namespace

std::vector<std::string> supplier_register_columns()
{
    return {"supplier_id", "name", "kvk_number", "country", "contact_name", "contact_email", "supplier_criticality",
        "service", "systems", "personal_data", "data_locations", "data_outside_eea", "dependency", "cloud",
        "service_criticality", "contract_reference", "contract_title", "contract_status", "contract_start",
        "contract_end", "notice_days", "notice_deadline", "exit_strategy", "exit_checked", "assurance_required",
        "assurance_status", "assurance_kind", "assurance_valid_until", "last_review", "next_review_due"};
}

std::string supplier_register_csv(std::vector<RegisterEntry> const& register_entries)
{
    std::string csv;
    append_csv_line(csv, supplier_register_columns());
    for_each_row(register_entries, [&](std::vector<std::string> const& cells) { append_csv_line(csv, cells); });
    return csv;
}

Result<void> write_supplier_register_xlsx(std::string const& path, std::vector<RegisterEntry> const& register_entries)
{
    lxw_workbook* workbook = workbook_new(path.c_str());
    if (workbook == nullptr)
        return Error::unavailable("cannot create '" + path + "'");
    auto* bold = workbook_add_format(workbook);
    format_set_bold(bold);

    auto* sheet = workbook_add_worksheet(workbook, "Register");
    auto const columns = supplier_register_columns();
    write_row(sheet, 0, columns, bold);
    lxw_row_t row = 1;
    for_each_row(
        register_entries, [&](std::vector<std::string> const& cells) { write_row(sheet, row++, cells, nullptr); });
    finish_sheet(sheet, row - 1, columns.size());

    auto* contracts = workbook_add_worksheet(workbook, "Contracten");
    write_row(contracts, 0, contract_sheet_columns(), bold);
    lxw_row_t contract_row = 1;
    for (auto const& entry : register_entries) {
        for (auto const& contract : entry.contracts)
            write_row(contracts, contract_row++, contract_sheet_cells(entry, contract), nullptr);
    }
    finish_sheet(contracts, contract_row - 1, contract_sheet_columns().size());

    auto const closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR)
        return Error::unavailable("cannot write '" + path + "': " + lxw_strerror(closed));
    return ok();
}

} // namespace bolwerk::report::supplier
