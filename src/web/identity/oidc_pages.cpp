#include "web/identity/oidc_pages.hpp"

#include "app/credentials.hpp"
#include "common/digest.hpp"
#include "common/text.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/http/http_fetch.hpp"
#include "web/identity/jwt.hpp"

#include <sodium.h>

namespace bolwerk::web {

namespace {

constexpr std::string_view flow_cookie_name = "bolwerk_oidc";
constexpr std::size_t random_bytes = 32;

struct Flow {
    std::string state;
    std::string nonce;
    std::string verifier;
};

std::optional<Flow> read_flow(Request const& request)
{
    auto const cookie = cookie_value(request, flow_cookie_name);
    if (!cookie)
        return std::nullopt;
    auto const parts = split(*cookie, '.');
    if (parts.size() != 3)
        return std::nullopt;
    return Flow{std::string(parts[0]), std::string(parts[1]), std::string(parts[2])};
}

std::string pkce_challenge(std::string const& verifier)
{
    std::string digest(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(digest.data()),
        reinterpret_cast<unsigned char const*>(verifier.data()), verifier.size());
    return base64url_encode(digest);
}

bool audience_matches(nlohmann::json const& audience, std::string const& client_id)
{
    if (audience.is_string())
        return audience == client_id;
    if (audience.is_array())
        return std::find(audience.begin(), audience.end(), client_id) != audience.end();
    return false;
}

Result<nlohmann::json> redeem_code(OidcConfig const& oidc, std::string const& code, Flow const& flow)
{
    auto const body = "grant_type=authorization_code&code=" + percent_encode(code)
        + "&redirect_uri=" + percent_encode(oidc.redirect_uri) + "&client_id=" + percent_encode(oidc.client_id)
        + "&client_secret=" + percent_encode(oidc.client_secret) + "&code_verifier=" + percent_encode(flow.verifier);
    auto const reply = TRY(http_post_form(oidc.token_endpoint, body));
    if (reply.status != 200)
        return Error::forbidden("the identity provider refused the code (" + std::to_string(reply.status) + ")");
    auto const tokens = nlohmann::json::parse(reply.body, nullptr, false);
    if (tokens.is_discarded() || !tokens.contains("id_token") || !tokens["id_token"].is_string())
        return Error::forbidden("the identity provider sent no ID token");
    return verify_hs256(tokens["id_token"].get<std::string>(), oidc.client_secret);
}

// A claim of the ID token read as the type the protocol gives it. A claim of another
// type is Invalid naming it (never nlohmann's type_error: issue #11 item 4); an absent
// claim is `fallback`.
Result<nlohmann::json> typed_claim(
    nlohmann::json const& claims, std::string const& name, nlohmann::json::value_t type, nlohmann::json fallback)
{
    if (!claims.is_object())
        return Error::invalid("the ID token's claims are not a JSON object", {.field = "id_token"});
    auto const found = claims.find(name);
    if (found == claims.end())
        return fallback;
    if (found->type() != type)
        return Error::invalid("the ID token's claim '" + name + "' has the wrong type", {.field = name});
    return *found;
}

Result<std::string> string_claim(nlohmann::json const& claims, std::string const& name)
{
    return TRY(typed_claim(claims, name, nlohmann::json::value_t::string, "")).get<std::string>();
}

Result<nlohmann::json> array_claim(nlohmann::json const& claims, std::string const& name)
{
    return typed_claim(claims, name, nlohmann::json::value_t::array, nlohmann::json::array());
}

Result<app::ExternalIdentity> identity_from(
    OidcConfig const& oidc, nlohmann::json const& claims, Flow const& flow, Timestamp now)
{
    auto const seconds = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
    if (TRY(string_claim(claims, "iss")) != oidc.issuer)
        return Error::forbidden("the ID token comes from another issuer");
    if (!audience_matches(claims.value("aud", nlohmann::json()), oidc.client_id))
        return Error::forbidden("the ID token is for another client");
    if (!claims.contains("exp") || !claims["exp"].is_number() || claims["exp"].get<double>() <= double(seconds))
        return Error::forbidden("the ID token has expired");
    if (!constant_time_equal(TRY(string_claim(claims, "nonce")), flow.nonce))
        return Error::forbidden("the ID token's nonce does not match this sign-in");
    app::ExternalIdentity identity{TRY(string_claim(claims, "email")), TRY(string_claim(claims, "name"))};
    for (auto const& group : TRY(array_claim(claims, "groups"))) {
        for (auto const& [name, membership] : oidc.group_roles) {
            if (group.is_string() && group == name)
                identity.memberships.push_back(membership);
        }
    }
    for (auto const& method : TRY(array_claim(claims, "amr")))
        identity.multi_factor = identity.multi_factor || method == "mfa" || method == "otp" || method == "hwk";
    return identity;
}

Response refuse(RequestContext& context, Error const& error)
{
    auto response = error_page(context, Error::forbidden(error.message()));
    response.add_header("Set-Cookie", expired_cookie(context, flow_cookie_name));
    return response;
}

} // namespace

Result<Response> start_single_sign_on(RequestContext& context)
{
    auto const& oidc = context.services.config.oidc;
    if (!oidc)
        return Error::not_found("single sign-on is not configured");
    Flow const flow{app::random_token(random_bytes), app::random_token(random_bytes), app::random_token(random_bytes)};
    auto response = Response::redirect(oidc->authorization_endpoint
        + "?response_type=code&client_id=" + percent_encode(oidc->client_id)
        + "&redirect_uri=" + percent_encode(oidc->redirect_uri) + "&scope=openid%20email%20profile&state=" + flow.state
        + "&nonce=" + flow.nonce + "&code_challenge=" + pkce_challenge(flow.verifier) + "&code_challenge_method=S256");
    response.add_header("Set-Cookie",
        session_cookie(context, flow_cookie_name, flow.state + "." + flow.nonce + "." + flow.verifier)
            + "; Max-Age=600");
    return response;
}

Result<Response> finish_single_sign_on(RequestContext& context)
{
    auto const& oidc = context.services.config.oidc;
    if (!oidc)
        return Error::not_found("single sign-on is not configured");
    auto const query = parse_form(context.request.query);
    auto const flow = read_flow(context.request);
    auto const state = form_value(query, "state").value_or("");
    if (!flow || !constant_time_equal(state, flow->state))
        return refuse(context, Error::forbidden("the sign-in did not start here (state)"));
    auto const claims = redeem_code(*oidc, form_value(query, "code").value_or(""), *flow);
    if (!claims)
        return refuse(context, claims.error());
    auto const identity = identity_from(*oidc, *claims, *flow, context.services.clock.now());
    if (!identity && identity.error().kind() == ErrorKind::Invalid) {
        // A malformed ID token (a claim of the wrong type) is no credential at all: 401.
        auto response = refuse(context, identity.error());
        response.status = 401;
        return response;
    }
    if (!identity)
        return refuse(context, identity.error());
    auto const signed_in = context.services.app->sessions.sign_in_external(*identity, language_code(context.language));
    if (!signed_in || signed_in->status != app::SignIn::Status::SignedIn)
        return refuse(context, signed_in ? Error::forbidden("the account is disabled") : signed_in.error());
    auto response = Response::redirect("/");
    response.add_header("Set-Cookie", session_cookie(context, session_cookie_name, signed_in->token));
    response.add_header("Set-Cookie", expired_cookie(context, flow_cookie_name));
    return response;
}

} // namespace bolwerk::web
