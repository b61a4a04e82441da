#pragma once

#include "common/result.hpp"

#include <string>
#include <string_view>
#include <unordered_set>

namespace bolwerk::domain {

/// Passwords that are too common to allow: a word list (lower case) loaded by the
/// caller. Immutable once built; safe to share between threads.
class CommonPasswords {
public:
    CommonPasswords() = default;
    explicit CommonPasswords(std::unordered_set<std::string> words)
        : m_words(std::move(words))
    {
    }
    bool contains(std::string_view password) const;
    std::size_t size() const { return m_words.size(); }

private:
    std::unordered_set<std::string> m_words;
};

inline constexpr std::size_t minimum_password_length = 12;
inline constexpr std::size_t maximum_password_length = 128;

/// The password rule (OWASP ASVS 2.1.1, 2.1.7, 2.1.9; NCSC): at least 12 characters
/// (counted as Unicode code points), at most 128, no composition rules, not on the
/// list of common passwords. The error names the field "password".
Result<void> check_password(std::string_view password, CommonPasswords const& common);

/// Lower-cases and trims an e-mail address and checks its rough shape.
Result<std::string> normalise_email(std::string_view email);

} // namespace bolwerk::domain
