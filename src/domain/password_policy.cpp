#include "domain/password_policy.hpp"

#include "common/text.hpp"

namespace bolwerk::domain {

namespace {

std::size_t code_points(std::string_view text)
{
    std::size_t count = 0;
    for (char const c : text) {
        // Continuation bytes (10xxxxxx) do not start a code point.
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

} // namespace

bool CommonPasswords::contains(std::string_view password) const { return m_words.contains(to_ascii_lower(password)); }

Result<void> check_password(std::string_view password, CommonPasswords const& common)
{
    auto const length = code_points(password);
    if (length < minimum_password_length) {
        return Error::invalid(
            "the password must have at least " + std::to_string(minimum_password_length) + " characters",
            {.field = "password"});
    }
    if (length > maximum_password_length) {
        return Error::invalid(
            "the password may have at most " + std::to_string(maximum_password_length) + " characters",
            {.field = "password"});
    }
    if (common.contains(password))
        return Error::invalid("this password is too common; choose another one", {.field = "password"});
    return ok();
}

Result<std::string> normalise_email(std::string_view email)
{
    auto const normal = to_ascii_lower(trim(email));
    auto const at = normal.find('@');
    if (normal.size() > 254 || at == std::string::npos || at == 0 || at + 1 >= normal.size()
        || normal.find_first_of(" \t\r\n<>\"") != std::string::npos)
        return Error::invalid("'" + std::string(email) + "' is not an e-mail address", {.field = "email"});
    return normal;
}

} // namespace bolwerk::domain
