#pragma once

#include "common/error.hpp"
#include "common/integer_text.hpp"
#include "common/result.hpp"
#include "web/core/request_context.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace bolwerk::web {

struct Page;

/// What the supplier forms share: where an error goes and what a form posted.
namespace supplier_view {

/// Fills `page` with a refused form's error: beside its field (a domain field such as
/// "contacts[1].email" becomes the form's "contact_email_1") and in the summary.
void show_field_error(RequestContext& context, Page& page, nlohmann::json& errors, Error const& error);
/// An error the user fixes in the form: Invalid, or a Conflict on a field (a name taken).
bool is_form_error(Error const& error);
/// A Conflict on no field: someone else saved first.
bool is_stale(Error const& error);
/// The "version" the edit form carries; Invalid when missing.
Result<std::int64_t> posted_version(RequestContext& context);
/// Every value posted under `name` (checkboxes), as a set of texts.
std::set<std::string> posted_set(RequestContext& context, std::string_view name);

/// Every id posted under `name`; Invalid naming the field when one is not an id.
template <typename Id>
Result<std::vector<Id>> posted_ids(RequestContext& context, std::string_view name)
{
    std::vector<Id> ids;
    for (auto const& [key, value] : context.form()) {
        if (key != name)
            continue;
        auto const id = parse_integer(value).value_or(0);
        if (id < 1)
            return Error::invalid("choose from the list", {.field = std::string(name)});
        ids.emplace_back(id);
    }
    return ids;
}

} // namespace supplier_view

} // namespace bolwerk::web
