#include "web/identity/identity_routes.hpp"

#include "web/core/handler.hpp"
#include "web/http/route.hpp"
#include "web/identity/account_pages.hpp"
#include "web/identity/auth_pages.hpp"
#include "web/identity/oidc_pages.hpp"

#include <array>

namespace bolwerk::web {

namespace {

// Dutch paths for the pages (the UI is Dutch first); the API is in English. The first
// match wins, so a literal segment comes before a `{parameter}` in the same place.
constexpr std::array routes{
    Route{Method::Get, "/inloggen", Access::Public, "Sign-in form.", show_login},
    Route{Method::Post, "/inloggen", Access::PublicForm, "Sign in with e-mail address and password.",
        page_route<submit_login>},
    Route{Method::Get, "/inloggen/sso", Access::Public, "Single sign-on: to the identity provider (OIDC, PKCE).",
        page_route<start_single_sign_on>},
    Route{Method::Get, "/inloggen/sso/terug", Access::Public, "Single sign-on: back from the identity provider.",
        page_route<finish_single_sign_on>},
    Route{Method::Get, "/taal/{language}", Access::Public, "Switch the language (nl, en).", switch_language},
    Route{Method::Get, "/inloggen/code", Access::SessionAnyStage, "Second-factor form.", show_code},
    Route{Method::Post, "/inloggen/code", Access::SessionAnyStage, "Check a TOTP or recovery code.",
        page_route<submit_code>},
    Route{Method::Post, "/uitloggen", Access::SessionAnyStage, "Sign out.", page_route<submit_logout>},
    Route{Method::Get, "/account/mfa", Access::SessionAnyStage, "TOTP enrolment with QR code.",
        page_route<show_mfa_enrolment>},
    Route{Method::Post, "/account/mfa", Access::SessionAnyStage, "Confirm TOTP enrolment.",
        page_route<submit_mfa_enrolment>},
    Route{Method::Get, "/account/nieuw-wachtwoord", Access::SessionAnyStage,
        "After a password reset: choose a new password before anything else.", page_route<show_new_password>},
    Route{Method::Post, "/account/nieuw-wachtwoord", Access::SessionAnyStage, "Set the new password after a reset.",
        page_route<submit_new_password>},
    Route{Method::Get, "/account", Access::Session, "The user's own account.", show_account},
    Route{Method::Post, "/account/wachtwoord", Access::Session, "Change the password.", page_route<submit_password>},
    Route{Method::Post, "/uitloggen/overal", Access::Session, "End every session of the user.",
        page_route<submit_logout_everywhere>},
};

} // namespace

std::span<Route const> identity_routes() { return routes; }

} // namespace bolwerk::web
