#include "web/organisation/audit_view.hpp"

#include "app/audit_detail.hpp"
#include "common/integer_text.hpp"
#include "common/local_time_format.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "web/core/request_context.hpp"

#include <array>
#include <utility>

namespace bolwerk::web {

namespace {

constexpr std::size_t max_filter_length = 100;

// The pages an object's id leads to (issue #13 item 5: links to the object).
struct ObjectPage {
    std::string_view object_type;
    std::string_view path; ///< After /organisaties/{id}; "{id}" is the object id.
};
constexpr std::array object_pages{
    ObjectPage{"risk", "/risicos/{id}"},
    ObjectPage{"information_system", "/systemen/{id}"},
    ObjectPage{"assessment_measure", "/maatregelen/{id}"},
    ObjectPage{"assessment_control", "/beheersmaatregelen/{id}"},
    ObjectPage{"evidence_item", "/bewijs/{id}"},
    ObjectPage{"vvt_version", "/vvt/versies/{id}"},
    ObjectPage{"vvt_publication", "/vvt"},
    ObjectPage{"isms_scope", "/vvt/reikwijdte"},
    ObjectPage{"organisation", ""},
    ObjectPage{"membership", "/gebruikers"},
    ObjectPage{"user", "/gebruikers"},
    ObjectPage{"risk_methodology", "/risicomethodiek"},
    ObjectPage{"risk_analysis", "/risicoanalyses"},
};

bool is_id_character(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-'
        || c == '_' || c == ':';
}

bool is_code(std::string_view text)
{
    if (text.empty() || text.size() > 64)
        return false;
    for (auto const c : text) {
        if (!((c >= 'a' && c <= 'z') || c == '_'))
            return false;
    }
    return true;
}

bool is_object_id(std::string_view text)
{
    if (text.empty() || text.size() > max_filter_length)
        return false;
    for (auto const c : text) {
        if (!is_id_character(c))
            return false;
    }
    return true;
}

// "user:4" or "operator:<login>" (printable, no spaces): the labels use cases write.
bool is_actor_label(std::string_view text)
{
    if (text.size() > max_filter_length)
        return false;
    if (text.starts_with("user:"))
        return parse_integer(text.substr(5)).value_or(0) > 0;
    if (!text.starts_with("operator:") || text.size() == 9)
        return false;
    for (auto const c : text) {
        if (static_cast<unsigned char>(c) <= ' ' || c == 0x7f)
            return false;
    }
    return is_valid_utf8(text);
}

std::string with_underscores(std::string text)
{
    for (auto& c : text) {
        if (c == '.')
            c = '_';
    }
    return text;
}

std::string spaced(std::string text)
{
    for (auto& c : text) {
        if (c == '_')
            c = ' ';
    }
    return text;
}

// The message `key`, or nothing when the catalogs do not have it.
std::optional<std::string> message(RequestContext const& context, std::string const& key)
{
    auto const& catalog = context.services.messages.catalog(context.language);
    auto const found = catalog.find(key);
    if (found == catalog.end() || !found->is_string())
        return std::nullopt;
    return found->get<std::string>();
}

std::string action_text(RequestContext const& context, domain::AuditEvent const& event)
{
    if (auto const text = message(context, "audit_action_" + with_underscores(event.action)))
        return *text;
    // An action without a sentence of its own still reads: "Risico: archive".
    auto const dot = event.action.rfind('.');
    auto const verb = dot == std::string::npos ? event.action : event.action.substr(dot + 1);
    auto const verb_text = message(context, "audit_verb_" + verb).value_or(spaced(verb));
    return fill(context.text("audit_action_fallback"),
        {{"kind", audit_kind_text(context, event.object_type)}, {"verb", verb_text}});
}

std::string field_text(RequestContext const& context, std::string const& field)
{
    if (auto const text = message(context, "audit_field_" + with_underscores(field)))
        return *text;
    auto text = spaced(field);
    for (auto at = text.find('.'); at != std::string::npos; at = text.find('.', at + 3))
        text.replace(at, 1, " › ");
    return text;
}

// A code as people read it: its own message ("audit_value_in_progress"), else a verdict
// ("result_compliant"), else the code with spaces ("zeer_hoog" → "zeer hoog").
std::string code_text(RequestContext const& context, std::string const& code)
{
    for (std::string_view const prefix : {"audit_value_", "result_"}) {
        if (auto const text = message(context, std::string(prefix) + code))
            return *text;
    }
    return spaced(code);
}

// A recorded value as people read it (issue #13 item 6): times in Dutch local time,
// days written out, codes in words; other text as recorded.
std::string value_text(RequestContext const& context, nlohmann::json const& value)
{
    if (value.is_boolean())
        return context.text(value.get<bool>() ? "audit_yes" : "audit_no");
    if (!value.is_string())
        return app::audit_value_text(value);
    auto const& text = value.get_ref<std::string const&>();
    if (text.size() > 10 && text[10] == 'T') {
        if (auto const time = parse_timestamp(text))
            return format_local_date_time(*time, context.language, ZoneLabel::Abbreviation);
    }
    if (text.size() == 10) {
        if (auto const day = parse_date(text))
            return format_local_date(*day, context.language);
    }
    if (is_code(text))
        return code_text(context, text);
    return text;
}

std::string object_href(OrganisationId organisation, domain::AuditEvent const& event)
{
    if (!is_object_id(event.object_id))
        return {};
    for (auto const& page : object_pages) {
        if (page.object_type == event.object_type)
            return "/organisaties/" + organisation.to_string()
                + fill(std::string(page.path), {{"id", event.object_id}});
    }
    return {};
}

// The date of a filter field; the error message when it is not a date.
std::optional<Date> filter_date(AuditFilters& filters, RequestContext const& context, std::string const& field)
{
    auto const value = filters.values[field];
    if (value.empty())
        return std::nullopt;
    auto const date = parse_date(value);
    if (!date) {
        filters.errors[field] = context.text("audit_filter_bad_date");
        return std::nullopt;
    }
    return *date;
}

} // namespace

std::string recorded_value_text(RequestContext const& context, std::string const& value)
{
    if (value == "true" || value == "false")
        return context.text(value == "true" ? "audit_yes" : "audit_no");
    return value_text(context, value);
}

AuditFilters read_audit_filters(RequestContext& context)
{
    AuditFilters filters;
    auto const query = parse_form(context.request.query);
    std::string query_string;
    for (auto const* name : {"van", "tot", "wie", "soort", "object"}) {
        auto value = form_value(query, name).value_or("");
        if (!value.empty())
            query_string += (query_string.empty() ? "" : "&") + std::string(name) + "=" + percent_encode(value);
        filters.values[name] = std::move(value);
    }
    filters.query_string = std::move(query_string);
    // Dutch days: "van 1 december" starts at midnight in Amsterdam, "tot 7 december" ends at the next one.
    auto const from = filter_date(filters, context, "van");
    auto const until = filter_date(filters, context, "tot");
    if (from)
        filters.query.from = amsterdam_midnight(*from);
    if (until)
        filters.query.until = amsterdam_midnight(*until + std::chrono::days{1});
    if (from && until && *until < *from)
        filters.errors["tot"] = context.text("audit_filter_until_before_from");
    if (auto const& actor = filters.values["wie"]; !actor.empty()) {
        if (is_actor_label(actor))
            filters.query.actor = actor;
        else
            filters.errors["wie"] = context.text("audit_filter_bad_actor");
    }
    if (auto const& kind = filters.values["soort"]; !kind.empty()) {
        if (is_code(kind))
            filters.query.object_type = kind;
        else
            filters.errors["soort"] = context.text("audit_filter_bad_kind");
    }
    if (auto const& object = filters.values["object"]; !object.empty()) {
        if (is_object_id(object))
            filters.query.object_id = object;
        else
            filters.errors["object"] = context.text("audit_filter_bad_object");
    }
    if (auto const before = form_value(query, "voor"); before && !before->empty()) {
        auto const sequence = parse_integer(*before);
        if (sequence && *sequence > 0)
            filters.query.before = *sequence;
        else
            filters.errors["voor"] = context.text("audit_filter_bad_page");
    }
    return filters;
}

std::string audit_actor_text(
    RequestContext const& context, std::string const& label, std::map<std::string, std::string> const& names)
{
    if (label.starts_with("operator:"))
        return fill(context.text("audit_actor_operator"), {{"name", label.substr(9)}});
    auto const user = app::user_of_actor_label(label);
    if (!user)
        return label;
    auto const named = names.find(label);
    auto name
        = named != names.end() ? named->second : fill(context.text("audit_actor_user"), {{"id", user->to_string()}});
    auto const token = label.find(":token:");
    if (token == std::string::npos)
        return name;
    return fill(context.text("audit_actor_token"), {{"name", name}, {"id", label.substr(token + 7)}});
}

std::string audit_kind_text(RequestContext const& context, std::string const& object_type)
{
    return message(context, "audit_kind_" + object_type).value_or(spaced(object_type));
}

AuditRow audit_row(RequestContext const& context, OrganisationId organisation, domain::AuditEvent const& event,
    std::map<std::string, std::string> const& names)
{
    AuditRow row;
    row.when = format_local_date_time(event.occurred_at, context.language, ZoneLabel::None);
    row.who = audit_actor_text(context, event.actor, names);
    row.what = action_text(context, event);
    row.kind = audit_kind_text(context, event.object_type);
    row.href = object_href(organisation, event);
    auto const detail = app::read_audit_detail(event.detail);
    row.note = detail.note;
    for (auto const& change : detail.changes) {
        AuditChangeText text{
            field_text(context, change.field), value_text(context, change.before), value_text(context, change.after)};
        if (!row.changes_text.empty())
            row.changes_text += "; ";
        row.changes_text += text.field + ": " + (text.before.empty() ? "—" : text.before) + " → "
            + (text.after.empty() ? "—" : text.after);
        row.changes.push_back(std::move(text));
    }
    if (detail.omitted > 0)
        row.omitted = fill(context.text("audit_changes_omitted"), {{"count", std::to_string(detail.omitted)}});
    return row;
}

} // namespace bolwerk::web
