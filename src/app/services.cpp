#include "app/services.hpp"

#include "app/health.hpp"

#include <utility>

namespace bolwerk::app {

Result<std::unique_ptr<Services>> Services::create(Storage storage, Clock const& clock, ServicesOptions options)
{
    auto& database = storage.database();
    auto login_csrf = TRY(LoginCsrf::create(database, clock));
    auto catalogs = CatalogService::create(database, clock);
    return std::unique_ptr<Services>(
        new Services(database, clock, std::move(options), std::move(login_csrf), std::move(catalogs)));
}

Services::Services(store::Database& database, Clock const& clock_, ServicesOptions options, LoginCsrf login_csrf_,
    Result<CatalogService> catalogs)
    : clock(clock_)
    , common_passwords(std::move(options.common_passwords))
    , organisations(database, clock_)
    , accounts(database, clock_, common_passwords)
    , sessions(database, clock_, options.session_policy)
    , mfa(database, clock_)
    , api_tokens(database, clock_)
    , invitations(accounts, database, clock_)
    , risks(database, clock_)
    , evidence(database, clock_, options.evidence)
    , suppliers(database, clock_)
    , incidents(database, clock_)
    , login_csrf(std::move(login_csrf_))
    , m_database(database)
{
    if (!catalogs) {
        m_catalog_error = catalogs.error();
        return;
    }
    m_catalogs = std::make_shared<CatalogService>(std::move(catalogs).value());
    m_assessments.emplace(database, clock_, *m_catalogs);
    // The aliasing shared_ptr keeps the catalog service alive while the VvT holds its index.
    m_vvt.emplace(database, clock_,
        std::shared_ptr<domain::catalog::BuiltinIndex const>(m_catalogs, &m_catalogs->builtin_index()));
    m_home.emplace(database, clock_, m_catalogs);
}

Services::~Services() = default;

Result<CatalogService*> Services::catalogs()
{
    if (!m_catalogs)
        return *m_catalog_error;
    return m_catalogs.get();
}

Result<AssessmentService*> Services::assessments()
{
    if (!m_assessments)
        return *m_catalog_error;
    return &*m_assessments;
}

Result<VvtService*> Services::vvt()
{
    if (!m_vvt)
        return Error::unavailable("the built-in catalog index could not be loaded");
    return &*m_vvt;
}

Result<HomeService*> Services::home()
{
    if (!m_home)
        return *m_catalog_error;
    return &*m_home;
}

Result<void> Services::check_database() const { return app::check_database(m_database); }

Result<AuditPage> Services::audit_events(
    Actor const& actor, OrganisationId organisation, std::int64_t after, std::int64_t limit) const
{
    return list_audit_events(m_database, actor, organisation, after, limit);
}

Result<AuditSearchPage> Services::search_audit(
    Actor const& actor, OrganisationId organisation, AuditQuery const& query) const
{
    return search_audit_events(m_database, actor, organisation, query);
}

Result<AuditFilterChoices> Services::audit_choices(Actor const& actor, OrganisationId organisation) const
{
    return audit_filter_choices(m_database, actor, organisation);
}

} // namespace bolwerk::app
