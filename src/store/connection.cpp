#include "store/connection.hpp"

namespace bolwerk::store {

std::string_view to_string(Backend backend)
{
    switch (backend) {
    case Backend::Sqlite: return "sqlite";
    case Backend::Postgres: return "postgresql";
    }
    return "unknown";
}

Result<Transaction> Transaction::begin(Connection& connection)
{
    auto const* statement = connection.backend() == Backend::Sqlite ? "BEGIN IMMEDIATE" : "BEGIN";
    TRY(connection.execute_script(statement));
    return Transaction(connection);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_connection(other.m_connection)
    , m_active(other.m_active)
{
    other.m_active = false;
}

Transaction::~Transaction()
{
    if (m_active)
        (void)rollback();
}

Result<void> Transaction::commit()
{
    BOLWERK_VERIFY(m_active);
    m_active = false;
    auto committed = m_connection->execute_script("COMMIT");
    if (!committed) {
        // A failed COMMIT leaves SQLite inside the transaction; end it so the
        // connection is usable again.
        (void)m_connection->execute_script("ROLLBACK");
    }
    return committed;
}

Result<void> Transaction::rollback()
{
    if (!m_active)
        return ok();
    m_active = false;
    return m_connection->execute_script("ROLLBACK");
}

} // namespace bolwerk::store
