#include "web/catalog/catalog_routes.hpp"

#include "web/catalog/assessment_history_pages.hpp"
#include "web/catalog/catalog_pages.hpp"
#include "web/catalog/migration_pages.hpp"
#include "web/core/handler.hpp"
#include "web/http/route.hpp"

#include <array>

namespace bolwerk::web {

namespace {

// Dutch paths for the pages (the UI is Dutch first). The first match wins, so a literal
// segment comes before a `{parameter}` in the same place.
constexpr std::array routes{
    Route{Method::Get, "/catalogi", Access::Session,
        "The catalog versions: imported (source, date, counts, defects) and built in.", page_route<show_catalogs>, {},
        {}, "catalog.read"},
    Route{Method::Get, "/catalogi/importeren", Access::Session, "Form to upload a catalog file (administrator).",
        page_route<show_catalog_import>, {}, {}, "catalog.import"},
    Route{Method::Post, "/catalogi/importeren", Access::Session,
        "Import an uploaded catalog file (multipart/form-data, at most 8 MiB) and show its validation report.",
        page_route<submit_catalog_import>, {}, {}, "catalog.import", Payload::Upload},
    Route{Method::Get, "/catalogi/verschil", Access::Session,
        "What changed between two catalog versions (?van=bio2@1.2&naar=bio2@1.3), reworded texts word by word.",
        page_route<show_catalog_diff>, {}, {}, "catalog.read"},

    Route{Method::Get, "/organisaties/{organisation}/momentopnamen", Access::Session,
        "The frozen snapshots of the gap analysis, and the form to freeze one.", page_route<show_snapshots>, {}, {},
        "assessment.read"},
    Route{Method::Post, "/organisaties/{organisation}/momentopnamen", Access::Session,
        "Freeze the current gap analysis under a label.", page_route<submit_snapshot>, {}, {}, "assessment.freeze"},
    Route{Method::Get, "/organisaties/{organisation}/momentopnamen/vergelijken", Access::Session,
        "Compare two snapshots, or a snapshot with the current state (?van=label&naar=label or empty).",
        page_route<show_snapshot_compare>, {}, {}, "assessment.read"},
    Route{Method::Get, "/organisaties/{organisation}/catalogusversie", Access::Session,
        "Choose another catalog version and preview the move of the gap analysis (?naar=bio2@1.3); nothing stored.",
        page_route<show_migration>, {}, {}, "assessment.freeze"},
    Route{Method::Post, "/organisaties/{organisation}/catalogusversie", Access::Session,
        "Move the gap analysis to another catalog version (after a snapshot of the state before).",
        page_route<submit_migration>, {}, {}, "assessment.freeze"},
    Route{Method::Get, "/organisaties/{organisation}/volwassenheidsschaal", Access::Session,
        "The maturity scale of the gap analysis.", page_route<show_maturity_scale>, {}, {}, "assessment.read"},
    Route{Method::Post, "/organisaties/{organisation}/volwassenheidsschaal", Access::Session,
        "Replace the maturity scale's labels (refused while an answer uses a level off the new scale).",
        page_route<submit_maturity_scale>, {}, {}, "assessment.freeze"},
};

} // namespace

std::span<Route const> catalog_routes() { return routes; }

} // namespace bolwerk::web
