#pragma once

#include "common/result.hpp"
#include "store/forward.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace bolwerk::store {

/// The number of rows in one table of the database.
struct TableCount {
    std::string table;
    std::int64_t rows = 0;

    bool operator==(TableCount const&) const = default;
};

/// Every table of the schema with its row count, by table name; for a restore's
/// summary and for checking that a round trip kept everything.
Result<std::vector<TableCount>> count_rows_per_table(Connection& connection);

/// Whether the database holds an organisation or a user account: data that a restore
/// would overwrite. An empty or merely migrated database holds none.
Result<bool> holds_data(Connection& connection);

/// Drops every table of the current schema (PostgreSQL), so that a dump can be loaded
/// into it; the caller has checked that overwriting is wanted.
Result<void> drop_all_tables(Connection& connection);

} // namespace bolwerk::store
