#pragma once

#include "app/actor.hpp"
#include "common/id.hpp"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace bolwerk::web {

/// The main navigation, grouped by the ISMS process (issue #12 item 1). One table in
/// navigation.cpp lists every entry with its group and the permission that opens it; a
/// feature that lands adds its rows there (and its group, e.g. Leveranciers, Incidenten,
/// Governance). Only entries the actor's role may open are shown; a group without
/// entries is left out.
///
/// Returns an array of groups: {"label", "items": [{"label", "href", "current"}]}.
/// `text` looks up a message key in the page's language.
nlohmann::json navigation_groups(app::Actor const& actor, std::optional<OrganisationId> organisation,
    std::string_view current, std::function<std::string(std::string_view)> const& text);

} // namespace bolwerk::web
