#pragma once

// Reference runs for the store benchmarks: the same work done straight on the sqlite3
// C API and on libpq, without Bolwerk's store layer, so that the figures can be read as
// a ratio (our layer / the raw library) that does not depend on how fast this machine is.

#include "store/database.hpp"

#include <cstdint>
#include <string>

namespace bolwerk::bench {

/// One raw connection to the same database as `config`, with one prepared INSERT and
/// one prepared SELECT on the bench_items table. Not thread-safe.
class RawConnection {
public:
    virtual ~RawConnection() = default;
    virtual bool begin() = 0;
    virtual bool commit() = 0;
    virtual bool insert(std::int64_t id, std::string const& name) = 0;
    /// Returns the length of the name read, or -1.
    virtual long read(std::int64_t id) = 0;
};

std::unique_ptr<RawConnection> open_raw(store::DatabaseConfig const& config);

} // namespace bolwerk::bench
