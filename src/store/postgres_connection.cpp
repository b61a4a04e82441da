#include "store/postgres_connection.hpp"

#include "store/database.hpp"

#include "common/text.hpp"

#include <libpq-fe.h>
#include <poll.h>

#include <charconv>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <vector>

namespace bolwerk::store {

namespace {

// Type OIDs from PostgreSQL's pg_type catalog (stable across versions).
constexpr Oid bool_oid = 16;
constexpr Oid bytea_oid = 17;
constexpr Oid int8_oid = 20;
constexpr Oid int2_oid = 21;
constexpr Oid int4_oid = 23;
constexpr Oid float4_oid = 700;
constexpr Oid float8_oid = 701;
constexpr Oid numeric_oid = 1700;

struct ResultDeleter {
    void operator()(PGresult* result) const { PQclear(result); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

Error postgres_error(PGconn* handle, PGresult const* result, std::string_view context)
{
    std::string message = result ? PQresultErrorMessage(result) : PQerrorMessage(handle);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    message = std::string(context) + ": " + message;
    char const* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    std::string_view const sqlstate = state ? state : "";
    // Every error the server sends has a SQLSTATE; one without is libpq's own: the
    // connection failed (after a server restart libpq reports CONNECTION_OK until the
    // next command, so the status alone does not tell).
    if (PQstatus(handle) != CONNECTION_OK || sqlstate.empty())
        return Error::unavailable(message);
    if (sqlstate == "23505")
        return Error::conflict(message);
    if (sqlstate == "40001" || sqlstate == "40P01")
        return Error::conflict(message + " (try again)");
    if (sqlstate.substr(0, 2) == "23" || sqlstate.substr(0, 2) == "22")
        return Error::invalid(message);
    if (sqlstate.substr(0, 2) == "08" || sqlstate.substr(0, 2) == "53" || sqlstate.substr(0, 2) == "57")
        return Error::unavailable(message);
    return Error::internal(message);
}

std::string format_number(double value)
{
    char buffer[64];
    auto const result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return {buffer, result.ptr};
}

std::string decode_bytea(std::string_view text)
{
    std::size_t length = 0;
    auto* bytes = PQunescapeBytea(reinterpret_cast<unsigned char const*>(std::string(text).c_str()), &length);
    std::string decoded(reinterpret_cast<char const*>(bytes), length);
    PQfreemem(bytes);
    return decoded;
}

Value read_cell(PGresult const* result, int row, int column)
{
    if (PQgetisnull(result, row, column))
        return Null{};
    std::string_view const text(
        PQgetvalue(result, row, column), static_cast<std::size_t>(PQgetlength(result, row, column)));
    switch (PQftype(result, column)) {
    case int2_oid:
    case int4_oid:
    case int8_oid: {
        std::int64_t number = 0;
        std::from_chars(text.data(), text.data() + text.size(), number);
        return number;
    }
    case bool_oid: return std::int64_t{text == "t" ? 1 : 0};
    case float4_oid:
    case float8_oid:
    case numeric_oid: return std::strtod(std::string(text).c_str(), nullptr);
    case bytea_oid: return Blob{decode_bytea(text)};
    default: return std::string(text);
    }
}

// Statements that change nothing, so that running them again after the connection
// broke cannot apply a change twice: a SELECT outside a transaction, or BEGIN.
bool safe_to_repeat(std::string_view sql)
{
    auto const statement = to_ascii_lower(trim(sql));
    if (statement == "begin")
        return true;
    return statement.substr(0, statement.find_first_of(" \t\r\n(")) == "select";
}

class PostgresConnection final : public Connection {
public:
    explicit PostgresConnection(PGconn* handle)
        : m_handle(handle)
    {
    }
    PostgresConnection(PostgresConnection const&) = delete;
    PostgresConnection& operator=(PostgresConnection const&) = delete;
    PostgresConnection(PostgresConnection&&) = delete;
    PostgresConnection& operator=(PostgresConnection&&) = delete;
    ~PostgresConnection() override { PQfinish(m_handle); }

    Backend backend() const override { return Backend::Postgres; }
    bool healthy() const override
    {
        return PQstatus(m_handle) == CONNECTION_OK && PQtransactionStatus(m_handle) == PQTRANS_IDLE;
    }

    Result<void> execute_script(std::string_view sql) override
    {
        bool const outside_transaction = PQtransactionStatus(m_handle) == PQTRANS_IDLE;
        auto done = execute_once(sql);
        if (!done && done.error().kind() == ErrorKind::Unavailable && outside_transaction && safe_to_repeat(sql)) {
            TRY(reconnect());
            done = execute_once(sql);
        }
        return done;
    }

    Result<void> revive() override
    {
        if (!closed_by_server())
            return ok();
        return reconnect();
    }

    /// Opens the session again (same parameters) and sets it up as a new one.
    Result<void> reconnect()
    {
        PQreset(m_handle);
        m_statement_names.clear(); // prepared statements died with the old session
        if (PQstatus(m_handle) != CONNECTION_OK)
            return postgres_error(m_handle, nullptr, "reconnecting to PostgreSQL");
        return set_up();
    }

    /// Timestamps are stored as text in UTC by our own code; the session is set to UTC
    /// anyway so that any server-side now() agrees.
    Result<void> set_up() { return execute_once("SET TIME ZONE 'UTC'"); }

protected:
    Result<ResultSet> run(std::string_view sql, std::span<Value const> parameters) override
    {
        // A read outside a transaction is repeated once on a new session when the old one
        // failed (a restarted server): it changed nothing, so repeating it is safe. A
        // write is not repeated, as it may have committed before the connection broke.
        bool const outside_transaction = PQtransactionStatus(m_handle) == PQTRANS_IDLE;
        auto rows = run_once(sql, parameters);
        if (!rows && rows.error().kind() == ErrorKind::Unavailable && outside_transaction && safe_to_repeat(sql)) {
            TRY(reconnect());
            rows = run_once(sql, parameters);
        }
        return rows;
    }

private:
    Result<void> execute_once(std::string_view sql)
    {
        PgResult result(PQexec(m_handle, std::string(sql).c_str()));
        auto const status = PQresultStatus(result.get());
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            return postgres_error(m_handle, result.get(), "running SQL");
        return ok();
    }

    Result<ResultSet> run_once(std::string_view sql, std::span<Value const> parameters)
    {
        auto const name = TRY(prepare(sql));
        std::vector<std::string> texts(parameters.size());
        std::vector<char const*> values(parameters.size(), nullptr);
        std::vector<int> lengths(parameters.size(), 0);
        std::vector<int> formats(parameters.size(), 0);
        for (std::size_t i = 0; i < parameters.size(); ++i)
            encode(parameters[i], texts[i], values[i], lengths[i], formats[i]);
        PgResult result(PQexecPrepared(m_handle, name.c_str(), static_cast<int>(parameters.size()), values.data(),
            lengths.data(), formats.data(), 0));
        auto const status = PQresultStatus(result.get());
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            return postgres_error(m_handle, result.get(), "running SQL");
        return collect(result.get());
    }

    // Whether the server has closed this idle connection: a restarted or stopped server
    // closes its sessions, and libpq only notices when it next reads. An idle session
    // has nothing to read, so anything readable (the server's farewell, end of file, an
    // error) means it is gone; a rare notice makes us reconnect needlessly, which is
    // harmless. Looks without waiting.
    bool closed_by_server() const
    {
        if (PQstatus(m_handle) != CONNECTION_OK)
            return true;
        pollfd socket{.fd = PQsocket(m_handle), .events = POLLIN, .revents = 0};
        if (socket.fd < 0)
            return true;
        return ::poll(&socket, 1, 0) != 0;
    }

    Result<std::string> prepare(std::string_view sql)
    {
        std::string key(sql);
        if (auto found = m_statement_names.find(key); found != m_statement_names.end())
            return found->second;
        std::string name = "bolwerk_" + std::to_string(m_statement_names.size() + 1);
        PgResult result(PQprepare(m_handle, name.c_str(), key.c_str(), 0, nullptr));
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK)
            return postgres_error(m_handle, result.get(), "preparing SQL");
        m_statement_names.emplace(std::move(key), name);
        return name;
    }

    static void encode(Value const& value, std::string& text, char const*& pointer, int& length, int& format)
    {
        if (std::holds_alternative<Null>(value))
            return;
        if (auto const* number = std::get_if<std::int64_t>(&value))
            text = std::to_string(*number);
        else if (auto const* real = std::get_if<double>(&value))
            text = format_number(*real);
        else if (auto const* string = std::get_if<std::string>(&value))
            text = *string;
        else if (auto const* blob = std::get_if<Blob>(&value)) {
            text = blob->bytes;
            format = 1; // Binary, so bytes need no escaping.
        }
        pointer = text.data();
        length = static_cast<int>(text.size());
    }

    static ResultSet collect(PGresult const* result)
    {
        int const columns = PQnfields(result);
        int const rows = PQntuples(result);
        std::vector<std::string> names;
        names.reserve(static_cast<std::size_t>(columns));
        for (int i = 0; i < columns; ++i)
            names.emplace_back(PQfname(result, i));
        ResultSet set(std::move(names));
        set.reserve_rows(static_cast<std::size_t>(rows));
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < columns; ++column)
                set.append_cell(read_cell(result, row, column));
        }
        std::int64_t affected = 0;
        std::string_view const tuples = PQcmdTuples(const_cast<PGresult*>(result));
        std::from_chars(tuples.data(), tuples.data() + tuples.size(), affected);
        set.set_affected_rows(affected);
        return set;
    }

