#include "app/vvt/vvt_service.hpp"

#include "app/assessment/assessment_json.hpp"
#include "app/audit_trail.hpp"
#include "app/authorisation.hpp"
#include "app/use_case.hpp"
#include "app/vvt/vvt_json.hpp"
#include "app/vvt/vvt_stored.hpp"
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

// The name recorded with an approval: the bestuurder's display name, or the operator
// who records a decision taken on paper.
Result<std::string> approver_name(store::Connection& connection, Actor const& actor)
{
    if (!actor.user_id)
        return actor.label;
    return TRY(store::UserRepository::find(connection, *actor.user_id)).display_name;
}

std::string name_or_label(std::map<std::string, std::string> const& names, std::string const& label)
{
    auto const found = names.find(label);
    return found == names.end() ? label : found->second;
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
    std::vector<std::string> labels;
    for (auto const& stored : TRY(store::VvtVersionRepository::list(*connection, organisation))) {
        summaries.push_back(summary_of(stored, published));
        labels.push_back(stored.created_by);
    }
    auto const names = TRY(actor_display_names(*connection, labels));
    for (auto& summary : summaries)
        summary.created_by_name = name_or_label(names, summary.created_by);
    return summaries;
}

Result<VvtVersionDetail> VvtService::version(Actor const& actor, OrganisationId organisation, std::int64_t number)
{
    TRY(authorise(actor, read_permission, organisation));
    auto connection = TRY(m_database.acquire());
    auto const stored = TRY(store::VvtVersionRepository::find(*connection, organisation, number));
    VvtVersionDetail detail;
    detail.summary = summary_of(stored, TRY(published_number(*connection, organisation)));
    auto const names = TRY(actor_display_names(*connection, {stored.created_by}));
    detail.summary.created_by_name = name_or_label(names, stored.created_by);
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
