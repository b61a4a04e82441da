#pragma once

#include "app/account_service.hpp"
#include "app/actor.hpp"
#include "app/api_token_service.hpp"
#include "app/assessment/assessment_service.hpp"
#include "app/audit_trail.hpp"
#include "app/catalog_service.hpp"
#include "app/evidence/evidence_service.hpp"
#include "app/home/home_service.hpp"
#include "app/incident/incident_service.hpp"
#include "app/login_csrf.hpp"
#include "app/member_invitation.hpp"
#include "app/mfa_service.hpp"
#include "app/organisation_service.hpp"
#include "app/risk/risk_service.hpp"
#include "app/session_service.hpp"
#include "app/supplier/supplier_service.hpp"
#include "app/vvt/vvt_service.hpp"
#include "common/clock.hpp"
#include "common/error.hpp"
#include "common/result.hpp"
#include "domain/password_policy.hpp"
#include "store/forward.hpp"

#include <cstdint>
#include <memory>
#include <optional>

namespace bolwerk::app {

/// The database as an edge holds it: the CLI opens it and hands it to Services; web/
/// only passes it on and cannot call the store API (issue #11 item 2). Converts
/// implicitly from store::Database& so that whoever opened the database passes it as is.
class Storage {
public:
    Storage(store::Database& database) // NOLINT(google-explicit-constructor): a handle, on purpose
        : m_database(database)
    {
    }
    store::Database& database() const { return m_database; }

private:
    store::Database& m_database;
};

/// What the use cases are built with besides the database and the clock.
struct ServicesOptions {
    domain::CommonPasswords common_passwords;
    SessionPolicy session_policy;
    EvidenceSettings evidence;
};

/// Every use case of the web application, built once at start-up and shared by all
/// requests (issue #11 item 3). Keeps references to the database and the clock, which
/// must outlive it; never moves (the services keep references into it).
///
/// Safe to share between threads, with no lock:
/// - stateless (only references to the database, the clock and immutable settings;
///   each call opens its own transaction on the database's connection pool, which is
///   thread-safe): organisations, accounts, sessions, mfa, api_tokens, invitations,
///   risks, evidence, assessments, incidents;
/// - immutable after start-up: common_passwords, login_csrf (its key), the catalog
///   service (the parsed built-in index, read concurrently) and vvt (which shares that
///   index); home (stateless, on the shared catalog service).
class Services {
public:
    static Result<std::unique_ptr<Services>> create(Storage storage, Clock const& clock, ServicesOptions options);
    Services(Services const&) = delete;
    Services& operator=(Services const&) = delete;
    ~Services();

    Clock const& clock;
    domain::CommonPasswords const common_passwords;
    OrganisationService organisations;
    AccountService accounts;
    SessionService sessions;
    MfaService mfa;
    ApiTokenService api_tokens;
    MemberInvitations invitations;
    RiskService risks;
    EvidenceService evidence;
    /// Issue #14: the supplier register (stateless).
    SupplierService suppliers;
    /// The incident register (issue #15).
    IncidentService incidents;
    /// The sign-in form's CSRF tokens (the key is read from the database at start-up).
    LoginCsrf const login_csrf;

    /// The normenkader use cases with the built-in index parsed once; the error of
    /// loading that index when it failed (the other use cases work without it).
    Result<CatalogService*> catalogs();
    /// The gap analysis, on the shared catalog service.
    Result<AssessmentService*> assessments();
    /// The VvT, on the shared built-in index.
    Result<VvtService*> vvt();
    /// The home page's tasks and status, on the shared catalog service.
    Result<HomeService*> home();

    /// Whether the database answers (for /readyz).
    Result<void> check_database() const;
    /// A page of the organisation's audit trail (list_audit_events).
    Result<AuditPage> audit_events(
        Actor const& actor, OrganisationId organisation, std::int64_t after, std::int64_t limit) const;
    /// The audit trail newest first, filtered, with the users' names (search_audit_events).
    Result<AuditSearchPage> search_audit(
        Actor const& actor, OrganisationId organisation, AuditQuery const& query) const;
    /// The actors and kinds of object the audit trail's filters offer.
    Result<AuditFilterChoices> audit_choices(Actor const& actor, OrganisationId organisation) const;

private:
    Services(store::Database& database, Clock const& clock, ServicesOptions options, LoginCsrf login_csrf,
        Result<CatalogService> catalogs);

    store::Database& m_database;
    std::optional<Error> m_catalog_error;
    std::shared_ptr<CatalogService> m_catalogs;
    std::optional<AssessmentService> m_assessments;
    std::optional<VvtService> m_vvt;
    std::optional<HomeService> m_home;
};

} // namespace bolwerk::app
