#pragma once

#include "common/error.hpp"
#include "common/id.hpp"
#include "domain/catalog/word_diff.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace bolwerk::web {

struct RequestContext;

/// The errors of a form for its template: `errors` (field -> message, shown beside the
/// field) and `summary` (the error summary's links), with `has_summary`. An error
/// without a field, or with a field the form does not have, goes to `fallback_field`.
void add_form_error(nlohmann::json& data, Error const& error, std::vector<std::string> const& fields,
    std::string const& fallback_field);

/// An error for people with where it was found: "… (bio2.md, regel 12)".
std::string error_with_location(RequestContext const& context, Error const& error);

/// The runs of a word diff for the template: {run_same|run_removed|run_added: words}.
nlohmann::json word_changes_view(std::vector<domain::catalog::WordChange> const& changes);

/// A person's display name for an actor label, else the label itself.
std::string person_named(std::map<std::string, std::string> const& names, std::string const& label);

/// "/organisaties/{id}" + rest.
std::string organisation_path(OrganisationId organisation, std::string const& rest);

} // namespace bolwerk::web
