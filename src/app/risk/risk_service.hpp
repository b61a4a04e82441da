#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/audit_event.hpp"
#include "domain/risk/acceptance.hpp"
#include "domain/risk/information_system.hpp"
#include "domain/risk/methodology.hpp"
#include "domain/risk/risk.hpp"
#include "domain/risk/risk_analysis.hpp"
#include "domain/risk/risk_tasks.hpp"
#include "store/forward.hpp"

#include <map>
#include <string_view>
#include <vector>

namespace bolwerk::app {

class CatalogService;

/// The methodology in force for an organisation, with its version (0 = the built-in
/// default, never stored).
struct MethodologyVersion {
    domain::RiskMethodology methodology;
    std::int64_t version = 0;
};

/// A system with the classification it inherits from the systems that depend on it.
struct SystemView {
    domain::InformationSystem system;
    domain::Cia effective_classification;
};

/// The whole register of one organisation, for lists, heat maps and exports.
struct RiskRegister {
    MethodologyVersion methodology;
    std::vector<domain::Risk> risks;
    std::vector<domain::RiskAcceptance> acceptances;
};

/// Use cases of risk management (BIO2 Deel 1 §13). Each authorises the actor for the
/// organisation, runs in one transaction and writes an audit event with the change.
/// Keeps references to `database` and `clock`; safe to share between threads.
class RiskService {
public:
    /// Without `catalogs` the service builds a CatalogService when an acceptance names
    /// waived measures (to read the catalog version in force).
    RiskService(store::Database& database, Clock const& clock, CatalogService* catalogs = nullptr)
        : m_database(database)
        , m_clock(clock)
        , m_catalogs(catalogs)
    {
    }

    Result<MethodologyVersion> methodology(Actor const& actor, OrganisationId organisation);
    /// Stores a new version and rescores every risk with it. Refused when a stored risk
    /// has a value off the new scales (the message names the risks).
    Result<MethodologyVersion> set_methodology(
        Actor const& actor, OrganisationId organisation, domain::RiskMethodology const& methodology);

    Result<domain::InformationSystem> create_system(
        Actor const& actor, OrganisationId organisation, domain::InformationSystemDraft const& draft);
    Result<domain::InformationSystem> update_system(Actor const& actor, OrganisationId organisation,
        InformationSystemId id, domain::InformationSystemDraft const& draft, std::int64_t expected_version);
    Result<std::vector<SystemView>> list_systems(Actor const& actor, OrganisationId organisation);

    Result<domain::RiskAnalysis> record_analysis(Actor const& actor, domain::RiskAnalysis analysis);
    Result<std::vector<domain::RiskAnalysis>> list_analyses(Actor const& actor, OrganisationId organisation);

    Result<domain::Risk> register_risk(Actor const& actor, OrganisationId organisation, domain::RiskDraft const& draft);
    Result<domain::Risk> update_risk(Actor const& actor, OrganisationId organisation, RiskId id,
        domain::RiskDraft const& draft, std::int64_t expected_version);
    Result<domain::Risk> show_risk(Actor const& actor, OrganisationId organisation, RiskId id);
    Result<RiskRegister> register_of(Actor const& actor, OrganisationId organisation);

    /// One page of the register (offset, at most `limit` risks) with the total count.
    struct RegisterPage {
        std::vector<domain::Risk> risks;
        std::int64_t total = 0;
    };
    Result<RegisterPage> register_page(
        Actor const& actor, OrganisationId organisation, std::int64_t offset, std::int64_t limit);

    /// The methodology and the scores of every risk: what a heat map needs, without
    /// loading the whole register.
    struct ScoreSheet {
        MethodologyVersion methodology;
        std::vector<domain::RiskScores> scores;
    };
    Result<ScoreSheet> scores(Actor const& actor, OrganisationId organisation);

    /// The risks that rely on each control or overheidsmaatregel (their existing
    /// controls), for the gap analysis: "risks per control" (issue #6 → #5).
    Result<std::vector<domain::RiskControlLink>> control_links(Actor const& actor, OrganisationId organisation);

