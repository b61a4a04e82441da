#include "app/vvt/vvt_service.hpp"

#include "app/assessment/assessment_json.hpp"
#include "app/audit_trail.hpp"
#include "app/authorisation.hpp"
#include "app/use_case.hpp"
#include "app/vvt/vvt_json.hpp"
#include "common/assert.hpp"
#include "common/digest.hpp"
#include "common/json_text.hpp"
#include "domain/vvt/statement_canonical.hpp"
#include "report/vvt/vvt_json.hpp"
#include "store/assessment/assessment_repository.hpp"
#include "store/catalog_repository.hpp"
#include "store/database.hpp"
#include "store/organisation_repository.hpp"
#include "store/user_repository.hpp"
#include "store/vvt/isms_scope_repository.hpp"
#include "store/vvt/vvt_publication_repository.hpp"
#include "store/vvt/vvt_version_repository.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::app {

namespace {

using domain::vvt::IsmsScope;
using domain::vvt::StatementOfApplicability;
using nlohmann::json;

// Reading the VvT inside the organisation is reading the assessment it is made of.
constexpr auto read_permission = Permission::AssessmentRead;

// The stored assessment, read on the caller's connection so that a freeze sees the
// same data it stores. An organisation that has not started its assessment gets an
// unanswered one against `fallback` (every measure "niet gestart").
Result<domain::assessment::Assessment> load_assessment(
    store::Connection& connection, OrganisationId organisation, domain::catalog::VersionReference const& fallback)
{
    using Repository = store::AssessmentRepository;
    auto const stored = TRY(Repository::find(connection, organisation));
    if (!stored)
        return domain::assessment::Assessment{.catalog = fallback};
    auto const scale_json = json::parse(stored->maturity_scale, nullptr, false);
    auto scale = maturity_scale_from_json(scale_json);
    if (!scale)
        return Error::internal("the stored maturity scale is invalid: " + scale.error().to_string());
    return domain::assessment::Assessment{.catalog = stored->catalog,
        .maturity_scale = std::move(scale).value(),
        .controls = TRY(Repository::controls(connection, organisation)),
        .measures = TRY(Repository::measures(connection, organisation))};
}

Result<IsmsScopeView> load_scope(store::Connection& connection, OrganisationId organisation)
{
    auto const stored = TRY(store::IsmsScopeRepository::find(connection, organisation));
    if (!stored)
        return IsmsScopeView{};
    auto const parsed = json::parse(stored->definition, nullptr, false);
    auto scope = isms_scope_from_json(parsed);
    if (!scope)
        return Error::internal("the stored ISMS scope is invalid: " + scope.error().to_string());
    return IsmsScopeView{std::move(scope).value(), stored->version, stored->updated_at, stored->updated_by};
}

// The content digest of a version. Versions frozen before migration 13 have none
// stored: a draft's is its canonical digest, an approved one's follows from its
// document (approval changed only the approval fields); a list without the
// statements leaves it empty for those.
std::string content_of(store::StoredVvtVersion const& stored)
{
    if (!stored.content_sha256.empty())
        return stored.content_sha256;
    if (!stored.approved())
        return stored.canonical_sha256;
    if (stored.statement.empty())
        return {};
    auto const statement = report::vvt::read_statement_json(stored.statement);
    return statement ? domain::vvt::content_digest(*statement) : std::string();
}

VvtVersionSummary summary_of(store::StoredVvtVersion const& stored, std::optional<std::int64_t> published_number)
{
    auto content = content_of(stored);
    auto approved_content = stored.approved_content_sha256;
    if (stored.approved() && !approved_content && !content.empty())
        approved_content = content;
    return {.number = stored.number,
        .catalog = stored.catalog,
        .content_sha256 = std::move(content),
        .sha256 = stored.statement_sha256,
        .canonical_sha256 = stored.canonical_sha256,
        .created_at = stored.created_at,
        .created_by = stored.created_by,
        .approved_by = stored.approved_by_name,
        .approved_at = stored.approved_at,
        .approved_content_sha256 = std::move(approved_content),
        .published = published_number == stored.number};
}

json summary_json(VvtVersionSummary const& summary)
{
    auto const optional = [](std::optional<std::string> const& text) { return text ? json(*text) : json(nullptr); };
    return {{"number", summary.number}, {"catalog", summary.catalog}, {"content_sha256", summary.content_sha256},
        {"sha256", summary.sha256}, {"canonical_sha256", summary.canonical_sha256},
        {"approved_by", optional(summary.approved_by)},
        {"approved_at", summary.approved_at ? json(format_timestamp(*summary.approved_at)) : json(nullptr)},
        {"approved_content_sha256", optional(summary.approved_content_sha256)}};
}

Result<StatementOfApplicability> parse_stored(store::StoredVvtVersion const& stored)
{
    auto statement = report::vvt::read_statement_json(stored.statement);
    if (!statement)
        return Error::internal("stored VvT version " + std::to_string(stored.number)
            + " cannot be read: " + statement.error().to_string());
    return statement;
}

Result<std::optional<std::int64_t>> published_number(store::Connection& connection, OrganisationId organisation)
{
    auto const current = TRY(store::VvtPublicationRepository::current(connection, organisation));
    if (!current)
        return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(current->version_number);
}

VvtPublicationPeriod period_of(store::StoredPublication const& stored)
{
    return {
        stored.version_number, stored.published_at, stored.published_by, stored.unpublished_at, stored.unpublished_by};
}

Result<VvtPublicationState> load_publication(store::Connection& connection, OrganisationId organisation)
{
    VvtPublicationState state;
    state.enabled = TRY(store::VvtPublicationRepository::setting(connection, organisation)).enabled;
    for (auto const& stored : TRY(store::VvtPublicationRepository::history(connection, organisation))) {
        if (stored.current())
            state.current = period_of(stored);
        state.history.push_back(period_of(stored));
    }
    return state;
}

json publication_json(VvtPublicationState const& state)
{
    return {{"enabled", state.enabled},
        {"published_version", state.current ? json(state.current->version_number) : json(nullptr)}};
}

// The name recorded with an approval: the bestuurder's display name, or the operator
// who records a decision taken on paper.
Result<std::string> approver_name(store::Connection& connection, Actor const& actor)
{
    if (!actor.user_id)
        return actor.label;
    return TRY(store::UserRepository::find(connection, *actor.user_id)).display_name;
}

// The stored document of a statement: the JSON export, its SHA-256 and the canonical digest.
struct Document {
    std::string text;
    std::string sha256;
    std::string canonical_sha256;
};

Document document_of(StatementOfApplicability const& statement)
{
    auto text = report::vvt::statement_json(statement);
    auto sha256 = sha256_hex(text);
    return {std::move(text), std::move(sha256), domain::vvt::digest(statement)};
}

} // namespace

