#pragma once

#include "app/actor.hpp"
#include "common/calendar.hpp"
#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "store/forward.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::app {

class CatalogService;

/// What the VvT of an organisation stands at, for the home page's status block.
struct VvtStatusSummary {
    std::int64_t versions = 0; ///< 0: no version frozen yet.
    std::int64_t latest = 0; ///< The newest version's number.
    bool latest_approved = false;
    std::optional<std::int64_t> published; ///< The version the public page shows.
};

/// One organisation on the home page (issue #12 item 2): the actor's tasks with counts
/// and the status block. A field is empty when the actor's role may not open what it
/// counts (the page then shows neither the count nor the link).
struct OrganisationHome {
    OrganisationId organisation{0};
    std::string name;

    // Tasks.
    /// Measures past their target date whose owner is the actor (AssessmentRead).
    std::optional<std::int64_t> overdue_measures;
    /// Risk tasks other than acceptances: systems to analyse (BIO2 5.08.01, 5.12.01)
    /// and overdue reviews (RiskWrite).
    std::optional<std::int64_t> risk_tasks;
    /// Residual risks above appetite without a valid acceptance (RiskAccept).
    std::optional<std::int64_t> acceptances_waiting;
    /// Evidence expired or expiring within 30 days (EvidenceWrite: those who renew it).
    std::optional<std::int64_t> evidence_expiring;
    /// VvT versions frozen but not yet approved (VvtApprove: the bestuurder).
    std::optional<std::int64_t> vvt_awaiting_approval;
    /// Issue #14: supplier tasks (assurance due, review due, a contract ending within 90
    /// days without an exit plan check) for those who keep the register (SupplierWrite).
    std::optional<std::int64_t> supplier_tasks;
    /// Open incidents with a reporting clock running (IncidentRead; issue #15).
    std::optional<std::int64_t> incident_clocks;

    // Status.
    /// Measures implemented and measures that count (not "niet van toepassing"), from
    /// the gap analysis (AssessmentRead).
    std::optional<std::int64_t> measures_implemented;
    std::optional<std::int64_t> measures_counted;
    /// Risks whose current (residual, else inherent) level is Hoog or Zeer hoog (RiskRead).
    std::optional<std::int64_t> high_risks;
    /// (AssessmentRead, like the VvT pages.)
    std::optional<VvtStatusSummary> vvt;

    bool has_tasks() const;
};

/// The home page's use case: for every organisation the actor may see, one call per
/// block to the feature's own use case (each authorises the actor itself); a block the
/// role does not grant is skipped, not refused. Keeps references to the database and
/// clock. Safe to share between threads.
class HomeService {
public:
    HomeService(store::Database& database, Clock const& clock, std::shared_ptr<CatalogService> catalogs)
        : m_database(database)
        , m_clock(clock)
        , m_catalogs(std::move(catalogs))
    {
    }

    Result<std::vector<OrganisationHome>> overview(Actor const& actor);

private:
    Result<OrganisationHome> for_organisation(
        Actor const& actor, OrganisationId organisation, std::string name, std::string const& email, Date today);
    Result<void> add_assessment(Actor const& actor, OrganisationHome& home, std::string const& email, Date today);
    Result<void> add_risks(Actor const& actor, OrganisationHome& home);
    Result<void> add_vvt(Actor const& actor, OrganisationHome& home);

    store::Database& m_database;
    Clock const& m_clock;
    std::shared_ptr<CatalogService> m_catalogs;
};

} // namespace bolwerk::app
