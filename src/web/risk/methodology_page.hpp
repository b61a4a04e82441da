#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The risk methodology: scales, impact areas, matrix and risk appetite (issue 6).
Result<Response> show_methodology(RequestContext& context);
/// Stores a new methodology version from the form (appetite, matrix, validity).
Result<Response> submit_methodology(RequestContext& context);

} // namespace bolwerk::web