Result<VvtService> VvtService::create(store::Database& database, Clock const& clock)
{
    auto index = TRY(domain::catalog::BuiltinIndex::load());
    return VvtService(database, clock, std::make_shared<domain::catalog::BuiltinIndex const>(std::move(index)));
}

Result<IsmsScopeView> VvtService::scope(Actor const& actor, OrganisationId organisation)
{
    TRY(authorise(actor, read_permission, organisation));
    auto connection = TRY(m_database.acquire());
    TRY(store::OrganisationRepository::find(*connection, organisation));
    return load_scope(*connection, organisation);
}

Result<IsmsScopeView> VvtService::set_scope(
    Actor const& actor, OrganisationId organisation, IsmsScope const& scope, std::int64_t expected_version)
{
    return run_use_case(m_database, m_clock, actor, Permission::VvtManage, organisation,
        [&](UseCase& use_case) -> Result<IsmsScopeView> {
            TRY(domain::vvt::check_isms_scope(scope));
            TRY(store::OrganisationRepository::find(use_case.connection(), organisation));
            auto const before_view = TRY(load_scope(use_case.connection(), organisation));
            auto const before = isms_scope_to_json(before_view.scope);
            auto const after = isms_scope_to_json(scope);
            auto const stored = TRY(store::IsmsScopeRepository::save(
                use_case.transaction(), organisation, json_text(after), expected_version, actor.label, use_case.now()));
            TRY(use_case.audit(audit_change(organisation, "isms_scope.update", "isms_scope", organisation.to_string(),
                before_view.version == 0 ? nullptr : &before, &after)));
            return IsmsScopeView{scope, stored.version, stored.updated_at, stored.updated_by};
        });
}

