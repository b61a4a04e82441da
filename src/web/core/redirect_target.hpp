#pragma once

#include "web/http/route.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace bolwerk::web {

/// The one check for a redirect target that a request supplies (today the `?terug=`
/// of GET /taal/{language}; every future "return to" must call it too). Issue #10,
/// items 1 and 3: CR/LF in a target became response headers, and `/<TAB>/evil.example`
/// left the site because browsers drop the tab.
///
/// A target is accepted only when it is, character by character, a same-origin path
/// from an allow-list: it starts with one '/' (not "//" or "/\"), it holds only
/// unreserved characters, '/', and %XX escapes that do not encode a control character,
/// with at most one '?' followed by a query of the same characters plus '=', '&' and
/// '+'; it is at most 2048 bytes; and its path is a browser page of `routes` (a GET route
/// outside /api/; the application passes its whole table). Everything else, including every control character, gives
/// nullopt: the caller then uses its own default ("/").
std::optional<std::string> checked_redirect_target(std::string_view target, std::span<Route const> routes);

} // namespace bolwerk::web
