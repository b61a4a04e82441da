#include "web/evidence/evidence_forms.hpp"

#include "app/authorisation.hpp"
#include "common/integer_text.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/evidence/evidence_pages.hpp"
#include "web/evidence/evidence_view.hpp"

namespace bolwerk::web {

namespace {

domain::EvidenceKind kind_named(std::string const& text)
{
    auto const kind = domain::parse_evidence_kind(text);
    return kind ? *kind : domain::EvidenceKind::File;
}

// The form field an error belongs to (the service names draft fields).
std::string form_field_of(Error const& error)
{
    auto field = error.location().field.value_or("");
    if (field == "target")
        return "targets";
    if (field == "multipart" || field.empty())
        return "file";
    return field;
}

MultipartPart const* file_part(RequestContext& context)
{
    for (auto const& part : context.parts()) {
        if (part.name == "file" && part.file_name)
            return &part;
    }
    return nullptr;
}

Result<domain::EvidenceDraft> draft_from_form(RequestContext& context, domain::EvidenceKind kind)
{
    if (auto const& error = context.body_error())
        return *error;
    domain::EvidenceDraft draft;
    draft.kind = kind;
    draft.title = context.field("title");
    draft.description = context.field("description");
    draft.url = context.field("url");
    draft.note = context.field("note");
    auto const effective = TRY(parse_optional_date(context.field("effective_on"), "effective_on"));
    if (!effective)
        return Error::invalid("enter the date the evidence applies to", {.field = "effective_on"});
    draft.effective_on = *effective;
    draft.valid_until = TRY(parse_optional_date(context.field("valid_until"), "valid_until"));
    draft.targets = TRY(parse_targets(context.field("targets"), "targets"));
    draft.aspect = TRY(parse_optional_aspect(context.field("aspect")));
    return draft;
}

Response form_page(RequestContext& context, OrganisationId id, domain::EvidenceKind kind, Error const* error,
    nlohmann::json values = nlohmann::json::object())
{
    for (auto const& [name, value] : context.form())
        values[name] = value;
    if (!values.contains("effective_on"))
        values["effective_on"] = format_date(today(context));
    nlohmann::json errors = nlohmann::json::object();
    auto summary = nlohmann::json::array();
    if (error) {
        auto const field = form_field_of(*error);
        errors[field] = error->message();
        summary.push_back({{"field", field}, {"message", error->message()}});
    }
    auto const kind_text = std::string(domain::to_string(kind));
    auto aspects = nlohmann::json::array();
    auto const chosen = values.value("aspect", "");
    aspects.push_back({{"value", ""}, {"label", context.text("evidence_aspect_none")}, {"selected", chosen.empty()}});
    for (std::string const value : {"opzet", "bestaan", "werking"})
        aspects.push_back(
            {{"value", value}, {"label", context.text("evidence_aspect_" + value)}, {"selected", chosen == value}});
    Page page{.template_name = "evidence_form",
        .title_key = "evidence_form_title",
        .data = {{"organisation_id", id.to_string()}, {"values", values}, {"errors", errors}, {"summary", summary},
            {"has_summary", !summary.empty()}, {"kind", kind_text}, {"is_file", kind == domain::EvidenceKind::File},
            {"is_link", kind == domain::EvidenceKind::Link}, {"is_note", kind == domain::EvidenceKind::Note},
            {"aspects", aspects}, {"max_size", app::describe_size(context.services.config.max_evidence_file_bytes)}},
        .breadcrumbs = {{context.text("evidence_title"), evidence_path(id)}},
        .current_navigation = "evidence"};
    if (error) {
        // A browser never sends a chosen file back with the form (issue #13 item 7).
        if (kind == domain::EvidenceKind::File && form_field_of(*error) != "file")
            page.data["file_again"] = context.text("evidence_file_again");
        page.problem = context.text("form_has_errors") + " " + error->message();
        page.status = status_for(error->kind());
    }
    return render_page(context, std::move(page));
}

// The organisation and the item of an item route, after the permission check.
struct ItemRoute {
    OrganisationId organisation{0};
    EvidenceItemId item{0};
};

Result<ItemRoute> item_route(RequestContext& context, app::Permission permission)
{
    auto const id = TRY(organisation_parameter(context));
    TRY(app::authorise(context.actor, permission, id));
    return ItemRoute{id, TRY(item_parameter(context))};
}

Response back_to_item(RequestContext& context, ItemRoute const& route, Result<void> const& done)
{
    if (!done)
        return error_page(context, done.error());
    return Response::redirect(evidence_item_path(route.organisation, route.item) + "?bijgewerkt=1");
}

} // namespace

Result<Response> show_evidence_form(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    if (auto const allowed = app::authorise(context.actor, app::Permission::EvidenceWrite, id); !allowed)
        return allowed.error();
    auto const query = parse_form(context.request.query);
    auto const kind = kind_named(form_value(query, "soort").value_or("bestand"));
    // "Bewijs toevoegen" on a measure page names the measure and the aspect (issue #13
    // item 7); only values the form offers are taken.
    nlohmann::json prefill = nlohmann::json::object();
    if (auto const measure = form_value(query, "maatregel"); measure && domain::EvidenceTarget::parse(*measure))
        prefill["targets"] = domain::EvidenceTarget::parse(*measure)->to_string();
    if (auto const aspect = form_value(query, "aspect");
        aspect == "opzet" || aspect == "bestaan" || aspect == "werking")
        prefill["aspect"] = *aspect;
    return form_page(context, id, kind, nullptr, std::move(prefill));
}

Result<Response> submit_evidence(RequestContext& context)
{
    auto const id = TRY(organisation_parameter(context));
    // Permission before input, so a refusal reveals nothing about the input rules.
    if (auto const allowed = app::authorise(context.actor, app::Permission::EvidenceWrite, id); !allowed)
        return allowed.error();
    auto const kind = kind_named(context.field("kind"));
    auto const draft = draft_from_form(context, kind);
    if (!draft)
        return form_page(context, id, kind, &draft.error());
    auto& service = evidence_service(context);
    Result<domain::EvidenceItem> item = Error::internal("no kind");
    if (kind == domain::EvidenceKind::File) {
        auto const* file = file_part(context);
        if (!file)
            item = Error::invalid("choose a file to upload", {.field = "file"});
        else
            item = service.add_file(context.actor, id, *draft, {*file->file_name, std::string(file->body)});
    } else if (kind == domain::EvidenceKind::Link) {
        item = service.add_link(context.actor, id, *draft);
    } else {
        item = service.add_note(context.actor, id, *draft);
    }
    // A refusal that names a field (a measure that is not the user's) is shown at the field.
    bool const names_field = !item && item.error().location().field.has_value();
    if (!item
        && (item.error().kind() == ErrorKind::Invalid || (item.error().kind() == ErrorKind::Forbidden && names_field)))
        return form_page(context, id, kind, &item.error());
    if (!item)
        return item.error();
    return Response::redirect(evidence_item_path(id, item->id) + "?toegevoegd=1");
}

Result<Response> submit_evidence_version(RequestContext& context)
{
    auto const route = TRY(item_route(context, app::Permission::EvidenceWrite));
    auto const done = [&]() -> Result<void> {
        if (auto const& error = context.body_error())
            return *error;
        auto const* file = file_part(context);
        if (!file)
            return Error::invalid("choose a file to upload", {.field = "file"});
        auto const effective = TRY(parse_optional_date(context.field("effective_on"), "effective_on"));
        if (!effective)
            return Error::invalid("enter the date the evidence applies to", {.field = "effective_on"});
        auto const valid_until = TRY(parse_optional_date(context.field("valid_until"), "valid_until"));
        auto const expected = parse_integer(context.field("version"));
        TRY(evidence_service(context).add_version(context.actor, route.organisation, route.item,
            {*file->file_name, std::string(file->body)}, {*effective, valid_until}, expected));
        return ok();
    }();
    return back_to_item(context, route, done);
}

Result<Response> submit_evidence_link(RequestContext& context)
{
    auto const route = TRY(item_route(context, app::Permission::EvidenceWrite));
    auto const done = [&]() -> Result<void> {
        auto const targets = TRY(parse_targets(context.field("target"), "target"));
        if (targets.empty())
            return Error::invalid("enter a measure, control or risk", {.field = "target"});
        auto const aspect = TRY(parse_optional_aspect(context.field("aspect")));
        auto& service = evidence_service(context);
        for (auto const& target : targets)
            TRY(service.link(context.actor, route.organisation, route.item, target, aspect));
        return ok();
    }();
    return back_to_item(context, route, done);
}

Result<Response> submit_evidence_unlink(RequestContext& context)
{
    auto const route = TRY(item_route(context, app::Permission::EvidenceWrite));
    auto const done = [&]() -> Result<void> {
        auto const target = TRY(domain::EvidenceTarget::parse(context.field("target")));
        auto const aspect = TRY(parse_optional_aspect(context.field("aspect")));
        return evidence_service(context).unlink(context.actor, route.organisation, route.item, target, aspect);
    }();
    return back_to_item(context, route, done);
}

} // namespace bolwerk::web
