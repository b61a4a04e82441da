#include "web/evidence/evidence_view.hpp"

#include "common/integer_text.hpp"
#include "common/local_time_format.hpp"
#include "web/core/request_context.hpp"

namespace bolwerk::web {

namespace {

std::string_view status_class(domain::ExpiryStatus status)
{
    switch (status) {
    case domain::ExpiryStatus::Valid: return "bolwerk-status--ok";
    case domain::ExpiryStatus::ExpiringSoon: return "bolwerk-status--warning";
    case domain::ExpiryStatus::Expired: return "bolwerk-status--error";
    }
    return "bolwerk-status--ok";
}

std::string human_size(std::int64_t bytes) { return app::describe_size(bytes); }

// The template engine treats every string, even "", as true in a section; absent
// values are null (false) so that `{{#valid_until}}` works.
nlohmann::json text_or_null(std::string const& text) { return text.empty() ? nlohmann::json() : nlohmann::json(text); }

} // namespace

app::EvidenceService& evidence_service(RequestContext const& context) { return context.services.app->evidence; }

Result<EvidenceItemId> item_parameter(RequestContext const& context)
{
    auto const text = context.parameters.get("item").value_or("");
    auto const value = parse_integer(text).value_or(0);
    if (value <= 0)
        return Error::not_found("evidence item '" + std::string(text) + "' does not exist");
    return EvidenceItemId(value);
}

std::string evidence_path(OrganisationId organisation)
{
    return "/organisaties/" + organisation.to_string() + "/bewijs";
}

std::string evidence_item_path(OrganisationId organisation, EvidenceItemId item)
{
    return evidence_path(organisation) + "/" + item.to_string();
}

Result<std::vector<domain::EvidenceTarget>> parse_targets(std::string const& text, std::string const& field)
{
    std::vector<domain::EvidenceTarget> targets;
    std::string word;
    auto const flush = [&]() -> Result<void> {
        if (word.empty())
            return ok();
        auto target = domain::EvidenceTarget::parse(word);
        word.clear();
        if (!target)
            return target.error().with_field(field);
        targets.push_back(std::move(target).value());
        return ok();
    };
    for (auto const character : text) {
        if (character == ',' || character == ';' || character == ' ' || character == '\t' || character == '\n'
            || character == '\r')
            TRY(flush());
        else
            word += character;
    }
    TRY(flush());
    return targets;
}

Result<std::optional<domain::EvidenceAspect>> parse_optional_aspect(std::string const& text)
{
    if (text.empty())
        return std::optional<domain::EvidenceAspect>();
    return std::optional<domain::EvidenceAspect>(TRY(domain::parse_evidence_aspect(text)));
}

Result<std::optional<Date>> parse_optional_date(std::string const& text, std::string const& field)
{
    if (text.empty())
        return std::optional<Date>();
    auto const date = parse_date(text);
    if (!date)
        return Error::invalid("enter a date as YYYY-MM-DD", {.field = field});
    return std::optional<Date>(*date);
}

nlohmann::json version_view(
    RequestContext& context, OrganisationId organisation, domain::EvidenceVersion const& version)
{
    return {{"number", version.number}, {"file_name", version.file_name},
        {"media_type", domain::media_type_name(version.media_type)}, {"size", human_size(version.size)},
        {"sha256", version.sha256}, {"effective_on", format_date(version.effective_on)},
        {"valid_until", text_or_null(version.valid_until ? format_date(*version.valid_until) : std::string())},
        {"uploaded_at", format_local_date_time(version.uploaded_at, context.language, ZoneLabel::Abbreviation)},
        {"uploaded_by", version.uploaded_by},
        {"href",
            evidence_item_path(organisation, version.item_id) + "/inhoud?versie=" + std::to_string(version.number)}};
}

// The page of what a link supports: the measure, the control or the risk (issue #13
// item 7: from the evidence back to where it counts).
std::string target_path(OrganisationId organisation, domain::EvidenceTarget const& target)
{
    auto base = "/organisaties/" + organisation.to_string();
    switch (target.kind) {
    case domain::EvidenceTargetKind::Measure: return base + "/maatregelen/" + target.reference;
    case domain::EvidenceTargetKind::Control: return base + "/beheersmaatregelen/" + target.reference;
    case domain::EvidenceTargetKind::Risk: return base + "/risicos/" + target.reference;
    }
    return base;
}

nlohmann::json item_view(RequestContext& context, domain::EvidenceItem const& item)
{
    auto const status = domain::expiry_status(item.valid_until, today(context));
    auto links = nlohmann::json::array();
    for (auto const& link : item.links) {
        links.push_back(
            {{"target", link.target.to_string()}, {"target_href", target_path(item.organisation_id, link.target)},
                {"kind", context.text("evidence_target_" + std::string(domain::to_string(link.target.kind)))},
                {"aspect", text_or_null(link.aspect ? std::string(domain::to_string(*link.aspect)) : std::string())},
                {"aspect_label",
                    link.aspect ? context.text("evidence_aspect_" + std::string(domain::to_string(*link.aspect)))
                                : std::string()}});
    }
    nlohmann::json view{{"id", item.id.to_string()}, {"href", evidence_item_path(item.organisation_id, item.id)},
        {"title", item.title}, {"description", text_or_null(item.description)},
        {"kind", context.text("evidence_kind_" + std::string(domain::to_string(item.kind)))},
        {"is_file", item.kind == domain::EvidenceKind::File}, {"is_link", item.kind == domain::EvidenceKind::Link},
        {"is_note", item.kind == domain::EvidenceKind::Note}, {"url", item.url}, {"note", item.note},
        {"effective_on", format_date(item.effective_on)},
        {"valid_until", text_or_null(item.valid_until ? format_date(*item.valid_until) : std::string())},
        {"status", context.text("evidence_status_" + std::string(domain::to_string(status)))},
        {"status_class", status_class(status)}, {"links", links}, {"has_links", !links.empty()},
        {"version", item.version}, {"version_count", item.version_count}};
    if (item.current)
        view["current"] = version_view(context, item.organisation_id, *item.current);
    return view;
}

std::string attachment_disposition(std::string const& file_name)
{
    std::string ascii;
    for (auto const character : file_name) {
        auto const byte = static_cast<unsigned char>(character);
        ascii += (byte >= 0x20 && byte < 0x7F && character != '"' && character != '\\') ? character : '_';
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percent_encode(file_name);
}

Response download_response(app::EvidenceDownload const& download)
{
    Response response;
    response.status = 200;
    response.body = download.content;
    response.set_header("Content-Type", std::string(domain::served_content_type(download.media_type)));
    response.set_header("Content-Disposition", attachment_disposition(download.file_name));
    response.set_header("X-Content-Type-Options", "nosniff");
    // Even if a browser ignored the attachment, the document gets a unique origin and
    // runs no script (CSP Level 3 "sandbox").
    response.set_header("Content-Security-Policy", "sandbox");
    response.set_header("Cache-Control", "private, no-store");
    response.set_header("ETag", "\"" + download.sha256 + "\"");
    return response;
}

} // namespace bolwerk::web
