#include "domain/supplier/country_code.hpp"

#include "common/text.hpp"

#include <algorithm>
#include <array>

namespace bolwerk::domain {

namespace {

// ISO 3166-1 alpha-2, the officially assigned codes, sorted (binary search below).
constexpr std::array<std::string_view, 249> assigned_codes{"AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR",
    "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO",
    "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER",
    "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN",
    "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN",
    "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY",
    "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH",
    "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE",
    "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PN",
    "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI",
    "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ",
    "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE",
    "VG", "VI", "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW"};

// The 27 EU member states plus Iceland, Liechtenstein and Norway, sorted.
constexpr std::array<std::string_view, 30> eea_codes{"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
    "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"};

static_assert(std::is_sorted(assigned_codes.begin(), assigned_codes.end()), "binary_search needs sorted codes");
static_assert(std::is_sorted(eea_codes.begin(), eea_codes.end()), "binary_search needs sorted codes");

// Codes people write that ISO reserves for another use, with the assigned code.
constexpr std::array<std::pair<std::string_view, std::string_view>, 2> reserved_codes{
    std::pair{std::string_view{"EL"}, std::string_view{"GR"}},
    std::pair{std::string_view{"UK"}, std::string_view{"GB"}}};

std::string to_ascii_upper(std::string_view text)
{
    std::string upper(text);
    for (auto& c : upper) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    }
    return upper;
}

template <std::size_t Size>
bool contains(std::array<std::string_view, Size> const& sorted, std::string_view code)
{
    return std::binary_search(sorted.begin(), sorted.end(), code);
}

} // namespace

Result<CountryCode> CountryCode::parse(std::string_view text, std::string const& field)
{
    auto const code = to_ascii_upper(trim(text));
    if (contains(assigned_codes, code))
        return CountryCode(code);
    for (auto const& [reserved, assigned] : reserved_codes) {
        if (code == reserved)
            return Error::invalid("'" + code + "' is not an ISO 3166 country code; use '" + std::string(assigned) + "'",
                {.field = field});
    }
    return Error::invalid(
        "'" + std::string(text) + "' is not an ISO 3166-1 alpha-2 country code (such as NL or DE)", {.field = field});
}

bool CountryCode::in_eea() const { return contains(eea_codes, m_value); }

std::size_t assigned_country_code_count() { return assigned_codes.size(); }

} // namespace bolwerk::domain
