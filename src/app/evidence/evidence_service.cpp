#include "app/evidence/evidence_service.hpp"

#include "app/assessment/measure_ownership.hpp"
#include "app/audit_trail.hpp"
#include "app/authorisation.hpp"
#include "app/evidence/evidence_json.hpp"
#include "app/use_case.hpp"
#include "domain/evidence/file_name.hpp"
#include "store/database.hpp"
#include "store/evidence/evidence_repository.hpp"
#include "store/organisation_repository.hpp"
#include "store/risk/risk_repository.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::app {

namespace {

// A risk target must be a risk of this organisation's register; measure and control
// numbers were checked against ISO/IEC 27002 when they were parsed. Evidence is linked to
// a measure only by those who may change it (issue #10, item 9: its owner, or the CISO).
Result<void> check_target(store::Connection& connection, Actor const& actor, OrganisationId organisation,
    domain::EvidenceTarget const& target)
{
    if (target.kind == domain::EvidenceTargetKind::Measure) {
        auto const measure = TRY(domain::catalog::MeasureNumber::parse(target.reference));
        if (!TRY(may_change_measure(connection, actor, organisation, measure)))
            return Error(ErrorKind::Forbidden,
                "you may link evidence only to the measures you own; measure " + target.reference + " is not yours",
                {.field = "targets"});
        return ok();
    }
    if (target.kind != domain::EvidenceTargetKind::Risk)
        return ok();
    auto const risk = store::RiskRepository::find(connection, organisation, RiskId(std::stoll(target.reference)));
    if (!risk && risk.error().kind() == ErrorKind::NotFound)
        return Error::invalid("risk " + target.reference + " does not exist in this organisation", {.field = "target"});
    if (!risk)
        return risk.error();
    return ok();
}

AuditChange item_change(OrganisationId organisation, std::string action, EvidenceItemId item,
    nlohmann::json const* before, nlohmann::json const* after, std::optional<std::string> detail = {})
{
    return audit_change(
        organisation, std::move(action), "evidence_item", item.to_string(), before, after, std::move(detail));
}

domain::EvidenceVersion version_of(EvidenceUpload const& upload, std::string sha256, EvidenceItemId item,
    Date effective_on, std::optional<Date> valid_until, Actor const& actor, Timestamp now)
{
    domain::EvidenceVersion version;
    version.item_id = item;
    version.sha256 = std::move(sha256);
    version.size = static_cast<std::int64_t>(upload.content.size());
    version.media_type = domain::detect_media_type(upload.content);
    version.file_name = domain::sanitise_file_name(upload.file_name);
    version.effective_on = effective_on;
    version.valid_until = valid_until;
    version.uploaded_at = now;
    version.uploaded_by = actor.label;
    return version;
}

domain::EvidenceLink link_of(
    EvidenceItemId item, domain::EvidenceTarget const& target, std::optional<domain::EvidenceAspect> aspect)
{
    domain::EvidenceLink link;
    link.item_id = item;
    link.target = target;
    link.aspect = aspect;
    return link;
}

// Stores the item with its first version and links, inside `use_case`.
Result<domain::EvidenceItem> insert_item(
    UseCase& use_case, OrganisationId organisation, domain::EvidenceDraft const& draft, EvidenceUpload const* upload)
{
    auto const& actor = use_case.actor();
    auto const now = use_case.now();
    domain::EvidenceItem item;
    item.organisation_id = organisation;
    item.kind = draft.kind;
    item.title = draft.title;
    item.description = draft.description;
    item.effective_on = draft.effective_on;
    item.valid_until = draft.valid_until;
    item.url = draft.url;
    item.note = draft.note;
    item.created_by = actor.label;
    item = TRY(store::EvidenceRepository::insert_item(use_case.transaction(), std::move(item), now));
    if (upload) {
        auto sha256
            = TRY(store::EvidenceRepository::store_content(use_case.transaction(), organisation, upload->content, now));
        TRY(store::EvidenceRepository::add_version(use_case.transaction(), organisation,
            version_of(*upload, std::move(sha256), item.id, draft.effective_on, draft.valid_until, actor, now),
            std::nullopt));
    }
    for (auto const& target : draft.targets)
        TRY(store::EvidenceRepository::add_link(
            use_case.transaction(), organisation, link_of(item.id, target, draft.aspect), actor.label, now));
    return store::EvidenceRepository::find(use_case.connection(), organisation, item.id);
}

} // namespace

