#pragma once

#include "common/result.hpp"

namespace bolwerk::web {

struct RequestContext;
struct Response;

/// The normenkader pages (issue #13 item 8), for every signed-in user; importing is for
/// the installation's administrator (CatalogService authorises every call).
/// `/catalogi`: the imported versions with provenance, counts and defects, and the
/// built-in ones.
Result<Response> show_catalogs(RequestContext& context);
/// `/catalogi/importeren`: the upload form.
Result<Response> show_catalog_import(RequestContext& context);
/// Imports the uploaded file (CatalogService::import_upload) and shows its validation
/// report; a file that cannot be read comes back in the form with what and where.
Result<Response> submit_catalog_import(RequestContext& context);
/// `/catalogi/verschil?van=…&naar=…`: what changed between two versions, reworded
/// texts word by word.
Result<Response> show_catalog_diff(RequestContext& context);

} // namespace bolwerk::web
