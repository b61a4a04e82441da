#include "web/account_pages.hpp"
#include "web/auth_pages.hpp"
#include "web/health_routes.hpp"
#include "web/http.hpp"
#include "web/organisation_pages.hpp"
#include "web/route.hpp"

#include <array>

namespace bolwerk::web {

namespace {

// Dutch paths for the pages (the UI is Dutch first); the API is in English.
constexpr std::array routes{
    Route{Method::Get, "/healthz", Access::Public, "Liveness: the process answers.", handle_healthz},
    Route{Method::Get, "/readyz", Access::Public, "Readiness: the database answers.", handle_readyz},
    Route{Method::Get, "/", Access::Public, "Start: to the current organisation or the sign-in page.", show_home},
    Route{Method::Get, "/inloggen", Access::Public, "Sign-in form.", show_login},
    Route{Method::Post, "/inloggen", Access::PublicForm, "Sign in with e-mail address and password.", submit_login},
    Route{Method::Get, "/taal/{language}", Access::Public, "Switch the language (nl, en).", switch_language},
    Route{Method::Get, "/inloggen/code", Access::SessionAnyStage, "Second-factor form.", show_code},
    Route{Method::Post, "/inloggen/code", Access::SessionAnyStage, "Check a TOTP or recovery code.", submit_code},
    Route{Method::Post, "/uitloggen", Access::SessionAnyStage, "Sign out.", submit_logout},
    Route{Method::Get, "/account/mfa", Access::SessionAnyStage, "TOTP enrolment with QR code.", show_mfa_enrolment},
    Route{Method::Post, "/account/mfa", Access::SessionAnyStage, "Confirm TOTP enrolment.", submit_mfa_enrolment},
    Route{Method::Get, "/account", Access::Session, "The user's own account.", show_account},
    Route{Method::Post, "/account/wachtwoord", Access::Session, "Change the password.", submit_password},
    Route{
        Method::Post, "/uitloggen/overal", Access::Session, "End every session of the user.", submit_logout_everywhere},
    Route{
        Method::Post, "/organisatie/wissel", Access::Session, "Switch the current organisation.", switch_organisation},
    Route{Method::Get, "/organisaties/{organisation}", Access::Session, "Organisation settings.", show_organisation, {},
        {}, "organisation.read"},
    Route{Method::Post, "/organisaties/{organisation}", Access::Session, "Change organisation settings.",
        submit_organisation, {}, {}, "organisation.update"},
    Route{Method::Get, "/organisaties/{organisation}/gebruikers", Access::Session, "Users and roles.", show_members, {},
        {}, "member.read"},
    Route{Method::Post, "/organisaties/{organisation}/gebruikers", Access::Session, "Add a user with a role.",
        submit_member, {}, {}, "member.manage"},
    Route{Method::Get, "/organisaties/{organisation}/audit", Access::Session, "The audit trail.", show_audit_trail, {},
        {}, "audit_trail.read"},
    Route{Method::Get, "/organisaties/{organisation}/audit.csv", Access::Session, "Audit trail as CSV.",
        export_audit_csv, {}, {}, "audit_trail.read"},
    Route{Method::Get, "/organisaties/{organisation}/audit.json", Access::Session, "Audit trail as JSON.",
        export_audit_json, {}, {}, "audit_trail.read"},
};

} // namespace

std::span<Route const> route_table() { return routes; }

} // namespace bolwerk::web