Result<StatementOfApplicability> VvtService::preview(Actor const& actor, OrganisationId organisation)
{
    TRY(authorise(actor, read_permission, organisation));
    auto connection = TRY(m_database.acquire());
    return build_current(*connection, organisation, m_clock.now());
}

Result<VvtVersionSummary> VvtService::freeze(Actor const& actor, OrganisationId organisation)
{
    return run_use_case(m_database, m_clock, actor, Permission::VvtManage, organisation,
        [&](UseCase& use_case) -> Result<VvtVersionSummary> {
            auto statement = TRY(build_current(use_case.connection(), organisation, use_case.now()));
            auto const number = TRY(store::VvtVersionRepository::next_number(use_case.connection(), organisation));
            statement.header.metadata.version_number = static_cast<std::int32_t>(number);
            auto document = document_of(statement);
            store::StoredVvtVersion version{.organisation = organisation,
                .number = number,
                .catalog = statement.header.catalog.to_string(),
                .statement = std::move(document.text),
                .statement_sha256 = document.sha256,
                .canonical_sha256 = document.canonical_sha256,
                // Computed once, here, and never changed (issue #13 item 3).
                .content_sha256 = domain::vvt::content_digest(statement),
                .created_at = use_case.now(),
                .created_by = actor.label};
            auto const stored = TRY(store::VvtVersionRepository::insert(use_case.transaction(), std::move(version)));
            auto const summary = summary_of(stored, std::nullopt);
            auto const after = summary_json(summary);
            TRY(use_case.audit(
                audit_change(organisation, "vvt.freeze", "vvt_version", std::to_string(number), nullptr, &after)));
            return summary;
        });
}

Result<std::vector<VvtVersionSummary>> VvtService::versions(Actor const& actor, OrganisationId organisation)
{
    TRY(authorise(actor, read_permission, organisation));
    auto connection = TRY(m_database.acquire());
    TRY(store::OrganisationRepository::find(*connection, organisation));
    auto const published = TRY(published_number(*connection, organisation));
    std::vector<VvtVersionSummary> summaries;
    for (auto const& stored : TRY(store::VvtVersionRepository::list(*connection, organisation)))
        summaries.push_back(summary_of(stored, published));
    return summaries;
}

Result<VvtVersionDetail> VvtService::version(Actor const& actor, OrganisationId organisation, std::int64_t number)
{
    TRY(authorise(actor, read_permission, organisation));
    auto connection = TRY(m_database.acquire());
    auto const stored = TRY(store::VvtVersionRepository::find(*connection, organisation, number));
    VvtVersionDetail detail;
    detail.summary = summary_of(stored, TRY(published_number(*connection, organisation)));
    detail.statement = TRY(parse_stored(stored));
    if (number > 1) {
        auto const previous = TRY(store::VvtVersionRepository::find(*connection, organisation, number - 1));
        detail.previous_number = number - 1;
        detail.diff = domain::vvt::diff(TRY(parse_stored(previous)), detail.statement);
    }
    return detail;
}

