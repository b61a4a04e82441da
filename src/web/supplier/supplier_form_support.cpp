#include "web/supplier/supplier_form_support.hpp"

#include "web/core/page.hpp"
#include "web/risk/risk_view_support.hpp"

#include <regex>

namespace bolwerk::web::supplier_view {

namespace {

// "contacts[1].email" → "contact_email_1"; "clauses[2].text" → "clause_text_2";
// "general_terms.consequences[0].note" → "general_terms"; other fields as they are.
std::string form_field(std::string const& field)
{
    static std::regex const indexed(R"(^(contacts|clauses|requirements)\[(\d+)\]\.(\w+)$)");
    std::smatch match;
    if (std::regex_match(field, match, indexed)) {
        auto const stem = match[1].str() == "contacts" ? "contact"
            : match[1].str() == "clauses"              ? "clause"
                                                       : "requirement";
        return std::string(stem) + "_" + match[3].str() + "_" + match[2].str();
    }
    auto const dot = field.find_first_of(".[");
    return dot == std::string::npos ? field : field.substr(0, dot);
}

} // namespace

void show_field_error(RequestContext& context, Page& page, nlohmann::json& errors, Error const& error)
{
    if (auto const field = error.location().field) {
        risk_view::show_form_error(context, page, errors, error.with_field(form_field(*field)));
        return;
    }
    risk_view::show_form_error(context, page, errors, error);
}

bool is_form_error(Error const& error)
{
    return error.kind() == ErrorKind::Invalid
        || (error.kind() == ErrorKind::Conflict && error.location().field.has_value());
}

bool is_stale(Error const& error) { return error.kind() == ErrorKind::Conflict && !error.location().field.has_value(); }

Result<std::int64_t> posted_version(RequestContext& context)
{
    auto const version = parse_integer(context.field("version")).value_or(0);
    if (version < 1)
        return Error::invalid("the form carries no version; open it again", {.field = "version"});
    return version;
}

std::set<std::string> posted_set(RequestContext& context, std::string_view name)
{
    std::set<std::string> values;
    for (auto const& [key, value] : context.form()) {
        if (key == name)
            values.insert(value);
    }
    return values;
}

} // namespace bolwerk::web::supplier_view
