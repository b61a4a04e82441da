#include "app/risk/risk_service.hpp"

#include "app/audit_trail.hpp"
#include "app/authorisation.hpp"
#include "app/catalog_service.hpp"
#include "app/risk/methodology_json.hpp"
#include "app/risk/risk_json.hpp"
#include "common/json_text.hpp"
#include "importers/risk/risk_csv.hpp"
#include "store/audit_repository.hpp"
#include "store/database.hpp"
#include "store/organisation_repository.hpp"
#include "store/risk/information_system_repository.hpp"
#include "store/risk/risk_acceptance_repository.hpp"
#include "store/risk/risk_analysis_repository.hpp"
#include "store/risk/risk_methodology_repository.hpp"
#include "store/risk/risk_repository.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>

namespace bolwerk::app {

namespace {

constexpr std::int64_t max_page_size = 500;

Date today(Clock const& clock) { return std::chrono::floor<std::chrono::days>(clock.now()); }

// An organisation the operator names must exist; for users authorise() already
// answered NotFound for organisations they cannot see.
Result<void> require_organisation(store::Connection& connection, OrganisationId organisation)
{
    TRY(store::OrganisationRepository::find(connection, organisation));
    return ok();
}

Result<MethodologyVersion> load_methodology(store::Connection& connection, OrganisationId organisation)
{
    auto const stored = TRY(store::RiskMethodologyRepository::current(connection, organisation));
    if (!stored)
        return MethodologyVersion{domain::RiskMethodology::standard(), 0};
    auto methodology = methodology_from_json(stored->definition);
    if (!methodology)
        return Error::internal("stored risk methodology version " + std::to_string(stored->version)
            + " is invalid: " + methodology.error().to_string());
    return MethodologyVersion{std::move(methodology).value(), stored->version};
}

Result<void> rescore_all(
    store::Transaction& transaction, OrganisationId organisation, MethodologyVersion const& methodology, Timestamp now)
{
    auto const risks = TRY(store::RiskRepository::list(transaction.connection(), organisation));
    std::string off_scale;
    for (auto const& risk : risks) {
        auto rescored = domain::score_risk(methodology.methodology, domain::draft_of(risk));
        if (!rescored) {
            off_scale += (off_scale.empty() ? "" : ", ") + risk.id.to_string();
            continue;
        }
        TRY(store::RiskRepository::update(
            transaction, organisation, risk.id, std::move(rescored).value(), risk.version, methodology.version, now));
    }
    if (!off_scale.empty())
        return Error::conflict("the new methodology does not fit risks " + off_scale
            + " (a value is off its scales or an impact area is gone); change those first");
    return ok();
}

// The highest authority the actor holds in the organisation (BIO2 Deel 1: the board
// accepts residual risk above the process owner's level). The operator records
// decisions taken elsewhere and is trusted with the authority it names.
Result<void> check_authority(Actor const& actor, OrganisationId organisation, domain::AcceptanceAuthority requested)
{
    if (actor.kind == Actor::Kind::Operator || actor.administrator)
        return ok();
    auto held = domain::AcceptanceAuthority::WithinAppetite;
    for (auto const& membership : actor.memberships) {
        if (membership.organisation != organisation)
            continue;
        if (membership.role == domain::Role::Bestuurder)
            held = std::max(held, domain::AcceptanceAuthority::Board);
        else if (membership.role == domain::Role::Lijnmanager)
            held = std::max(held, domain::AcceptanceAuthority::ProcessOwner);
    }
    if (requested > held)
        return Error::forbidden(
            "your role does not let you accept a risk as " + std::string(domain::to_string(requested)));
    return ok();
}

AuditChange change(OrganisationId organisation, std::string action, std::string object_type, std::string object_id,
    nlohmann::json const* before, nlohmann::json const* after, std::optional<std::string> detail = {})
{
    return {.organisation = organisation,
        .action = std::move(action),
        .object_type = std::move(object_type),
        .object_id = std::move(object_id),
        .before = before,
        .after = after,
        .detail = std::move(detail)};
}

// "waives 5.03.01, 5.21.01" for the audit trail, which stores only digests of the JSON.
std::optional<std::string> waiver_detail(std::vector<std::string> const& measures)
{
    if (measures.empty())
        return std::nullopt;
    std::string detail = "waives ";
    for (std::size_t i = 0; i < measures.size(); ++i)
        detail += (i == 0 ? "" : ", ") + measures[i];
    return detail;
}

} // namespace

Result<store::PooledConnection> RiskService::open_for_reading(Actor const& actor, OrganisationId organisation)
{
    TRY(authorise(actor, Permission::RiskRead, organisation));
    auto connection = TRY(m_database.acquire());
    TRY(require_organisation(*connection, organisation));
    return connection;
}

Result<MethodologyVersion> RiskService::methodology(Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    return load_methodology(*connection, organisation);
}

Result<MethodologyVersion> RiskService::set_methodology(
    Actor const& actor, OrganisationId organisation, domain::RiskMethodology const& methodology)
{
    TRY(authorise(actor, Permission::RiskMethodologyWrite, organisation));
    auto const now = m_clock.now();
    auto connection = TRY(m_database.acquire());
    auto transaction = TRY(store::Transaction::begin(*connection));
    TRY(require_organisation(*connection, organisation));
    auto const json = methodology_to_json(methodology.definition());
    auto const version
        = TRY(store::RiskMethodologyRepository::add(transaction, organisation, json_text(json), actor.label, now));
    MethodologyVersion const stored{methodology, version};
    TRY(rescore_all(transaction, organisation, stored, now));
    TRY(record_audit_event(transaction, actor,
        change(organisation, "risk_methodology.create", "risk_methodology", std::to_string(version), nullptr, &json),
        now));
    TRY(transaction.commit());
    return stored;
}

Result<domain::InformationSystem> RiskService::create_system(
    Actor const& actor, OrganisationId organisation, domain::InformationSystemDraft const& raw)
{
    TRY(authorise(actor, Permission::RiskWrite, organisation));
    auto const draft = TRY(domain::InformationSystemDraft::create(raw));
    auto const now = m_clock.now();
    auto connection = TRY(m_database.acquire());
    auto transaction = TRY(store::Transaction::begin(*connection));
    TRY(require_organisation(*connection, organisation));
    auto system = TRY(store::InformationSystemRepository::insert(transaction, organisation, draft, now));
    auto const after = system_to_json(system);
    TRY(record_audit_event(transaction, actor,
        change(organisation, "information_system.create", "information_system", system.id.to_string(), nullptr, &after),
        now));
    TRY(transaction.commit());
    return system;
}

Result<domain::InformationSystem> RiskService::update_system(Actor const& actor, OrganisationId organisation,
    InformationSystemId id, domain::InformationSystemDraft const& raw, std::int64_t expected_version)
{
    TRY(authorise(actor, Permission::RiskWrite, organisation));
    auto const draft = TRY(domain::InformationSystemDraft::create(raw));
    auto const now = m_clock.now();
    auto connection = TRY(m_database.acquire());
    auto transaction = TRY(store::Transaction::begin(*connection));
    auto const before = system_to_json(TRY(store::InformationSystemRepository::find(*connection, organisation, id)));
    auto system
        = TRY(store::InformationSystemRepository::update(transaction, organisation, id, draft, expected_version, now));
    auto const after = system_to_json(system);
    TRY(record_audit_event(transaction, actor,
        change(organisation, "information_system.update", "information_system", id.to_string(), &before, &after), now));
    TRY(transaction.commit());
    return system;
}

Result<std::vector<SystemView>> RiskService::list_systems(Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    auto systems = TRY(store::InformationSystemRepository::list(*connection, organisation));
    auto const effective = domain::effective_classifications(systems);
    std::vector<SystemView> views;
    views.reserve(systems.size());
    for (auto& system : systems) {
        auto const classification = effective.at(system.id);
        views.push_back({std::move(system), classification});
    }
    return views;
}

Result<domain::RiskAnalysis> RiskService::record_analysis(Actor const& actor, domain::RiskAnalysis analysis)
{
    TRY(authorise(actor, Permission::RiskWrite, analysis.organisation_id));
    TRY(domain::check_risk_analysis(analysis));
    auto const now = m_clock.now();
    auto connection = TRY(m_database.acquire());
    auto transaction = TRY(store::Transaction::begin(*connection));
    TRY(require_organisation(*connection, analysis.organisation_id));
    auto stored = TRY(store::RiskAnalysisRepository::insert(transaction, std::move(analysis), now));
    auto const after = analysis_to_json(stored);
    TRY(record_audit_event(transaction, actor,
        change(stored.organisation_id, "risk_analysis.create", "risk_analysis", stored.id.to_string(), nullptr, &after),
        now));
    TRY(transaction.commit());
    return stored;
}

Result<std::vector<domain::RiskAnalysis>> RiskService::list_analyses(Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    return store::RiskAnalysisRepository::list(*connection, organisation);
}

Result<domain::Risk> RiskService::register_risk(
    Actor const& actor, OrganisationId organisation, domain::RiskDraft const& draft)
{
    TRY(authorise(actor, Permission::RiskWrite, organisation));
    auto const now = m_clock.now();
    auto connection = TRY(m_database.acquire());
    auto transaction = TRY(store::Transaction::begin(*connection));
    TRY(require_organisation(*connection, organisation));
    auto const methodology = TRY(load_methodology(*connection, organisation));
    auto scored = TRY(domain::score_risk(methodology.methodology, draft));
    auto risk
        = TRY(store::RiskRepository::insert(transaction, organisation, std::move(scored), methodology.version, now));
    auto const after = risk_to_json(risk);
    TRY(record_audit_event(
        transaction, actor, change(organisation, "risk.create", "risk", risk.id.to_string(), nullptr, &after), now));
    TRY(transaction.commit());
    return risk;
}

Result<domain::Risk> RiskService::update_risk(Actor const& actor, OrganisationId organisation, RiskId id,
    domain::RiskDraft const& draft, std::int64_t expected_version)
{
    TRY(authorise(actor, Permission::RiskWrite, organisation));
    auto const now = m_clock.now();
    auto connection = TRY(m_database.acquire());
    auto transaction = TRY(store::Transaction::begin(*connection));
    auto const before = risk_to_json(TRY(store::RiskRepository::find(*connection, organisation, id)));
    auto const methodology = TRY(load_methodology(*connection, organisation));
    auto scored = TRY(domain::score_risk(methodology.methodology, draft));
    auto risk = TRY(store::RiskRepository::update(
        transaction, organisation, id, std::move(scored), expected_version, methodology.version, now));
    auto const after = risk_to_json(risk);
    TRY(record_audit_event(
        transaction, actor, change(organisation, "risk.update", "risk", id.to_string(), &before, &after), now));
    TRY(transaction.commit());
    return risk;
}

Result<domain::Risk> RiskService::show_risk(Actor const& actor, OrganisationId organisation, RiskId id)
{
    TRY(authorise(actor, Permission::RiskRead, organisation));
    auto connection = TRY(m_database.acquire());
    return store::RiskRepository::find(*connection, organisation, id);
}

Result<RiskRegister> RiskService::register_of(Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    RiskRegister result{TRY(load_methodology(*connection, organisation)), {}, {}};
    result.risks = TRY(store::RiskRepository::list(*connection, organisation));
    result.acceptances = TRY(store::RiskAcceptanceRepository::list(*connection, organisation));
    return result;
}

Result<RiskService::RegisterPage> RiskService::register_page(
    Actor const& actor, OrganisationId organisation, std::int64_t offset, std::int64_t limit)
{
    TRY(authorise(actor, Permission::RiskRead, organisation));
    if (offset < 0 || limit < 1 || limit > max_page_size)
        return Error::invalid("a page holds 1 to " + std::to_string(max_page_size) + " risks", {.field = "limit"});
    auto connection = TRY(m_database.acquire());
    TRY(require_organisation(*connection, organisation));
    RegisterPage page;
    page.risks = TRY(store::RiskRepository::page(*connection, organisation, offset, limit));
    page.total = TRY(store::RiskRepository::count(*connection, organisation));
    return page;
}

Result<RiskService::ScoreSheet> RiskService::scores(Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    ScoreSheet sheet{TRY(load_methodology(*connection, organisation)), {}};
    sheet.scores = TRY(store::RiskRepository::scores(*connection, organisation));
    return sheet;
}

Result<std::vector<domain::RiskControlLink>> RiskService::control_links(Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    return store::RiskRepository::control_links(*connection, organisation);
}

Result<domain::RiskAcceptance> RiskService::accept_risk(
    Actor const& actor, OrganisationId organisation, RiskId id, domain::AcceptanceRequest const& request)
{
    TRY(authorise(actor, Permission::RiskAccept, organisation));
    TRY(check_authority(actor, organisation, request.authority));
    auto waived_measures = TRY(checked_waivers(actor, organisation, request));
    auto const now = m_clock.now();
    auto connection = TRY(m_database.acquire());
    auto transaction = TRY(store::Transaction::begin(*connection));
    auto const risk = TRY(store::RiskRepository::find(*connection, organisation, id));
    auto const methodology = TRY(load_methodology(*connection, organisation));
    auto const level = risk.current().level;
    TRY(domain::check_acceptance(methodology.methodology, level, request));
    domain::RiskAcceptance acceptance{RiskAcceptanceId(0), id, request.accepted_by, request.authority, level,
        request.accepted_on, request.valid_until, request.reason, now, std::move(waived_measures)};
    acceptance = TRY(store::RiskAcceptanceRepository::insert(transaction, organisation, acceptance, actor.label));
    auto const after = acceptance_to_json(acceptance);
    TRY(record_audit_event(transaction, actor,
        change(organisation, "risk.accept", "risk", id.to_string(), nullptr, &after,
            waiver_detail(acceptance.waived_measures)),
        now));
    TRY(transaction.commit());
    return acceptance;
}

Result<std::vector<std::string>> RiskService::checked_waivers(
    Actor const& actor, OrganisationId organisation, domain::AcceptanceRequest const& request)
{
    if (request.waived_measures.empty())
        return std::vector<std::string>{};
    std::optional<CatalogService> own;
    auto* catalogs = m_catalogs;
    if (!catalogs)
        catalogs = &own.emplace(TRY(CatalogService::create(m_database, m_clock)));
    auto const catalog = TRY(catalogs->in_force(actor, organisation));
    return domain::check_waived_measures(request.waived_measures, catalog);
}

Result<std::vector<domain::RiskTask>> RiskService::tasks(Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    auto const methodology = TRY(load_methodology(*connection, organisation));
    auto const systems = TRY(store::InformationSystemRepository::list(*connection, organisation));
    auto const analyses = TRY(store::RiskAnalysisRepository::list(*connection, organisation));
    auto const risks = TRY(store::RiskRepository::list(*connection, organisation));
    auto const acceptances = TRY(store::RiskAcceptanceRepository::list(*connection, organisation));
    return domain::risk_tasks(methodology.methodology, systems, analyses, risks, acceptances, today(m_clock));
}

Result<RiskService::ImportReport> RiskService::import_risks(
    Actor const& actor, OrganisationId organisation, std::vector<NumberedDraft> const& drafts, InvalidRows invalid_rows)
{
    TRY(authorise(actor, Permission::RiskWrite, organisation));
    auto const now = m_clock.now();
    auto connection = TRY(m_database.acquire());
    auto transaction = TRY(store::Transaction::begin(*connection));
    TRY(require_organisation(*connection, organisation));
    auto const methodology = TRY(load_methodology(*connection, organisation));
    ImportReport report;
    for (auto const& numbered : drafts) {
        auto scored = domain::score_risk(methodology.methodology, numbered.draft);
        if (!scored) {
            report.rejected.push_back(scored.error().with_location({.line = numbered.line}));
            continue;
        }
        auto risk = store::RiskRepository::insert(
            transaction, organisation, std::move(scored).value(), methodology.version, now);
        if (!risk) {
            report.rejected.push_back(risk.error().with_location({.line = numbered.line}));
            continue;
        }
        auto const after = risk_to_json(*risk);
        TRY(record_audit_event(transaction, actor,
            change(organisation, "risk.import", "risk", risk->id.to_string(), nullptr, &after), now));
        ++report.imported;
    }
    if (!report.rejected.empty() && invalid_rows == InvalidRows::RefuseAll) {
        auto const& first = report.rejected.front();
        return Error::invalid(std::to_string(report.rejected.size())
                + " row(s) are invalid, nothing was imported; first: " + first.to_string(),
            first.location());
    }
    TRY(transaction.commit());
    return report;
}

Result<RiskService::RegisterPage> RiskService::search_risks(Actor const& actor, OrganisationId organisation,
    domain::RiskFilter const& filter, std::int64_t offset, std::int64_t limit)
{
    TRY(authorise(actor, Permission::RiskRead, organisation));
    if (offset < 0 || limit < 1 || limit > max_page_size)
        return Error::invalid("a page holds 1 to " + std::to_string(max_page_size) + " risks", {.field = "limit"});
    auto connection = TRY(m_database.acquire());
    TRY(require_organisation(*connection, organisation));
    auto found = TRY(store::RiskRepository::search(*connection, organisation, filter, offset, limit));
    return RegisterPage{std::move(found.risks), found.total};
}

Result<RiskService::AcceptanceCandidates> RiskService::risks_needing_acceptance(
    Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    AcceptanceCandidates result{TRY(load_methodology(*connection, organisation)), {}};
    domain::RiskFilter filter;
    for (auto const level :
        {domain::RiskLevel::Laag, domain::RiskLevel::Midden, domain::RiskLevel::Hoog, domain::RiskLevel::ZeerHoog}) {
        if (result.methodology.methodology.needs_acceptance(level))
            filter.levels.push_back(level);
    }
    if (filter.levels.empty())
        return result;
    auto found = TRY(
        store::RiskRepository::search(*connection, organisation, filter, 0, std::numeric_limits<std::int64_t>::max()));
    result.risks = std::move(found.risks);
    return result;
}

Result<RiskService::RiskDetail> RiskService::risk_detail(Actor const& actor, OrganisationId organisation, RiskId id)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    RiskDetail detail{TRY(store::RiskRepository::find(*connection, organisation, id)),
        TRY(load_methodology(*connection, organisation)), {}, {}, {}};
    for (auto& acceptance : TRY(store::RiskAcceptanceRepository::list(*connection, organisation))) {
        if (acceptance.risk_id == id)
            detail.acceptances.push_back(std::move(acceptance));
    }
    for (auto const system : detail.risk.systems)
        detail.systems.push_back(TRY(store::InformationSystemRepository::find(*connection, organisation, system)));
    detail.history = TRY(store::AuditRepository::for_object(*connection, organisation.value(), "risk", id.to_string()));
    return detail;
}

