#include "app/audit_detail.hpp"

#include "common/json_text.hpp"

#include <array>
#include <map>

namespace bolwerk::app {

namespace {

constexpr std::size_t max_changes = 40;
constexpr std::size_t max_text = 300;
constexpr int max_depth = 3;

// Row bookkeeping that says nothing to a reader (the id is the event's object id).
constexpr std::array bookkeeping_fields{"id", "version", "created_at", "created_by", "updated_at", "updated_by"};
// Parts of a field name that may hold a secret: never copied into the trail.
constexpr std::array secret_words{"password", "secret", "token", "key", "totp", "credential"};

bool left_out(std::string const& key)
{
    for (auto const* field : bookkeeping_fields) {
        if (key == field)
            return true;
    }
    std::string lower;
    for (auto const c : key)
        lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (auto const* word : secret_words) {
        if (lower.find(word) != std::string::npos)
            return true;
    }
    return false;
}

// The first `max_text` bytes, cut at a character boundary, with an ellipsis.
std::string shortened(std::string text)
{
    if (text.size() <= max_text)
        return text;
    auto end = max_text;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U)
        --end;
    text.resize(end);
    return text + "…";
}

nlohmann::json compact(nlohmann::json const& value)
{
    if (value.is_string())
        return shortened(value.get<std::string>());
    if (value.is_structured()) {
        auto text = json_text(value);
        if (text.size() > max_text)
            return shortened(std::move(text));
    }
    return value;
}

using Fields = std::map<std::string, nlohmann::json>;

void flatten(nlohmann::json const& value, std::string const& name, int depth, Fields& fields)
{
    if (!value.is_object() || depth >= max_depth) {
        fields[name.empty() ? "value" : name] = compact(value);
        return;
    }
    for (auto const& [key, child] : value.items()) {
        if (!left_out(key))
            flatten(child, name.empty() ? key : name + "." + key, depth + 1, fields);
    }
}

Fields fields_of(nlohmann::json const* snapshot)
{
    Fields fields;
    if (snapshot != nullptr)
        flatten(*snapshot, "", 0, fields);
    return fields;
}

bool is_blank(nlohmann::json const& value)
{
    return value.is_null() || (value.is_string() && value.get<std::string>().empty())
        || (value.is_structured() && value.empty());
}

} // namespace

AuditDetail audit_field_changes(nlohmann::json const* before, nlohmann::json const* after)
{
    AuditDetail detail;
    auto const old_fields = fields_of(before);
    auto const new_fields = fields_of(after);
    auto names = old_fields;
    names.insert(new_fields.begin(), new_fields.end());
    for (auto const& [name, ignored] : names) {
        auto const old_value = old_fields.find(name);
        auto const new_value = new_fields.find(name);
        auto const from = old_value == old_fields.end() ? nlohmann::json() : old_value->second;
        auto const to = new_value == new_fields.end() ? nlohmann::json() : new_value->second;
        // A creation lists what was set, a deletion what was there: blanks say nothing.
        if (from == to || (is_blank(from) && is_blank(to)))
            continue;
        if (detail.changes.size() == max_changes) {
            ++detail.omitted;
            continue;
        }
        detail.changes.push_back({name, from, to});
    }
    return detail;
}

std::optional<std::string> compose_audit_detail(
    nlohmann::json const* before, nlohmann::json const* after, std::optional<std::string> const& note)
{
    auto const detail = audit_field_changes(before, after);
    if (detail.changes.empty())
        return note;
    auto changes = nlohmann::json::array();
    for (auto const& change : detail.changes)
        changes.push_back({{"field", change.field}, {"before", change.before}, {"after", change.after}});
    nlohmann::json json{{"changes", changes}};
    if (note)
        json["note"] = *note;
    if (detail.omitted > 0)
        json["omitted"] = detail.omitted;
    return json_text(json);
}

AuditDetail read_audit_detail(std::optional<std::string> const& detail)
{
    if (!detail)
        return {};
    // Only our own JSON object with a change list; any other text is a plain note.
    auto const json = nlohmann::json::parse(*detail, nullptr, false);
    if (!json.is_object() || !json.contains("changes") || !json["changes"].is_array())
        return {.note = *detail};
    AuditDetail read;
    if (auto const note = json.find("note"); note != json.end() && note->is_string())
        read.note = note->get<std::string>();
    for (auto const& change : json["changes"]) {
        if (!change.is_object() || !change.contains("field") || !change["field"].is_string())
            continue;
        read.changes.push_back({change["field"].get<std::string>(), change.value("before", nlohmann::json()),
            change.value("after", nlohmann::json())});
    }
    if (auto const omitted = json.find("omitted"); omitted != json.end() && omitted->is_number_unsigned())
        read.omitted = omitted->get<std::size_t>();
    return read;
}

std::string audit_value_text(nlohmann::json const& value)
{
    if (value.is_null())
        return {};
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_array()) {
        std::string joined;
        for (auto const& item : value)
            joined += (joined.empty() ? "" : ", ") + audit_value_text(item);
        return joined;
    }
    return json_text(value);
}

} // namespace bolwerk::app
