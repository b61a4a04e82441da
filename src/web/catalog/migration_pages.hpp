#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// `/organisaties/{o}/catalogusversie` (issue #13 item 8): move the gap analysis to
/// another catalog version. GET shows the choice and, with `?naar=`, the preview
/// (AssessmentService::preview_migration: what moves where, what needs a new look,
/// what has nowhere to go; nothing stored). POST confirms: migrate, then the result.
Result<Response> show_migration(RequestContext& context);
Result<Response> submit_migration(RequestContext& context);

} // namespace bolwerk::web