Result<std::vector<domain::RiskAcceptance>> RiskService::acceptances_of(
    Actor const& actor, OrganisationId organisation, RiskId id)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    TRY(store::RiskRepository::find(*connection, organisation, id));
    std::vector<domain::RiskAcceptance> result;
    for (auto& acceptance : TRY(store::RiskAcceptanceRepository::list(*connection, organisation))) {
        if (acceptance.risk_id == id)
            result.push_back(std::move(acceptance));
    }
    return result;
}

Result<std::vector<domain::RiskAcceptance>> RiskService::acceptances(Actor const& actor, OrganisationId organisation)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    return store::RiskAcceptanceRepository::list(*connection, organisation);
}

Result<SystemView> RiskService::show_system(Actor const& actor, OrganisationId organisation, InformationSystemId id)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    // The inherited classification depends on every system that depends on this one.
    auto systems = TRY(store::InformationSystemRepository::list(*connection, organisation));
    auto const effective = domain::effective_classifications(systems);
    for (auto& system : systems) {
        if (system.id == id) {
            auto const classification = effective.at(id);
            return SystemView{std::move(system), classification};
        }
    }
    return Error::not_found("information system " + id.to_string() + " does not exist");
}

Result<domain::RiskAnalysis> RiskService::update_analysis(
    Actor const& actor, domain::RiskAnalysis analysis, std::int64_t expected_version)
{
    TRY(authorise(actor, Permission::RiskWrite, analysis.organisation_id));
    TRY(domain::check_risk_analysis(analysis));
    auto const now = m_clock.now();
    auto connection = TRY(m_database.acquire());
    auto transaction = TRY(store::Transaction::begin(*connection));
    auto const before = analysis_to_json(
        TRY(store::RiskAnalysisRepository::find(*connection, analysis.organisation_id, analysis.id)));
    auto stored = TRY(store::RiskAnalysisRepository::update(transaction, std::move(analysis), expected_version, now));
    auto const after = analysis_to_json(stored);
    TRY(record_audit_event(transaction, actor,
        change(stored.organisation_id, "risk_analysis.update", "risk_analysis", stored.id.to_string(), &before, &after),
        now));
    TRY(transaction.commit());
    return stored;
}

