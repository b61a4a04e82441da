#pragma once

#include <cstdint>

/// Forward declarations of the store layer, for headers that only name its types.
namespace bolwerk::store {

enum class Backend : std::uint8_t;
class Connection;
class Database;
class PooledConnection;
class ResultSet;
class Row;
class Transaction;
struct DatabaseConfig;

} // namespace bolwerk::store
