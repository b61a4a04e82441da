#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The chain of one service (issue #14 item 4; BIO2 5.21.02–03) as a table in tree
/// order, with forms to add a sub-supplier and to record the disclosure and judgement.
Result<Response> show_chain(RequestContext& context);
Result<Response> submit_chain_node(RequestContext& context);
Result<Response> submit_chain_disclosure(RequestContext& context);
/// An independent assurance report (item 5; BIO2 5.20.03).
Result<Response> show_assurance_form(RequestContext& context);
Result<Response> submit_assurance(RequestContext& context);

} // namespace bolwerk::web