std::string describe_size(std::int64_t bytes)
{
    constexpr std::int64_t kibibyte = 1024;
    constexpr std::int64_t mebibyte = 1024 * kibibyte;
    if (bytes >= mebibyte && bytes % mebibyte == 0)
        return std::to_string(bytes / mebibyte) + " MiB";
    if (bytes >= mebibyte) {
        auto const tenths = (bytes * 10) / mebibyte;
        return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MiB";
    }
    if (bytes >= kibibyte)
        return std::to_string(bytes / kibibyte) + " KiB";
    return std::to_string(bytes) + " bytes";
}

Result<store::PooledConnection> EvidenceService::open_for_reading(Actor const& actor, OrganisationId organisation)
{
    TRY(authorise(actor, Permission::EvidenceRead, organisation));
    auto connection = TRY(m_database.acquire());
    TRY(require_organisation(*connection, organisation));
    return connection;
}

Result<void> EvidenceService::check_upload(EvidenceUpload const& upload) const
{
    auto const size = static_cast<std::int64_t>(upload.content.size());
    if (size == 0)
        return Error::invalid("the file is empty", {.field = "file"});
    if (size > m_settings.max_file_bytes)
        return Error::invalid("the file is " + describe_size(size) + " (" + std::to_string(size)
                + " bytes); files may be at most " + describe_size(m_settings.max_file_bytes),
            {.field = "file"});
    return ok();
}

Result<domain::EvidenceItem> EvidenceService::add_item(
    Actor const& actor, OrganisationId organisation, domain::EvidenceDraft raw, EvidenceUpload const* upload)
{
    return run_use_case(m_database, m_clock, actor, Permission::EvidenceWrite, organisation,
        [&](UseCase& use_case) -> Result<domain::EvidenceItem> {
            auto const draft = TRY(domain::EvidenceDraft::create(std::move(raw)));
            if (upload)
                TRY(check_upload(*upload));
            TRY(require_organisation(use_case.connection(), organisation));
            for (auto const& target : draft.targets)
                TRY(check_target(use_case.connection(), actor, organisation, target));
            auto item = TRY(insert_item(use_case, organisation, draft, upload));
            auto const after = evidence_item_to_json(item);
            TRY(use_case.audit(item_change(organisation, "evidence_item.create", item.id, nullptr, &after)));
            return item;
        });
}

Result<domain::EvidenceItem> EvidenceService::add_file(
    Actor const& actor, OrganisationId organisation, domain::EvidenceDraft draft, EvidenceUpload const& upload)
{
    draft.kind = domain::EvidenceKind::File;
    return add_item(actor, organisation, std::move(draft), &upload);
}

Result<domain::EvidenceItem> EvidenceService::add_link(
    Actor const& actor, OrganisationId organisation, domain::EvidenceDraft draft)
{
    draft.kind = domain::EvidenceKind::Link;
    return add_item(actor, organisation, std::move(draft), nullptr);
}

Result<domain::EvidenceItem> EvidenceService::add_note(
    Actor const& actor, OrganisationId organisation, domain::EvidenceDraft draft)
{
    draft.kind = domain::EvidenceKind::Note;
    return add_item(actor, organisation, std::move(draft), nullptr);
}

Result<domain::EvidenceVersion> EvidenceService::add_version(Actor const& actor, OrganisationId organisation,
    EvidenceItemId item, EvidenceUpload const& upload, VersionDates const& dates,
    std::optional<std::int64_t> expected_version)
{
    return run_use_case(m_database, m_clock, actor, Permission::EvidenceWrite, organisation,
        [&](UseCase& use_case) -> Result<domain::EvidenceVersion> {
            TRY(check_upload(upload));
            if (dates.valid_until && *dates.valid_until < dates.effective_on)
                return Error::invalid("valid-until " + format_date(*dates.valid_until)
                        + " lies before the effective date " + format_date(dates.effective_on),
                    {.field = "valid_until"});
            auto const current = TRY(store::EvidenceRepository::find(use_case.connection(), organisation, item));
            if (current.kind != domain::EvidenceKind::File)
                return Error::invalid("only a file item has versions; item " + item.to_string() + " is a "
                        + std::string(domain::to_string(current.kind)),
                    {.field = "file"});
            auto const before = evidence_item_to_json(current);
            auto const now = use_case.now();
            auto sha256 = TRY(
                store::EvidenceRepository::store_content(use_case.transaction(), organisation, upload.content, now));
            auto version = TRY(store::EvidenceRepository::add_version(use_case.transaction(), organisation,
                version_of(upload, std::move(sha256), item, dates.effective_on, dates.valid_until, actor, now),
                expected_version));
            auto const after = evidence_item_to_json(
                TRY(store::EvidenceRepository::find(use_case.connection(), organisation, item)));
            TRY(use_case.audit(item_change(organisation, "evidence_item.add_version", item, &before, &after,
                "version " + std::to_string(version.number))));
            return version;
        });
}

