#pragma once

#include "common/result.hpp"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::importers {

/// What a column of a supplier spreadsheet can hold. One row is one service of one
/// supplier; rows of the same supplier (same KvK number, else same name) are joined.
enum class SupplierField : std::uint8_t {
    Name, ///< Required: the supplier's name.
    KvkNumber,
    Country, ///< ISO 3166 alpha-2; NL when empty.
    ContactName,
    ContactRole,
    ContactEmail,
    ContactPhone,
    Notes,
    Service, ///< The service's name; a row without one adds only the supplier.
    ServiceDescription,
    Systems, ///< Names or ids of information systems, separated by ';' or ','.
    PersonalData, ///< ja/nee, yes/no, true/false, 1/0, x/empty.
    DataLocations, ///< ISO codes separated by ';' or ','.
    Dependency, ///< laag, midden, hoog; laag when empty.
    Cloud, ///< Cloud service provider (BIO2 5.23.01): ja/nee.
    ContractReference, ///< A row with a reference adds its service to that contract.
    ContractTitle, ///< The reference when empty.
    ContractStart, ///< YYYY-MM-DD or DD-MM-YYYY; required with a reference.
    ContractEnd,
    NoticeDays, ///< Whole days.
};

inline constexpr std::array all_supplier_fields{SupplierField::Name, SupplierField::KvkNumber, SupplierField::Country,
    SupplierField::ContactName, SupplierField::ContactRole, SupplierField::ContactEmail, SupplierField::ContactPhone,
    SupplierField::Notes, SupplierField::Service, SupplierField::ServiceDescription, SupplierField::Systems,
    SupplierField::PersonalData, SupplierField::DataLocations, SupplierField::Dependency, SupplierField::Cloud,
    SupplierField::ContractReference, SupplierField::ContractTitle, SupplierField::ContractStart,
    SupplierField::ContractEnd, SupplierField::NoticeDays};

/// "name", "kvk_number", …: the mapping key of a field and its column in the default
/// mapping (and in the CSV export of the register where the export has the field).
std::string_view to_string(SupplierField field);

/// Whether rows with errors stop the whole import (the default) or are skipped.
enum class ImportMode : std::uint8_t { AllOrNothing, SkipInvalidRows };

/// Which column holds which field. A column is named by its header text (compared
/// case-insensitively after trimming) or by number from 1 ("#3").
struct SupplierCsvMapping {
    std::optional<char> delimiter; ///< Detected from the header line when absent.
    std::map<SupplierField, std::string> columns;
    /// True when the fields were named explicitly: then every mapped column must
    /// exist. The default mapping only uses the columns it finds.
    bool explicit_columns = false;
    ImportMode mode = ImportMode::AllOrNothing;

    /// Every field mapped to the column of its own name ("name", "kvk_number", …).
    static SupplierCsvMapping defaults();

    /// Reads a `key = value` file: a field key (to_string(SupplierField)) names its
    /// column; "delimiter" (';', ',', '|' or tab) and "mode" (all_or_nothing or
    /// skip_invalid_rows) set the options; '#' starts a comment line. An unknown key,
    /// a bad value or a missing "name" is Invalid with its line.
    static Result<SupplierCsvMapping> parse(std::string_view text, std::string const& source);
};

/// The mapping resolved against a header row: the 0-based index of each field's
/// column, if the file has it.
struct SupplierColumns {
    std::map<SupplierField, std::size_t> index;
    std::vector<std::string> header; ///< The header as written, for error messages.

    std::optional<std::size_t> of(SupplierField field) const;
};

/// Resolves `mapping` against `header`. Invalid (line 1) when the name column is
/// missing, or when an explicitly mapped column is not in the header; the error
/// names the column and the closest header, if one is near.
Result<SupplierColumns> resolve_columns(
    SupplierCsvMapping const& mapping, std::vector<std::string> const& header, std::string const& source);

} // namespace bolwerk::importers