    /// Records an acceptance of the risk's current residual level (check_acceptance),
    /// with the measures it relies on waiving checked against the catalog version in
    /// force (check_waived_measures: never a substantive overheidsmaatregel).
    Result<domain::RiskAcceptance> accept_risk(
        Actor const& actor, OrganisationId organisation, RiskId id, domain::AcceptanceRequest const& request);

    /// What the risk process asks for today (new or reclassified systems without
    /// analysis, missing or expired acceptances, overdue reviews).
    Result<std::vector<domain::RiskTask>> tasks(Actor const& actor, OrganisationId organisation);

    /// Registers many risks at once, all in one transaction. With `skip_invalid` false
    /// (the default) one invalid draft refuses the whole batch and nothing is stored;
    /// with it true, invalid drafts are left out and reported. Each entry of
    /// `drafts` carries the line it came from for the report.
    struct NumberedDraft {
        std::uint64_t line = 0;
        domain::RiskDraft draft;
    };
    struct ImportReport {
        std::int64_t imported = 0;
        std::vector<Error> rejected; ///< Each with its line.
    };
    enum class InvalidRows : std::uint8_t { RefuseAll, Skip };
    Result<ImportReport> import_risks(Actor const& actor, OrganisationId organisation,
        std::vector<NumberedDraft> const& drafts, InvalidRows invalid_rows);

    // --- Issue 6, second part: what the API and the views need. ---

    /// One page of the risks that pass `filter`, with how many pass.
    Result<RegisterPage> search_risks(Actor const& actor, OrganisationId organisation, domain::RiskFilter const& filter,
        std::int64_t offset, std::int64_t limit);
    /// The risks whose current level needs acceptance under the methodology in force
    /// (for the acceptance form), with that methodology.
    struct AcceptanceCandidates {
        MethodologyVersion methodology;
        std::vector<domain::Risk> risks;
    };
    Result<AcceptanceCandidates> risks_needing_acceptance(Actor const& actor, OrganisationId organisation);
    /// One risk with everything its detail page shows.
    struct RiskDetail {
        domain::Risk risk;
        MethodologyVersion methodology;
        std::vector<domain::RiskAcceptance> acceptances; ///< Of this risk, oldest first.
        std::vector<domain::InformationSystem> systems; ///< The linked systems.
        std::vector<domain::AuditEvent> history; ///< Audit events about the risk.
    };
    Result<RiskDetail> risk_detail(Actor const& actor, OrganisationId organisation, RiskId id);
    Result<std::vector<domain::RiskAcceptance>> acceptances_of(
        Actor const& actor, OrganisationId organisation, RiskId id);
    Result<std::vector<domain::RiskAcceptance>> acceptances(Actor const& actor, OrganisationId organisation);
    Result<SystemView> show_system(Actor const& actor, OrganisationId organisation, InformationSystemId id);
    Result<domain::RiskAnalysis> update_analysis(
        Actor const& actor, domain::RiskAnalysis analysis, std::int64_t expected_version);
    /// Reads the register CSV (importers/risk) and imports it like import_risks, with
    /// one difference: with RefuseAll and any bad row, nothing is stored and the
    /// report lists every bad row (read and scoring errors), `imported` is 0 and
    /// `refused` is true.
    struct CsvImportReport {
        std::int64_t imported = 0;
        std::vector<Error> rejected;
        bool refused = false;
    };
    Result<CsvImportReport> import_risks_csv(
        Actor const& actor, OrganisationId organisation, std::string_view csv, InvalidRows invalid_rows);

private:
    /// The read path of every listing use case: authorise RiskRead, take a connection,
    /// and answer NotFound for an organisation that does not exist.
    Result<store::PooledConnection> open_for_reading(Actor const& actor, OrganisationId organisation);

    /// The waived measures of `request`, normalised and checked (empty stays empty).
    Result<std::vector<std::string>> checked_waivers(
        Actor const& actor, OrganisationId organisation, domain::AcceptanceRequest const& request);

    store::Database& m_database;
    Clock const& m_clock;
    CatalogService* m_catalogs;
};

} // namespace bolwerk::app
