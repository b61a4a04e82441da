#pragma once

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/supplier/delivered_service.hpp"
#include "domain/supplier/supplier.hpp"
#include "importers/supplier/supplier_csv_mapping.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::importers {

/// A service read from a row. Its information systems are given as the spreadsheet
/// names them (a name or an id); the use case resolves them against the systems
/// register and fills `draft.systems`.
struct ImportedService {
    std::uint64_t line = 0;
    domain::DeliveredServiceDraft draft;
    std::vector<std::string> system_references;
};

/// A contract read from the rows that name its reference. It comes in as a concept:
/// only the pre-contract gate (or a recorded deviation) makes a contract active, also
/// one that was signed before the register existed.
struct ImportedContract {
    std::uint64_t line = 0; ///< The first row that names it.
    std::string reference;
    std::string title;
    Date starts_on;
    std::optional<Date> ends_on;
    int notice_days = 0;
    std::vector<std::string> services; ///< Names of this supplier's services it covers.
};

/// One supplier with everything its rows gave.
struct ImportedSupplier {
    std::uint64_t line = 0; ///< The first row of the supplier.
    domain::SupplierDraft supplier;
    std::vector<ImportedService> services;
    std::vector<ImportedContract> contracts;
};

/// What a supplier spreadsheet yields: the suppliers of every row that could be read,
/// and one error per row that could not, with its line, its column's header (field)
/// and its column number. A rejected row adds nothing.
struct SupplierCsvContent {
    std::size_t rows = 0;
    std::vector<ImportedSupplier> suppliers;
    std::vector<Error> rejected;
};

/// The most rows one import reads: a municipality has 100–400 suppliers with a few
/// services each, so this leaves room while bounding the work of one request.
inline constexpr std::size_t max_supplier_csv_rows = 10000;

/// Reads an existing supplier spreadsheet saved as CSV (RFC 4180, ',' or ';') with a
/// column mapping; see SupplierField for what each column holds. Rows of one supplier
/// (same name; a KvK number must then agree) are joined into one; the same service
/// twice for one supplier, a conflicting country or KvK number, or contract columns
/// that disagree with an earlier row of the same contract reject that row. A file
/// that is not CSV, lacks the name column or has more than max_supplier_csv_rows rows
/// is an Error for the whole file.
Result<SupplierCsvContent> read_supplier_csv(
    std::string_view text, SupplierCsvMapping const& mapping, std::string const& source);

/// Whether the content may be imported in `mode`: all or nothing refuses any rejected
/// row (Invalid, naming how many rows failed and locating the first); both modes
/// refuse a file without a single supplier.
Result<void> check_import_mode(SupplierCsvContent const& content, ImportMode mode, std::string const& source);

} // namespace bolwerk::importers
