#include "store/backup/database_inventory.hpp"

#include "store/connection.hpp"

#include <algorithm>

namespace bolwerk::store {

namespace {

constexpr std::string_view sqlite_tables_sql
    = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name";
constexpr std::string_view postgres_tables_sql = "SELECT table_name FROM information_schema.tables "
                                                 "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
                                                 "ORDER BY table_name";

// Table names come from the database's own catalog; still, only plain identifiers are
// ever put into SQL text.
Result<std::string> quoted_identifier(std::string const& name)
{
    bool const plain = !name.empty() && std::all_of(name.begin(), name.end(), [](char character) {
        return (character >= 'a' && character <= 'z') || (character >= '0' && character <= '9') || character == '_';
    });
    if (!plain)
        return Error::invalid("the database has a table with an unexpected name: '" + name + "'");
    return "\"" + name + "\"";
}

Result<std::vector<std::string>> table_names(Connection& connection)
{
    auto const rows
        = TRY(connection.query(connection.backend() == Backend::Sqlite ? sqlite_tables_sql : postgres_tables_sql));
    std::vector<std::string> names;
    for (auto const row : rows)
        names.push_back(row.text(0));
    return names;
}

Result<std::int64_t> row_count(Connection& connection, std::string const& table)
{
    auto const rows = TRY(connection.query("SELECT count(*) FROM " + TRY(quoted_identifier(table))));
    return rows.front().int64(0);
}

} // namespace

Result<std::vector<TableCount>> count_rows_per_table(Connection& connection)
{
    std::vector<TableCount> counts;
    for (auto const& table : TRY(table_names(connection)))
        counts.push_back({table, TRY(row_count(connection, table))});
    return counts;
}

Result<bool> holds_data(Connection& connection)
{
    auto const tables = TRY(table_names(connection));
    for (std::string const table : {"organisations", "users"}) {
        if (std::find(tables.begin(), tables.end(), table) != tables.end() && TRY(row_count(connection, table)) > 0)
            return true;
    }
    return false;
}

Result<void> drop_all_tables(Connection& connection)
{
    std::string script;
    for (auto const& table : TRY(table_names(connection)))
        script += "DROP TABLE IF EXISTS " + TRY(quoted_identifier(table)) + " CASCADE;\n";
    if (script.empty())
        return ok();
    return connection.execute_script("BEGIN;\n" + script + "COMMIT;");
}

} // namespace bolwerk::store
