#include "store/audit_repository.hpp"

#include "store/connection.hpp"

namespace bolwerk::store {

namespace {

constexpr std::string_view columns = "id, chain, sequence, organisation_id, occurred_at, actor, action, object_type,"
                                     " object_id, before_digest, after_digest, detail, previous_hash, hash";

Result<domain::AuditEvent> from_row(Row row)
{
    domain::AuditEvent event;
    event.id = AuditEventId(row.int64(0));
    event.chain = row.int64(1);
    event.sequence = row.int64(2);
    if (auto const organisation = row.optional_int64(3))
        event.organisation_id = OrganisationId(*organisation);
    event.occurred_at = TRY(parse_timestamp(row.text(4)));
    event.actor = row.text(5);
    event.action = row.text(6);
    event.object_type = row.text(7);
    event.object_id = row.text(8);
    event.before_digest = row.optional_text(9);
    event.after_digest = row.optional_text(10);
    event.detail = row.optional_text(11);
    event.previous_hash = row.text(12);
    event.hash = row.text(13);
    return event;
}

Result<std::vector<domain::AuditEvent>> events_of(ResultSet const& rows)
{
    std::vector<domain::AuditEvent> events;
    events.reserve(rows.size());
    for (auto row : rows)
        events.push_back(TRY(from_row(row)));
    return events;
}

// `text` as a LIKE pattern that matches itself only.
std::string like_literal(std::string_view text)
{
    std::string escaped;
    for (auto const c : text) {
        if (c == '%' || c == '_' || c == '\\')
            escaped += '\\';
        escaped += c;
    }
    return escaped;
}

Result<std::vector<std::string>> distinct_texts(Connection& connection, std::string const& sql, std::int64_t chain)
{
    std::vector<std::string> texts;
    for (auto row : TRY(connection.query(sql, {chain})))
        texts.push_back(row.text(0));
    return texts;
}

} // namespace

Result<domain::AuditEvent> AuditRepository::append(Transaction& transaction, domain::AuditEvent event)
{
    TRY(transaction.query("INSERT INTO audit_chain_heads (chain, last_sequence, last_hash) VALUES ($1, 0, $2)"
                          " ON CONFLICT (chain) DO NOTHING",
        {event.chain, std::string(domain::genesis_audit_hash())}));
    auto const head = TRY(transaction.query("UPDATE audit_chain_heads SET last_sequence = last_sequence + 1"
                                            " WHERE chain = $1 RETURNING last_sequence, last_hash",
        {event.chain}));
    event.sequence = head.front().int64(0);
    event.previous_hash = head.front().text(1);
    event.hash = domain::compute_audit_hash(event);
    auto const organisation = event.organisation_id ? Value{event.organisation_id->value()} : null_value();
    auto const inserted = TRY(transaction.query(
        "INSERT INTO audit_events (chain, sequence, organisation_id, occurred_at, actor, action, object_type,"
        " object_id, before_digest, after_digest, detail, previous_hash, hash)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
        {event.chain, event.sequence, organisation, format_timestamp(event.occurred_at), event.actor, event.action,
            event.object_type, event.object_id, optional_text(event.before_digest), optional_text(event.after_digest),
            optional_text(event.detail), event.previous_hash, event.hash}));
    event.id = AuditEventId(inserted.front().int64(0));
    TRY(transaction.query("UPDATE audit_chain_heads SET last_hash = $1 WHERE chain = $2", {event.hash, event.chain}));
    return event;
}

Result<std::vector<domain::AuditEvent>> AuditRepository::list(
    Connection& connection, std::int64_t chain, std::int64_t after_sequence, std::int64_t limit)
{
    auto const rows = TRY(connection.query("SELECT " + std::string(columns)
            + " FROM audit_events WHERE chain = $1 AND sequence > $2"
              " ORDER BY sequence LIMIT $3",
        {chain, after_sequence, limit}));
    std::vector<domain::AuditEvent> events;
    events.reserve(rows.size());
    for (auto row : rows)
        events.push_back(TRY(from_row(row)));
    return events;
}

Result<std::vector<domain::AuditEvent>> AuditRepository::search(
    Connection& connection, std::int64_t chain, Filter const& filter, std::int64_t limit)
{
    // Only the conditions that are asked for; every value is a bound parameter.
    std::string sql = "SELECT " + std::string(columns) + " FROM audit_events WHERE chain = $1";
    std::vector<Value> parameters{chain};
    auto const bind = [&](Value value) {
        parameters.push_back(std::move(value));
        return "$" + std::to_string(parameters.size());
    };
    if (filter.from)
        sql += " AND occurred_at >= " + bind(format_timestamp(*filter.from));
    if (filter.until)
        sql += " AND occurred_at < " + bind(format_timestamp(*filter.until));
    if (filter.actor) {
        sql += " AND (actor = " + bind(*filter.actor);
        sql += " OR actor LIKE " + bind(like_literal(*filter.actor + ":token:") + "%") + " ESCAPE '\\')";
    }
    if (filter.object_type)
        sql += " AND object_type = " + bind(*filter.object_type);
    if (filter.object_id)
        sql += " AND object_id = " + bind(*filter.object_id);
    if (filter.before_sequence)
        sql += " AND sequence < " + bind(*filter.before_sequence);
    sql += " ORDER BY sequence DESC LIMIT " + bind(limit);
    return events_of(TRY(connection.query(sql, parameters)));
}

Result<std::vector<std::string>> AuditRepository::actors(Connection& connection, std::int64_t chain)
{
    return distinct_texts(connection, "SELECT DISTINCT actor FROM audit_events WHERE chain = $1 ORDER BY actor", chain);
}

Result<std::vector<std::string>> AuditRepository::object_types(Connection& connection, std::int64_t chain)
{
    return distinct_texts(
        connection, "SELECT DISTINCT object_type FROM audit_events WHERE chain = $1 ORDER BY object_type", chain);
}

Result<std::vector<domain::AuditEvent>> AuditRepository::for_object(
    Connection& connection, std::int64_t chain, std::string const& object_type, std::string const& object_id)
{
    auto const rows = TRY(connection.query("SELECT " + std::string(columns)
            + " FROM audit_events WHERE chain = $1 AND object_type = $2 AND object_id = $3 ORDER BY sequence",
        {chain, object_type, object_id}));
    std::vector<domain::AuditEvent> events;
    events.reserve(rows.size());
    for (auto row : rows)
        events.push_back(TRY(from_row(row)));
    return events;
}

Result<std::vector<AuditRepository::ChainHead>> AuditRepository::heads(Connection& connection)
{
    auto const rows
        = TRY(connection.query("SELECT chain, last_sequence, last_hash FROM audit_chain_heads ORDER BY chain"));
    std::vector<ChainHead> heads;
    for (auto row : rows)
        heads.push_back({row.int64(0), row.int64(1), row.text(2)});
    return heads;
}

Result<std::vector<std::int64_t>> AuditRepository::chains_without_head(Connection& connection)
{
    auto const rows = TRY(connection.query("SELECT DISTINCT e.chain FROM audit_events e"
                                           " LEFT JOIN audit_chain_heads h ON h.chain = e.chain"
                                           " WHERE h.chain IS NULL ORDER BY e.chain"));
    std::vector<std::int64_t> chains;
    for (auto row : rows)
        chains.push_back(row.int64(0));
    return chains;
}

} // namespace bolwerk::store
