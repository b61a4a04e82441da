#include "web/evidence/evidence_api.hpp"

#include "app/authorisation.hpp"
#include "app/evidence/evidence_json.hpp"
#include "web/core/api_support.hpp"
#include "web/core/page.hpp"
#include "web/core/request_context.hpp"
#include "web/evidence/evidence_pages.hpp"
#include "web/evidence/evidence_view.hpp"
#include "web/http/problem.hpp"

#include "common/json_text.hpp"
#include "common/text.hpp"

namespace bolwerk::web {

namespace {

nlohmann::json item_json(RequestContext const& context, domain::EvidenceItem const& item)
{
    auto json = app::evidence_item_to_json(item);
    json["status"] = domain::to_string(domain::expiry_status(item.valid_until, today(context)));
    return json;
}

Result<app::EvidenceQuery> api_query(RequestContext const& context)
{
    auto const query = parse_form(context.request.query);
    app::EvidenceQuery result;
    if (auto const target = form_value(query, "target"); target && !target->empty())
        result.target = TRY(domain::EvidenceTarget::parse(*target));
    result.aspect = TRY(parse_optional_aspect(form_value(query, "aspect").value_or("")));
    result.expiring_on = TRY(parse_optional_date(form_value(query, "expiring").value_or(""), "expiring"));
    return result;
}

// Every `target` field of a form or JSON body, each possibly a list ("5.17.01, 5.1").
Result<std::vector<domain::EvidenceTarget>> form_targets(RequestContext& context)
{
    std::vector<domain::EvidenceTarget> targets;
    for (auto const& [name, value] : context.form()) {
        if (name != "target")
            continue;
        auto more = TRY(parse_targets(value, "target"));
        targets.insert(targets.end(), more.begin(), more.end());
    }
    return targets;
}

Result<domain::EvidenceDraft> draft_from_fields(RequestContext& context)
{
    domain::EvidenceDraft draft;
    draft.title = context.field("title");
    draft.description = context.field("description");
    auto const effective = TRY(parse_optional_date(context.field("effective_on"), "effective_on"));
    if (!effective)
        return Error::invalid("'effective_on' is required (YYYY-MM-DD)", {.field = "effective_on"});
    draft.effective_on = *effective;
    draft.valid_until = TRY(parse_optional_date(context.field("valid_until"), "valid_until"));
    draft.targets = TRY(form_targets(context));
    draft.aspect = TRY(parse_optional_aspect(context.field("aspect")));
    return draft;
}

Result<std::string> optional_string(nlohmann::json const& body, std::string const& name)
{
    auto const found = body.find(name);
    if (found == body.end() || found->is_null())
        return std::string();
    if (!found->is_string())
        return Error::invalid("'" + name + "' must be a string", {.field = name});
    return found->get<std::string>();
}

// A link or a note sent as JSON: {"kind":"link","title":…,"url":…,"effective_on":…,
// "valid_until":…,"targets":["5.17.01"],"aspect":"opzet"}.
Result<domain::EvidenceItem> add_from_json(RequestContext& context, OrganisationId organisation)
{
    auto const body = nlohmann::json::parse(context.request.body, nullptr, false);
    if (body.is_discarded() || !body.is_object())
        return Error::invalid("the request body must be a JSON object or multipart/form-data", {.field = ""});
    domain::EvidenceDraft draft;
    draft.kind = TRY(domain::parse_evidence_kind(TRY(optional_string(body, "kind"))));
    if (draft.kind == domain::EvidenceKind::File)
        return Error::invalid("upload a file as multipart/form-data", {.field = "kind"});
    draft.title = TRY(optional_string(body, "title"));
    draft.description = TRY(optional_string(body, "description"));
    draft.url = TRY(optional_string(body, "url"));
    draft.note = TRY(optional_string(body, "note"));
    auto const effective = TRY(parse_optional_date(TRY(optional_string(body, "effective_on")), "effective_on"));
    if (!effective)
        return Error::invalid("'effective_on' is required (YYYY-MM-DD)", {.field = "effective_on"});
    draft.effective_on = *effective;
    draft.valid_until = TRY(parse_optional_date(TRY(optional_string(body, "valid_until")), "valid_until"));
    draft.aspect = TRY(parse_optional_aspect(TRY(optional_string(body, "aspect"))));
    if (auto const found = body.find("targets"); found != body.end() && found->is_array()) {
        for (auto const& target : *found) {
            if (!target.is_string())
                return Error::invalid("'targets' must be a list of strings", {.field = "targets"});
            draft.targets.push_back(TRY(domain::EvidenceTarget::parse(target.get<std::string>())));
        }
    }
    auto& service = evidence_service(context);
    if (draft.kind == domain::EvidenceKind::Link)
        return service.add_link(context.actor, organisation, draft);
    return service.add_note(context.actor, organisation, draft);
}

Result<domain::EvidenceItem> add_from_multipart(RequestContext& context, OrganisationId organisation)
{
    if (auto const& error = context.body_error())
        return *error;
    auto const draft = TRY(draft_from_fields(context));
    for (auto const& part : context.parts()) {
        if (part.name == "file" && part.file_name)
            return evidence_service(context).add_file(
                context.actor, organisation, draft, {*part.file_name, std::string(part.body)});
    }
    return Error::invalid("the form has no part 'file' with a file name", {.field = "file"});
}

} // namespace

Response api_list_evidence(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        TRY(app::authorise(context.actor, app::Permission::EvidenceRead, id));
        auto const query = TRY(api_query(context));
        auto const items = TRY(evidence_service(context).list(context.actor, id, query));
        auto list = nlohmann::json::array();
        for (auto const& item : items)
            list.push_back(item_json(context, item));
        return json_response(200, {{"items", list}});
    }());
}

Response api_get_evidence(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        TRY(app::authorise(context.actor, app::Permission::EvidenceRead, id));
        auto const item = TRY(item_parameter(context));
        auto const detail = TRY(evidence_service(context).get(context.actor, id, item));
        auto json = item_json(context, detail.item);
        json["versions"] = nlohmann::json::array();
        for (auto const& version : detail.versions)
            json["versions"].push_back(app::evidence_version_to_json(version));
        return json_response(200, json);
    }());
}

Response api_upload_evidence(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        TRY(app::authorise(context.actor, app::Permission::EvidenceWrite, id));
        auto const content_type = to_ascii_lower(context.request.header("content-type").value_or(""));
        auto const item = content_type.starts_with("multipart/form-data") ? add_from_multipart(context, id)
                                                                          : add_from_json(context, id);
        if (!item)
            return item.error();
        auto response = json_response(201, item_json(context, *item));
        response.set_header(
            "Location", "/api/v1/organisations/" + id.to_string() + "/evidence/" + item->id.to_string());
        return response;
    }());
}

Response api_evidence_content(RequestContext& context)
{
    return respond([&]() -> Result<Response> {
        auto const id = TRY(organisation_parameter(context));
        TRY(app::authorise(context.actor, app::Permission::EvidenceRead, id));
        auto const item = TRY(item_parameter(context));
        auto const download = TRY(evidence_service(context).content(context.actor, id, item));
        return download_response(download);
    }());
}

} // namespace bolwerk::web
