#pragma once

#include "common/result.hpp"

#include <compare>
#include <string>
#include <string_view>

namespace bolwerk::domain {

/// A country as an ISO 3166-1 alpha-2 code ("NL", "DE", "US"): where a supplier is
/// established and where it keeps data. Parsed once against the 249 officially
/// assigned codes; stored upper-case. A plain value.
class CountryCode {
public:
    /// Accepts any case and surrounding blanks. Refuses reserved codes such as "UK"
    /// and "EL" with the assigned code to use instead. Errors name `field`.
    static Result<CountryCode> parse(std::string_view text, std::string const& field = "country");

    /// "NL": the default for suppliers of a Dutch government body.
    static CountryCode netherlands() { return CountryCode("NL"); }

    std::string const& value() const { return m_value; }

    /// Within the European Economic Area (the EU member states, Iceland, Liechtenstein
    /// and Norway): where personal data may go without a transfer mechanism (AVG ch. V).
    bool in_eea() const;

    friend bool operator==(CountryCode const&, CountryCode const&) = default;
    friend auto operator<=>(CountryCode const&, CountryCode const&) = default;

private:
    explicit CountryCode(std::string value)
        : m_value(std::move(value))
    {
    }
    std::string m_value;
};

/// The number of assigned codes parse() accepts (for tests).
std::size_t assigned_country_code_count();

} // namespace bolwerk::domain