    PGconn* m_handle;
    std::unordered_map<std::string, std::string> m_statement_names;
};

void ignore_notice(void*, char const*) { }

} // namespace

Result<std::unique_ptr<Connection>> open_postgres_connection(DatabaseConfig const& config)
{
    // libpq reads a URI given as "dbname" when expand_dbname is set; the password goes
    // in its own parameter so it never has to be part of a URL.
    std::vector<char const*> keywords{"dbname", "connect_timeout", "application_name"};
    std::vector<char const*> values{config.location.c_str(), "5", "bolwerk"};
    if (config.password) {
        keywords.push_back("password");
        values.push_back(config.password->c_str());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    PGconn* handle = PQconnectdbParams(keywords.data(), values.data(), 1);
    if (handle == nullptr)
        return Error::unavailable("cannot allocate a PostgreSQL connection");
    if (PQstatus(handle) != CONNECTION_OK) {
        std::string message = PQerrorMessage(handle);
        while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
            message.pop_back();
        PQfinish(handle);
        return Error::unavailable("cannot connect to PostgreSQL at '" + config.redacted() + "': " + message);
    }
    PQsetNoticeProcessor(handle, ignore_notice, nullptr);
    auto connection = std::make_unique<PostgresConnection>(handle);
    TRY(connection->set_up());
    return std::unique_ptr<Connection>(std::move(connection));
}

} // namespace bolwerk::store