Result<VvtVersionSummary> VvtService::approve(Actor const& actor, OrganisationId organisation, std::int64_t number)
{
    return run_use_case(m_database, m_clock, actor, Permission::VvtApprove, organisation,
        [&](UseCase& use_case) -> Result<VvtVersionSummary> {
            auto const stored = TRY(store::VvtVersionRepository::find(use_case.connection(), organisation, number));
            if (stored.approved())
                return Error::conflict("VvT version " + std::to_string(number) + " is already approved by "
                    + stored.approved_by_name.value_or("") + "; an approved version cannot change");
            auto statement = TRY(parse_stored(stored));
            auto const name = TRY(approver_name(use_case.connection(), actor));
            auto& metadata = statement.header.metadata;
            metadata.status = domain::vvt::StatementStatus::Approved;
            metadata.approved_by = name;
            metadata.approved_at = use_case.now();
            auto document = document_of(statement);
            // The approval names the content it approves: the digest frozen with the version.
            store::VvtApproval const approval{content_of(stored), std::move(document.text), document.sha256,
                document.canonical_sha256, name, actor.user_id, use_case.now()};
            auto const approved
                = TRY(store::VvtVersionRepository::approve(use_case.transaction(), organisation, number, approval));
            auto const before = summary_json(summary_of(stored, std::nullopt));
            auto const summary = summary_of(approved, TRY(published_number(use_case.connection(), organisation)));
            auto const after = summary_json(summary);
            TRY(use_case.audit(
                audit_change(organisation, "vvt.approve", "vvt_version", std::to_string(number), &before, &after)));
            return summary;
        });
}

Result<VvtPublicationState> VvtService::publication(Actor const& actor, OrganisationId organisation)
{
    TRY(authorise(actor, read_permission, organisation));
    auto connection = TRY(m_database.acquire());
    TRY(store::OrganisationRepository::find(*connection, organisation));
    return load_publication(*connection, organisation);
}

Result<VvtPublicationState> VvtService::set_publication_enabled(
    Actor const& actor, OrganisationId organisation, bool enabled)
{
    return run_use_case(m_database, m_clock, actor, Permission::VvtPublish, organisation,
        [&](UseCase& use_case) -> Result<VvtPublicationState> {
            TRY(store::OrganisationRepository::find(use_case.connection(), organisation));
            auto const before = publication_json(TRY(load_publication(use_case.connection(), organisation)));
            TRY(store::VvtPublicationRepository::set_setting(
                use_case.transaction(), organisation, enabled, actor.label, use_case.now()));
            // Switching publication off takes the public page down; the history keeps it.
            if (!enabled && TRY(store::VvtPublicationRepository::current(use_case.connection(), organisation)))
                TRY(store::VvtPublicationRepository::unpublish(
                    use_case.transaction(), organisation, actor.label, use_case.now()));
            auto state = TRY(load_publication(use_case.connection(), organisation));
            auto const after = publication_json(state);
            TRY(use_case.audit(audit_change(organisation, "vvt_publication.setting", "vvt_publication",
                organisation.to_string(), &before, &after)));
            return state;
        });
}

Result<VvtPublicationState> VvtService::publish(Actor const& actor, OrganisationId organisation, std::int64_t number)
{
    return run_use_case(m_database, m_clock, actor, Permission::VvtPublish, organisation,
        [&](UseCase& use_case) -> Result<VvtPublicationState> {
            auto const stored = TRY(store::VvtVersionRepository::find(use_case.connection(), organisation, number));
            if (!TRY(store::VvtPublicationRepository::setting(use_case.connection(), organisation)).enabled)
                return Error::invalid(
                    "publication of the VvT is switched off for this organisation; switch it on first",
                    {.field = "enabled"});
            if (!stored.approved())
                return Error::invalid("VvT version " + std::to_string(number)
                        + " is not approved; only a version approved by a bestuurder can be published",
                    {.field = "version"});
            TRY(domain::vvt::check_publishable(TRY(parse_stored(stored))));
            auto const before = publication_json(TRY(load_publication(use_case.connection(), organisation)));
            TRY(store::VvtPublicationRepository::publish(
                use_case.transaction(), organisation, stored.id, actor.label, use_case.now()));
            auto state = TRY(load_publication(use_case.connection(), organisation));
            auto const after = publication_json(state);
            TRY(use_case.audit(
                audit_change(organisation, "vvt.publish", "vvt_version", std::to_string(number), &before, &after)));
            return state;
        });
}

