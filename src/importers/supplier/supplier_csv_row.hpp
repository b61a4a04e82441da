#pragma once

#include "importers/csv/csv_reader.hpp"
#include "importers/supplier/supplier_csv.hpp"

#include <optional>

// One row of a supplier spreadsheet, read and validated on its own; the joining of
// rows into suppliers is supplier_csv.cpp's job. Internal to importers/supplier.
namespace bolwerk::importers::supplier_csv {

struct SupplierRow {
    std::uint64_t line = 0;
    domain::SupplierDraft supplier; ///< With the row's contact, if it has one.
    bool country_given = false; ///< The country cell was filled (not the default NL).
    std::optional<ImportedService> service;
    std::optional<ImportedContract> contract; ///< Its services hold the row's service.
};

/// Reads the cells of one record by field, and locates errors at their column.
/// Holds references to the record and columns, which must outlive it.
class RowReader {
public:
    RowReader(CsvRecord const& record, SupplierColumns const& columns)
        : m_record(record)
        , m_columns(columns)
    {
    }

    /// The trimmed cell, or "" when the file has no such column.
    std::string text(SupplierField field) const;
    Result<bool> flag(SupplierField field) const;
    Result<std::optional<Date>> date(SupplierField field) const;
    Result<std::optional<int>> whole_number(SupplierField field) const;
    /// The cell split at ';' and ',', trimmed, without empty items.
    std::vector<std::string> list(SupplierField field) const;

    /// `error` located at the column of `field`: its header text and 1-based number.
    Error at(SupplierField field, Error const& error) const;
    Error invalid(SupplierField field, std::string message) const;

private:
    CsvRecord const& m_record;
    SupplierColumns const& m_columns;
};

/// Reads one record into a validated row. The error is located at its column.
Result<SupplierRow> read_row(CsvRecord const& record, SupplierColumns const& columns);

} // namespace bolwerk::importers::supplier_csv
