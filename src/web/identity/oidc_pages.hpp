#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// GET /inloggen/sso: sends the browser to the provider with state, nonce and a PKCE
/// challenge (S256); the verifier stays in an HttpOnly cookie for ten minutes.
Result<Response> start_single_sign_on(RequestContext& context);
/// GET /inloggen/sso/terug: checks state, redeems the code with the verifier, checks
/// the ID token (signature, issuer, audience, expiry, nonce), maps groups to roles and
/// starts a session. 404 when no provider is configured.
Result<Response> finish_single_sign_on(RequestContext& context);

} // namespace bolwerk::web