Result<VvtPublicationState> VvtService::unpublish(Actor const& actor, OrganisationId organisation)
{
    return run_use_case(m_database, m_clock, actor, Permission::VvtPublish, organisation,
        [&](UseCase& use_case) -> Result<VvtPublicationState> {
            TRY(store::OrganisationRepository::find(use_case.connection(), organisation));
            auto const before = publication_json(TRY(load_publication(use_case.connection(), organisation)));
            auto const ended = TRY(store::VvtPublicationRepository::unpublish(
                use_case.transaction(), organisation, actor.label, use_case.now()));
            auto state = TRY(load_publication(use_case.connection(), organisation));
            auto const after = publication_json(state);
            TRY(use_case.audit(audit_change(
                organisation, "vvt.unpublish", "vvt_version", std::to_string(ended.version_number), &before, &after)));
            return state;
        });
}

Result<PublishedVvt> VvtService::published(OrganisationId organisation)
{
    auto connection = TRY(m_database.acquire());
    auto const nothing = Error::not_found("organisation " + organisation.to_string() + " has no published VvT");
    auto const current = TRY(store::VvtPublicationRepository::current(*connection, organisation));
    if (!current || !TRY(store::VvtPublicationRepository::setting(*connection, organisation)).enabled)
        return nothing;
    auto const organisation_row = TRY(store::OrganisationRepository::find(*connection, organisation));
    auto stored = TRY(store::VvtVersionRepository::find(*connection, organisation, current->version));
    PublishedVvt published;
    published.organisation = organisation;
    published.organisation_name = organisation_row.name;
    published.summary = summary_of(stored, current->version_number);
    published.statement = TRY(parse_stored(stored));
    published.document = std::move(stored.statement);
    published.published_at = current->published_at;
    return published;
}

Result<VvtFile> VvtService::export_vvt(
    Actor const& actor, OrganisationId organisation, VvtFormat format, std::optional<std::int64_t> number)
{
    TRY(authorise(actor, read_permission, organisation));
    auto connection = TRY(m_database.acquire());
    if (!number)
        return render_vvt(TRY(build_current(*connection, organisation, m_clock.now())), format);
    auto stored = TRY(store::VvtVersionRepository::find(*connection, organisation, *number));
    // The JSON of a frozen version is served byte for byte as stored, so its SHA-256
    // is the one the version lists.
    if (format == VvtFormat::Json)
        return VvtFile{
            std::move(stored.statement), std::string(content_type(format)), "vvt-" + std::to_string(*number) + ".json"};
    return render_vvt(TRY(parse_stored(stored)), format);
}

Result<StatementOfApplicability> VvtService::build_current(
    store::Connection& connection, OrganisationId organisation, Timestamp now) const
{
    auto const organisation_row = TRY(store::OrganisationRepository::find(connection, organisation));
    auto const assessment = TRY(load_assessment(connection, organisation, TRY(default_catalog(connection))));
    auto const catalog = TRY(load_catalog(connection, assessment.catalog));
    auto const scope = TRY(load_scope(connection, organisation));
    domain::vvt::StatementMetadata const metadata{.organisation_name = organisation_row.name, .generated_at = now};
    return domain::vvt::build_statement(catalog, m_index->controls(), assessment, scope.scope, metadata);
}

Result<domain::catalog::VersionReference> VvtService::default_catalog(store::Connection& connection) const
{
    // The newest imported BIO2 version, else the newest one the built-in index knows:
    // the version an assessment would start against.
    std::optional<domain::catalog::VersionReference> newest;
    for (auto const& summary : TRY(store::CatalogRepository::list(connection))) {
        if (summary.reference.framework == "bio2")
            newest = summary.reference;
    }
    if (newest)
        return *newest;
    BOLWERK_VERIFY(!m_index->versions().empty());
    return m_index->versions().back().reference();
}

Result<domain::catalog::CatalogVersion> VvtService::load_catalog(
    store::Connection& connection, domain::catalog::VersionReference const& reference) const
{
    // The VvT needs the numbers and kinds of the measures, not their text: a version
    // known only from the built-in index will do when it was never imported.
    auto stored = store::CatalogRepository::load(connection, reference);
    if (stored || stored.error().kind() != ErrorKind::NotFound)
        return stored;
    if (auto const* builtin = m_index->version(reference))
        return *builtin;
    return stored;
}

} // namespace bolwerk::app
