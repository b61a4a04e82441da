#include "web/core/handler.hpp"

#include "web/core/page.hpp"

#include <utility>

namespace bolwerk::web {

Response page_response(RequestContext& context, Result<Response> result)
{
    if (!result)
        return error_page(context, result.error());
    return std::move(result).value();
}

} // namespace bolwerk::web
