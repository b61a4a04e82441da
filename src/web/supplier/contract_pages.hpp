#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The contract pages (issue #14; BIO2 5.19–5.23): add a contract (the BIV clauses are
/// pre-filled from the covered services' systems), change it, and the contract page with
/// the pre-contract gate. "Activeren" is refused with every missing item listed, unless
/// someone with ContractDeviate records a deviation with a reason.
Result<Response> show_contract_form(RequestContext& context);
Result<Response> submit_contract(RequestContext& context);
Result<Response> show_contract(RequestContext& context);
Result<Response> show_contract_edit_form(RequestContext& context);
Result<Response> submit_contract_edit(RequestContext& context);
Result<Response> submit_activation(RequestContext& context);
/// Activation as a recorded deviation decision (ContractDeviate, BIO2 5.20.06).
Result<Response> submit_deviation(RequestContext& context);

} // namespace bolwerk::web
