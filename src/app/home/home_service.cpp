#include "app/home/home_service.hpp"

#include "app/supplier/supplier_service.hpp"

#include "app/assessment/assessment_service.hpp"
#include "app/authorisation.hpp"
#include "app/catalog_service.hpp"
#include "app/evidence/evidence_service.hpp"
#include "app/incident/incident_service.hpp"
#include "app/organisation_service.hpp"
#include "app/risk/risk_service.hpp"
#include "app/vvt/vvt_service.hpp"
#include "domain/assessment/contribution.hpp"
#include "domain/assessment/progress.hpp"
#include "store/database.hpp"
#include "store/user_repository.hpp"

#include <algorithm>

namespace bolwerk::app {

namespace {

bool granted(Actor const& actor, Permission permission, OrganisationId organisation)
{
    return authorise(actor, permission, organisation).has_value();
}

bool is_acceptance(domain::RiskTaskKind kind)
{
    return kind == domain::RiskTaskKind::AcceptanceMissing || kind == domain::RiskTaskKind::AcceptanceExpired;
}

// The actor's e-mail address: a measure's owner field names its owner by e-mail
// (domain::assessment::is_owned_by). The operator owns no measures.
Result<std::string> email_of(store::Database& database, Actor const& actor)
{
    if (!actor.user_id)
        return std::string();
    auto connection = TRY(database.acquire());
    return TRY(store::UserRepository::find(*connection, *actor.user_id)).email;
}

} // namespace

bool OrganisationHome::has_tasks() const
{
    for (auto const& count : {overdue_measures, risk_tasks, acceptances_waiting, evidence_expiring,
             vvt_awaiting_approval, supplier_tasks, incident_clocks}) {
        if (count.value_or(0) > 0)
            return true;
    }
    return false;
}

Result<std::vector<OrganisationHome>> HomeService::overview(Actor const& actor)
{
    auto const organisations = TRY(OrganisationService(m_database, m_clock).list(actor));
    auto const email = TRY(email_of(m_database, actor));
    auto const today = std::chrono::floor<std::chrono::days>(m_clock.now());
    std::vector<OrganisationHome> homes;
    homes.reserve(organisations.size());
    for (auto const& organisation : organisations)
        homes.push_back(TRY(for_organisation(actor, organisation.id, organisation.name, email, today)));
    return homes;
}

Result<OrganisationHome> HomeService::for_organisation(
    Actor const& actor, OrganisationId organisation, std::string name, std::string const& email, Date today)
{
    OrganisationHome home{.organisation = organisation, .name = std::move(name)};
    if (granted(actor, Permission::AssessmentRead, organisation)) {
        TRY(add_assessment(actor, home, email, today));
        TRY(add_vvt(actor, home));
    }
    if (granted(actor, Permission::RiskRead, organisation))
        TRY(add_risks(actor, home));
    if (granted(actor, Permission::EvidenceWrite, organisation)) {
        auto const expiring = TRY(EvidenceService(m_database, m_clock).list_expiring(actor, organisation, today));
        home.evidence_expiring = static_cast<std::int64_t>(expiring.size());
    }
    if (granted(actor, Permission::SupplierWrite, organisation)) {
        auto const tasks = TRY(SupplierService(m_database, m_clock).tasks(actor, organisation));
        home.supplier_tasks = static_cast<std::int64_t>(tasks.size());
    }
    // Issue #15: incidents whose reporting deadlines run.
    if (granted(actor, Permission::IncidentRead, organisation)) {
        auto const running = TRY(IncidentService(m_database, m_clock).running_clocks(actor, organisation));
        home.incident_clocks = static_cast<std::int64_t>(running.size());
    }
    return home;
}

Result<void> HomeService::add_assessment(
    Actor const& actor, OrganisationHome& home, std::string const& email, Date today)
{
    AssessmentService assessments(m_database, m_clock, *m_catalogs);
    auto const assessment = TRY(assessments.get(actor, home.organisation));
    auto const catalog = TRY(m_catalogs->load(actor, assessment.catalog.to_string()));
    auto const dashboard = domain::assessment::build_dashboard(catalog, assessment, today);
    using domain::assessment::MeasureStatus;
    home.measures_implemented = dashboard.measures.count(MeasureStatus::Implemented);
    home.measures_counted = dashboard.measures.total() - dashboard.measures.count(MeasureStatus::NotApplicable);
    home.overdue_measures
        = email.empty() ? 0 : std::count_if(dashboard.overdue.begin(), dashboard.overdue.end(), [&](auto const& item) {
              return domain::assessment::is_owned_by(item.owner, email);
          });
    return ok();
}

Result<void> HomeService::add_risks(Actor const& actor, OrganisationHome& home)
{
    RiskService risks(m_database, m_clock, m_catalogs.get());
    auto const sheet = TRY(risks.scores(actor, home.organisation));
    home.high_risks = std::count_if(sheet.scores.begin(), sheet.scores.end(),
        [](auto const& score) { return score.current().level >= domain::RiskLevel::Hoog; });
    bool const writes = granted(actor, Permission::RiskWrite, home.organisation);
    bool const accepts = granted(actor, Permission::RiskAccept, home.organisation);
    if (!writes && !accepts)
        return ok();
    auto const tasks = TRY(risks.tasks(actor, home.organisation));
    auto const acceptances
        = std::count_if(tasks.begin(), tasks.end(), [](auto const& task) { return is_acceptance(task.kind); });
    if (writes)
        home.risk_tasks = static_cast<std::int64_t>(tasks.size()) - acceptances;
    if (accepts)
        home.acceptances_waiting = acceptances;
    return ok();
}

Result<void> HomeService::add_vvt(Actor const& actor, OrganisationHome& home)
{
    // The aliasing shared_ptr keeps the catalog service (and its index) alive.
    VvtService vvt(m_database, m_clock,
        std::shared_ptr<domain::catalog::BuiltinIndex const>(m_catalogs, &m_catalogs->builtin_index()));
    auto const versions = TRY(vvt.versions(actor, home.organisation));
    VvtStatusSummary status;
    status.versions = static_cast<std::int64_t>(versions.size());
    std::int64_t waiting = 0;
    for (auto const& version : versions) {
        if (version.number >= status.latest) {
            status.latest = version.number;
            status.latest_approved = version.approved();
        }
        if (version.published)
            status.published = version.number;
        if (!version.approved())
            ++waiting;
    }
    home.vvt = status;
    if (granted(actor, Permission::VvtApprove, home.organisation))
        home.vvt_awaiting_approval = waiting;
    return ok();
}

} // namespace bolwerk::app
