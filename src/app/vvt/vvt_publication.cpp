#include "app/audit_trail.hpp"
#include "app/authorisation.hpp"
#include "app/use_case.hpp"
#include "app/vvt/vvt_service.hpp"
#include "app/vvt/vvt_stored.hpp"
#include "common/digest.hpp"
#include "domain/vvt/statement_canonical.hpp"
#include "report/vvt/vvt_json.hpp"
#include "report/vvt/vvt_pdf.hpp"
#include "store/database.hpp"
#include "store/organisation_repository.hpp"
#include "store/vvt/vvt_publication_repository.hpp"
#include "store/vvt/vvt_version_repository.hpp"

#include <nlohmann/json.hpp>

// The publication use cases of VvtService: the setting, publish and unpublish, the
// public page and its preview (issue #5; what is public: issue #13 item 4).
namespace bolwerk::app {

namespace {

using nlohmann::json;

constexpr auto read_permission = Permission::AssessmentRead;

VvtPublicationPeriod period_of(store::StoredPublication const& stored)
{
    return {
        stored.version_number, stored.published_at, stored.published_by, stored.unpublished_at, stored.unpublished_by};
}

Result<VvtPublicationState> load_publication(store::Connection& connection, OrganisationId organisation)
{
    VvtPublicationState state;
    auto const setting = TRY(store::VvtPublicationRepository::setting(connection, organisation));
    state.enabled = setting.enabled;
    state.show_implementation = setting.show_implementation;
    for (auto const& stored : TRY(store::VvtPublicationRepository::history(connection, organisation))) {
        if (stored.current())
            state.current = period_of(stored);
        state.history.push_back(period_of(stored));
    }
    return state;
}

json publication_json(VvtPublicationState const& state)
{
    return {{"enabled", state.enabled}, {"show_implementation", state.show_implementation},
        {"published_version", state.current ? json(state.current->version_number) : json(nullptr)}};
}

Result<std::int64_t> newest_approved(store::Connection& connection, OrganisationId organisation)
{
    for (auto const& version : TRY(store::VvtVersionRepository::list(connection, organisation))) {
        if (version.approved())
            return version.number;
    }
    return Error::not_found("no VvT version is approved yet; a bestuurder approves a frozen version first");
}

// The public page of a stored version under the setting `show_implementation`.
Result<PublishedVvt> public_view(OrganisationId organisation, std::string organisation_name,
    store::StoredVvtVersion stored, std::optional<std::int64_t> published, bool show_implementation)
{
    PublishedVvt view;
    view.organisation = organisation;
    view.organisation_name = std::move(organisation_name);
    view.summary = summary_of(stored, published);
    view.statement = TRY(parse_stored(stored));
    view.show_implementation = show_implementation;
    view.document
        = show_implementation ? std::move(stored.statement) : report::vvt::public_statement_json(view.statement, false);
    view.document_sha256 = sha256_hex(view.document);
    return view;
}

} // namespace

Result<VvtPublicationState> VvtService::publication(Actor const& actor, OrganisationId organisation)
{
    TRY(authorise(actor, read_permission, organisation));
    auto connection = TRY(m_database.acquire());
    TRY(store::OrganisationRepository::find(*connection, organisation));
    return load_publication(*connection, organisation);
}

Result<VvtPublicationState> VvtService::set_publication(
    Actor const& actor, OrganisationId organisation, VvtPublicationChoice const& choice)
{
    return run_use_case(m_database, m_clock, actor, Permission::VvtPublish, organisation,
        [&](UseCase& use_case) -> Result<VvtPublicationState> {
            TRY(store::OrganisationRepository::find(use_case.connection(), organisation));
            auto const current = TRY(load_publication(use_case.connection(), organisation));
            auto const before = publication_json(current);
            auto const enabled = choice.enabled;
            TRY(store::VvtPublicationRepository::set_setting(use_case.transaction(), organisation, enabled,
                choice.show_implementation.value_or(current.show_implementation), actor.label, use_case.now()));
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
    auto const setting = TRY(store::VvtPublicationRepository::setting(*connection, organisation));
    if (!current || !setting.enabled)
        return nothing;
    auto const organisation_row = TRY(store::OrganisationRepository::find(*connection, organisation));
    auto stored = TRY(store::VvtVersionRepository::find(*connection, organisation, current->version));
    auto published = TRY(public_view(
        organisation, organisation_row.name, std::move(stored), current->version_number, setting.show_implementation));
    published.published_at = current->published_at;
    return published;
}

Result<PublishedVvt> VvtService::public_preview(
    Actor const& actor, OrganisationId organisation, std::optional<std::int64_t> number)
{
    TRY(authorise(actor, read_permission, organisation));
    auto connection = TRY(m_database.acquire());
    auto const organisation_row = TRY(store::OrganisationRepository::find(*connection, organisation));
    auto const setting = TRY(store::VvtPublicationRepository::setting(*connection, organisation));
    auto const current = TRY(published_number(*connection, organisation));
    if (!number)
        number = current ? current : TRY(newest_approved(*connection, organisation));
    auto stored = TRY(store::VvtVersionRepository::find(*connection, organisation, *number));
    if (!stored.approved())
        return Error::invalid(
            "VvT version " + std::to_string(*number) + " is not approved; only an approved version can be published",
            {.field = "versie"});
    return public_view(organisation, organisation_row.name, std::move(stored), current, setting.show_implementation);
}

Result<VvtFile> public_vvt_file(PublishedVvt const& published, VvtFormat format)
{
    auto const base = "vvt-" + std::to_string(published.summary.number);
    switch (format) {
    case VvtFormat::Json: return VvtFile{published.document, "application/json", base + ".json"};
    case VvtFormat::Pdf:
        return VvtFile{
            TRY(report::vvt::render_public_statement_pdf(published.statement, published.show_implementation)),
            "application/pdf", base + ".pdf"};
    default: return Error::not_found("the public page offers the VvT as JSON and PDF only");
    }
}

} // namespace bolwerk::app
