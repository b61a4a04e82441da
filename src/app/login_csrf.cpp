#include "app/login_csrf.hpp"

#include "app/credentials.hpp"
#include "common/digest.hpp"
#include "common/text.hpp"
#include "store/database.hpp"
#include "store/server_key_repository.hpp"

#include <charconv>

namespace bolwerk::app {

namespace {

constexpr std::string_view key_purpose = "login_csrf";
constexpr std::size_t key_bytes = 32;
constexpr std::size_t nonce_bytes = 24;
/// Nodes' clocks differ a little; a token issued "in the future" by that much is fine.
constexpr std::chrono::minutes clock_skew{5};

std::int64_t unix_seconds(Timestamp time)
{
    return std::chrono::duration_cast<std::chrono::seconds>(time.time_since_epoch()).count();
}

} // namespace

Result<LoginCsrf> LoginCsrf::create(store::Database& database, Clock const& clock)
{
    auto connection = TRY(database.acquire());
    auto key = TRY(store::ServerKeyRepository::find_or_insert(
        *connection, std::string(key_purpose), random_token(key_bytes), clock.now()));
    return LoginCsrf(std::move(key), clock);
}

std::string LoginCsrf::mac(std::string_view nonce, std::string_view issued) const
{
    // The purpose is part of the input, so this key's MACs mean nothing elsewhere.
    return hex_encode(
        hmac_sha256(std::string(key_purpose) + "|" + std::string(nonce) + "|" + std::string(issued), m_key));
}

std::string LoginCsrf::issue() const
{
    auto const nonce = random_token(nonce_bytes);
    auto const issued = std::to_string(unix_seconds(m_clock->now()));
    return nonce + "." + issued + "." + mac(nonce, issued);
}

bool LoginCsrf::verify(std::string_view token) const
{
    auto const parts = split(token, '.');
    if (parts.size() != 3 || parts[0].empty() || !is_ascii_digits(parts[1]))
        return false;
    if (!constant_time_equal(parts[2], mac(parts[0], parts[1])))
        return false;
    std::int64_t issued = 0;
    auto const parsed = std::from_chars(parts[1].data(), parts[1].data() + parts[1].size(), issued);
    if (parsed.ec != std::errc{})
        return false;
    auto const now = unix_seconds(m_clock->now());
    auto const oldest = now - std::chrono::duration_cast<std::chrono::seconds>(lifetime).count();
    auto const newest = now + std::chrono::duration_cast<std::chrono::seconds>(clock_skew).count();
    return issued >= oldest && issued <= newest;
}

} // namespace bolwerk::app
