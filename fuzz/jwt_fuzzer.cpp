// Fuzz target for the ID token check of single sign-on (web/identity/jwt): the compact
// JWS the identity provider sends, read before anything about it is known (issue #11
// item 4: a header or claim of an unexpected type must be an error, never an exception).
// Every input is checked as a token and as base64url; an input that is itself a JSON
// object is also signed, and must verify back to the same claims.
#include "fuzz_input.hpp"
#include "web/identity/jwt.hpp"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    constexpr std::string_view secret = "fuzz-secret";
    auto const text = bolwerk::fuzz::as_text(data, size);
    (void)bolwerk::web::verify_hs256(text, secret);
    if (auto const decoded = bolwerk::web::base64url_decode(text)) {
        auto const again = bolwerk::web::base64url_decode(bolwerk::web::base64url_encode(*decoded));
        if (!again || *again != *decoded)
            std::abort();
    }
    auto const claims = nlohmann::json::parse(text, nullptr, false);
    if (!claims.is_discarded() && claims.is_object()) {
        auto const verified = bolwerk::web::verify_hs256(bolwerk::web::sign_hs256(claims, secret), secret);
        if (!verified || *verified != claims)
            std::abort();
    }
    return 0;
}