Result<RiskService::CsvImportReport> RiskService::import_risks_csv(
    Actor const& actor, OrganisationId organisation, std::string_view csv, InvalidRows invalid_rows)
{
    TRY(authorise(actor, Permission::RiskWrite, organisation));
    auto const content = TRY(importers::read_risk_csv(csv, "csv"));
    auto const now = m_clock.now();
    auto connection = TRY(m_database.acquire());
    auto transaction = TRY(store::Transaction::begin(*connection));
    TRY(require_organisation(*connection, organisation));
    auto const methodology = TRY(load_methodology(*connection, organisation));
    CsvImportReport report;
    report.rejected = content.rejected;
    for (auto const& row : content.rows) {
        auto scored = domain::score_risk(methodology.methodology, row.draft);
        if (!scored) {
            report.rejected.push_back(scored.error().with_location({.line = row.line}));
            continue;
        }
        auto risk = store::RiskRepository::insert(
            transaction, organisation, std::move(scored).value(), methodology.version, now);
        if (!risk) {
            if (risk.error().kind() != ErrorKind::Invalid)
                return risk.error();
            report.rejected.push_back(risk.error().with_location({.line = row.line}));
            continue;
        }
        auto const after = risk_to_json(*risk);
        TRY(record_audit_event(transaction, actor,
            change(organisation, "risk.import", "risk", risk->id.to_string(), nullptr, &after), now));
        ++report.imported;
    }
    std::sort(report.rejected.begin(), report.rejected.end(), [](Error const& left, Error const& right) {
        return left.location().line.value_or(0) < right.location().line.value_or(0);
    });
    if (!report.rejected.empty() && invalid_rows == InvalidRows::RefuseAll) {
        // The transaction rolls back when it goes out of scope.
        report.imported = 0;
        report.refused = true;
        return report;
    }
    TRY(transaction.commit());
    return report;
}

} // namespace bolwerk::app
