#include "web/identity/jwt.hpp"

#include "common/digest.hpp"
#include "common/json_text.hpp"
#include "common/text.hpp"

#include <sodium.h>

namespace bolwerk::web {

std::string base64url_encode(std::string_view bytes)
{
    std::string encoded(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(encoded.data(), encoded.size(), reinterpret_cast<unsigned char const*>(bytes.data()),
        bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    encoded.resize(std::char_traits<char>::length(encoded.c_str()));
    return encoded;
}

Result<std::string> base64url_decode(std::string_view text)
{
    std::string decoded(text.size(), '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(decoded.data()), decoded.size(), text.data(), text.size(),
            nullptr, &length, nullptr, sodium_base64_VARIANT_URLSAFE_NO_PADDING)
        != 0)
        return Error::invalid("not base64url", {.field = "id_token"});
    decoded.resize(length);
    return decoded;
}

Result<nlohmann::json> verify_hs256(std::string_view token, std::string_view secret)
{
    auto const parts = split(token, '.');
    if (parts.size() != 3)
        return Error::invalid("the ID token is not a compact JWS", {.field = "id_token"});
    auto const header = nlohmann::json::parse(TRY(base64url_decode(parts[0])), nullptr, false);
    // value() with a json default compares without converting: an "alg" of another type
    // is refused like any other algorithm (value("alg", "") threw on it).
    if (header.is_discarded() || !header.is_object() || header.value("alg", nlohmann::json()) != "HS256")
        return Error::invalid("the ID token must be signed with HS256", {.field = "id_token"});
    auto const signature = TRY(base64url_decode(parts[2]));
    auto const signing_input = std::string(parts[0]) + "." + std::string(parts[1]);
    if (!constant_time_equal(signature, hmac_sha256(signing_input, secret)))
        return Error::invalid("the ID token's signature is wrong", {.field = "id_token"});
    auto claims = nlohmann::json::parse(TRY(base64url_decode(parts[1])), nullptr, false);
    if (claims.is_discarded() || !claims.is_object())
        return Error::invalid("the ID token's claims are not a JSON object", {.field = "id_token"});
    return claims;
}

std::string sign_hs256(nlohmann::json const& claims, std::string_view secret)
{
    auto const input = base64url_encode(json_text(nlohmann::json{{"alg", "HS256"}, {"typ", "JWT"}})) + "."
        + base64url_encode(json_text(claims));
    return input + "." + base64url_encode(hmac_sha256(input, secret));
}

} // namespace bolwerk::web