Result<std::vector<domain::EvidenceItem>> EvidenceService::list(
    Actor const& actor, OrganisationId organisation, EvidenceQuery const& query)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    store::EvidenceFilter filter{.target = query.target, .aspect = query.aspect, .valid_until_by = {}};
    if (query.expiring_on)
        filter.valid_until_by = *query.expiring_on + m_settings.expiry_horizon;
    return store::EvidenceRepository::list(*connection, organisation, filter);
}

Result<std::vector<domain::EvidenceItem>> EvidenceService::list_expiring(
    Actor const& actor, OrganisationId organisation, Date on)
{
    return list(actor, organisation, {.target = {}, .aspect = {}, .expiring_on = on});
}

Result<EvidenceDetail> EvidenceService::get(Actor const& actor, OrganisationId organisation, EvidenceItemId item)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    EvidenceDetail detail;
    detail.item = TRY(store::EvidenceRepository::find(*connection, organisation, item));
    detail.versions = TRY(store::EvidenceRepository::versions(*connection, organisation, item));
    return detail;
}

Result<EvidenceDownload> EvidenceService::content(
    Actor const& actor, OrganisationId organisation, EvidenceItemId item, std::optional<std::int64_t> number)
{
    auto connection = TRY(open_for_reading(actor, organisation));
    auto const versions = TRY(store::EvidenceRepository::versions(*connection, organisation, item));
    if (versions.empty()) {
        TRY(store::EvidenceRepository::find(*connection, organisation, item));
        return Error::not_found("evidence item " + item.to_string() + " has no file");
    }
    auto const* chosen = &versions.front();
    if (number) {
        chosen = nullptr;
        for (auto const& version : versions) {
            if (version.number == *number)
                chosen = &version;
        }
        if (!chosen)
            return Error::not_found("evidence item " + item.to_string() + " has no version " + std::to_string(*number));
    }
    auto bytes = TRY(store::EvidenceRepository::content(*connection, organisation, chosen->sha256));
    return EvidenceDownload{chosen->file_name, chosen->media_type, chosen->sha256, std::move(bytes)};
}

Result<domain::EvidenceLink> EvidenceService::link(Actor const& actor, OrganisationId organisation, EvidenceItemId item,
    domain::EvidenceTarget const& target, std::optional<domain::EvidenceAspect> aspect)
{
    return run_use_case(m_database, m_clock, actor, Permission::EvidenceWrite, organisation,
        [&](UseCase& use_case) -> Result<domain::EvidenceLink> {
            auto const before = evidence_item_to_json(
                TRY(store::EvidenceRepository::find(use_case.connection(), organisation, item)));
            TRY(check_target(use_case.connection(), actor, organisation, target));
            auto link = TRY(store::EvidenceRepository::add_link(
                use_case.transaction(), organisation, link_of(item, target, aspect), actor.label, use_case.now()));
            auto const after = evidence_item_to_json(
                TRY(store::EvidenceRepository::find(use_case.connection(), organisation, item)));
            TRY(use_case.audit(
                item_change(organisation, "evidence_item.link", item, &before, &after, target.to_string())));
            return link;
        });
}

Result<void> EvidenceService::unlink(Actor const& actor, OrganisationId organisation, EvidenceItemId item,
    domain::EvidenceTarget const& target, std::optional<domain::EvidenceAspect> aspect)
{
    return run_use_case(
        m_database, m_clock, actor, Permission::EvidenceWrite, organisation, [&](UseCase& use_case) -> Result<void> {
            auto const before = evidence_item_to_json(
                TRY(store::EvidenceRepository::find(use_case.connection(), organisation, item)));
            TRY(check_target(use_case.connection(), actor, organisation, target));
            TRY(store::EvidenceRepository::remove_link(
                use_case.transaction(), organisation, link_of(item, target, aspect)));
            auto const after = evidence_item_to_json(
                TRY(store::EvidenceRepository::find(use_case.connection(), organisation, item)));
            TRY(use_case.audit(
                item_change(organisation, "evidence_item.unlink", item, &before, &after, target.to_string())));
            return ok();
        });
}

domain::ExpiryStatus EvidenceService::status_of(domain::EvidenceItem const& item, Date today) const
{
    return domain::expiry_status(item.valid_until, today, m_settings.expiry_horizon);
}

} // namespace bolwerk::app
