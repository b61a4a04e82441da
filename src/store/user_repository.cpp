#include "store/user_repository.hpp"

#include "store/connection.hpp"

namespace bolwerk::store {

namespace {

constexpr std::string_view columns = "id, email, display_name, password_hash, disabled, administrator, totp_secret,"
                                     " totp_enabled, totp_last_step, created_at, updated_at, version, disabled_at,"
                                     " disabled_by, must_change_password, last_sign_in_at";

Result<std::optional<Timestamp>> optional_timestamp(std::optional<std::string> const& text)
{
    if (!text)
        return std::optional<Timestamp>();
    return std::optional(TRY(parse_timestamp(*text)));
}

Result<domain::User> from_row(Row row, std::size_t offset = 0)
{
    domain::User user;
    user.id = UserId(row.int64(offset + 0));
    user.email = row.text(offset + 1);
    user.display_name = row.text(offset + 2);
    user.password_hash = row.optional_text(offset + 3);
    user.disabled = row.boolean(offset + 4);
    user.administrator = row.boolean(offset + 5);
    user.totp_secret = row.optional_text(offset + 6);
    user.totp_enabled = row.boolean(offset + 7);
    user.totp_last_step = row.int64(offset + 8);
    user.created_at = TRY(parse_timestamp(row.text(offset + 9)));
    user.updated_at = TRY(parse_timestamp(row.text(offset + 10)));
    user.version = row.int64(offset + 11);
    user.disabled_at = TRY(optional_timestamp(row.optional_text(offset + 12)));
    user.disabled_by = row.optional_text(offset + 13);
    user.must_change_password = row.boolean(offset + 14);
    user.last_sign_in_at = TRY(optional_timestamp(row.optional_text(offset + 15)));
    return user;
}

std::string select_users() { return "SELECT " + std::string(columns) + " FROM users "; }

std::vector<std::string_view> split_columns()
{
    std::vector<std::string_view> parts;
    std::string_view rest = columns;
    while (!rest.empty()) {
        auto const comma = rest.find(',');
        auto part = rest.substr(0, comma);
        while (!part.empty() && part.front() == ' ')
            part.remove_prefix(1);
        parts.push_back(part);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
    return parts;
}

} // namespace

Result<domain::User> UserRepository::insert(Transaction& transaction, NewUser const& user, Timestamp now)
{
    auto const time = format_timestamp(now);
    auto rows = transaction.query("INSERT INTO users (email, display_name, password_hash, administrator, created_at,"
                                  " updated_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING "
            + std::string(columns),
        {user.email, user.display_name, optional_text(user.password_hash), bool_value(user.administrator), time, time});
    if (!rows && rows.error().kind() == ErrorKind::Conflict)
        return Error::conflict("a user with this e-mail address already exists");
    if (!rows)
        return std::move(rows).error();
    return from_row(rows->front());
}

Result<domain::User> UserRepository::find(Connection& connection, UserId id)
{
    auto const rows = TRY(connection.query(select_users() + "WHERE id = $1", {id.value()}));
    if (rows.empty())
        return Error::not_found("user " + id.to_string() + " does not exist");
    return from_row(rows.front());
}

Result<std::optional<domain::User>> UserRepository::find_by_email(Connection& connection, std::string_view email)
{
    auto const rows = TRY(connection.query(select_users() + "WHERE email = $1", {std::string(email)}));
    if (rows.empty())
        return std::optional<domain::User>();
    return std::optional(TRY(from_row(rows.front())));
}

Result<std::int64_t> UserRepository::count(Connection& connection)
{
    auto const rows = TRY(connection.query("SELECT COUNT(*) FROM users"));
    return rows.front().int64(0);
}

Result<void> UserRepository::set_password_hash(
    Transaction& transaction, UserId id, std::string const& hash, Timestamp now)
{
    TRY(transaction.query("UPDATE users SET password_hash = $1, must_change_password = 0, updated_at = $2,"
                          " version = version + 1 WHERE id = $3",
        {hash, format_timestamp(now), id.value()}));
    return ok();
}

Result<void> UserRepository::set_temporary_password_hash(
    Transaction& transaction, UserId id, std::string const& hash, Timestamp now)
{
    TRY(transaction.query("UPDATE users SET password_hash = $1, must_change_password = 1, updated_at = $2,"
                          " version = version + 1 WHERE id = $3",
        {hash, format_timestamp(now), id.value()}));
    return ok();
}

Result<bool> UserRepository::consume_temporary_password(Transaction& transaction, UserId id, std::string const& hash)
{
    auto const rows = TRY(transaction.query("UPDATE users SET password_hash = NULL, version = version + 1"
                                            " WHERE id = $1 AND must_change_password = 1 AND password_hash = $2",
        {id.value(), hash}));
    return rows.affected_rows() == 1;
}

Result<void> UserRepository::set_disabled(
    Transaction& transaction, UserId id, std::optional<std::string> const& by, Timestamp now)
{
    auto const time = format_timestamp(now);
    TRY(transaction.query("UPDATE users SET disabled = $1, disabled_at = $2, disabled_by = $3, updated_at = $4,"
                          " version = version + 1 WHERE id = $5",
        {bool_value(by.has_value()), by ? Value{time} : Value{Null{}}, optional_text(by), time, id.value()}));
    return ok();
}

Result<void> UserRepository::record_sign_in(Transaction& transaction, UserId id, Timestamp now)
{
    TRY(transaction.query("UPDATE users SET last_sign_in_at = $1 WHERE id = $2", {format_timestamp(now), id.value()}));
    return ok();
}

Result<std::vector<UserId>> UserRepository::lock_active_holders(
    Transaction& transaction, OrganisationId organisation, domain::Role role)
{
    // A write that changes nothing takes the row lock (SELECT ... FOR UPDATE is not SQLite).
    TRY(transaction.query("UPDATE organisations SET id = id WHERE id = $1", {organisation.value()}));
    auto const rows = TRY(transaction.query("SELECT u.id FROM memberships m JOIN users u ON u.id = m.user_id"
                                            " WHERE m.organisation_id = $1 AND m.role = $2 AND u.disabled = 0"
                                            " ORDER BY u.id",
        {organisation.value(), std::string(domain::to_string(role))}));
    std::vector<UserId> holders;
    for (auto row : rows)
        holders.emplace_back(row.int64(0));
    return holders;
}

Result<void> UserRepository::set_totp_secret(
    Transaction& transaction, UserId id, std::string const& secret, Timestamp now)
{
    TRY(transaction.query("UPDATE users SET totp_secret = $1, totp_enabled = 0, updated_at = $2,"
                          " version = version + 1 WHERE id = $3",
        {secret, format_timestamp(now), id.value()}));
    return ok();
}

Result<void> UserRepository::enable_totp(Transaction& transaction, UserId id, std::int64_t step, Timestamp now)
{
    TRY(transaction.query("UPDATE users SET totp_enabled = 1, totp_last_step = $1, updated_at = $2,"
                          " version = version + 1 WHERE id = $3",
        {step, format_timestamp(now), id.value()}));
    return ok();
}

Result<bool> UserRepository::advance_totp_step(Transaction& transaction, UserId id, std::int64_t step)
{
    auto const rows = TRY(transaction.query(
        "UPDATE users SET totp_last_step = $1 WHERE id = $2 AND totp_last_step < $1", {step, id.value()}));
    return rows.affected_rows() == 1;
}

Result<void> UserRepository::add_membership(
    Transaction& transaction, UserId user, domain::Membership const& membership, Timestamp now)
{
    auto added = transaction.query(
        "INSERT INTO memberships (user_id, organisation_id, role, created_at) VALUES ($1, $2, $3, $4)",
        {user.value(), membership.organisation.value(), std::string(domain::to_string(membership.role)),
            format_timestamp(now)});
    if (!added && added.error().kind() == ErrorKind::Conflict)
        return Error::conflict("the user already has this role in this organisation");
    if (!added)
        return std::move(added).error();
    return ok();
}

Result<bool> UserRepository::remove_membership(
    Transaction& transaction, UserId user, domain::Membership const& membership)
{
    auto const rows
        = TRY(transaction.query("DELETE FROM memberships WHERE user_id = $1 AND organisation_id = $2 AND role = $3",
            {user.value(), membership.organisation.value(), std::string(domain::to_string(membership.role))}));
    return rows.affected_rows() > 0;
}

Result<std::vector<domain::Membership>> UserRepository::memberships(Connection& connection, UserId user)
{
    auto const rows = TRY(connection.query(
        "SELECT organisation_id, role FROM memberships WHERE user_id = $1 ORDER BY organisation_id, role",
        {user.value()}));
    std::vector<domain::Membership> memberships;
    for (auto row : rows)
        memberships.push_back({OrganisationId(row.int64(0)), TRY(domain::parse_role(row.text(1)))});
    return memberships;
}

Result<std::vector<UserRepository::Member>> UserRepository::members(Connection& connection, OrganisationId organisation)
{
    std::string columns_of_u;
    for (auto const column : split_columns())
        columns_of_u += (columns_of_u.empty() ? "u." : ", u.") + std::string(column);
    auto const rows = TRY(connection.query("SELECT m.role, " + columns_of_u
            + " FROM memberships m JOIN users u ON u.id = m.user_id"
              " WHERE m.organisation_id = $1 ORDER BY u.display_name, u.id, m.role",
        {organisation.value()}));
    std::vector<Member> members;
    for (auto row : rows) {
        auto user = TRY(from_row(row, 1));
        if (members.empty() || members.back().user.id != user.id)
            members.push_back({std::move(user), {}});
        members.back().roles.push_back(TRY(domain::parse_role(row.text(0))));
    }
    return members;
}

} // namespace bolwerk::store
