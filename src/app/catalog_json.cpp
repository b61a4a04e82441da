#include "app/catalog_json.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::app {

nlohmann::json catalog_item_to_json(domain::catalog::CatalogItem const& item)
{
    auto tags = nlohmann::json::array();
    for (auto const tag : item.tags)
        tags.push_back(to_string(tag));
    auto const control = item.number.control();
    return {
        {"number", item.number.to_string()},
        {"control", control ? nlohmann::json(control->to_string()) : nlohmann::json()},
        // BIO2 measure → ISO/IEC 27002:2022 control → ISO/IEC 27001:2022 Annex A, by number.
        {"annex_a", control ? nlohmann::json(control->annex_a_reference()) : nlohmann::json()},
        {"kind", to_string(item.kind)},
        {"target", item.target ? nlohmann::json(item.target->to_string()) : nlohmann::json()},
        {"tags", tags},
        {"text", item.text},
    };
}

nlohmann::json import_report_to_json(importers::ImportReport const& report)
{
    auto counts = nlohmann::json::object();
    for (auto const& [kind, count] : report.counts)
        counts[std::string(to_string(kind))] = count;
    auto defects = nlohmann::json::array();
    for (auto const& defect : report.defects)
        defects.push_back({{"kind", to_string(defect.kind)}, {"severity", to_string(defect.severity())},
            {"line", defect.line}, {"field", defect.field}, {"message", defect.message}});
    return {{"source", report.source}, {"layout", report.layout}, {"counts", counts}, {"defects", defects}};
}

nlohmann::json catalog_summary_to_json(domain::catalog::CatalogVersionSummary const& summary)
{
    return {
        {"id", summary.id.value()},
        {"framework", summary.reference.framework},
        {"version", summary.reference.version},
        {"title", summary.title},
        {"source", summary.provenance.source},
        {"source_sha256", summary.provenance.source_sha256},
        {"layout", summary.provenance.layout},
        {"imported_at", format_timestamp(summary.provenance.imported_at)},
        {"imported_by", summary.provenance.imported_by},
        {"items", summary.item_count},
        {"measures", summary.measure_count},
        {"defects", summary.defect_count},
    };
}

nlohmann::json catalog_import_to_json(
    CatalogImportOutcome const& outcome, domain::catalog::CatalogProvenance const& provenance)
{
    auto const& version = outcome.imported.version;
    return {
        {"id", outcome.id.value()},
        {"catalog", version.reference().to_string()},
        {"source", provenance.source},
        {"source_sha256", provenance.source_sha256},
        {"items", version.items().size()},
        {"report", import_report_to_json(outcome.imported.report)},
    };
}

} // namespace bolwerk::app

namespace bolwerk::app {

namespace {

nlohmann::json numbers_to_json(std::vector<domain::catalog::MeasureNumber> const& numbers)
{
    auto list = nlohmann::json::array();
    for (auto const number : numbers)
        list.push_back(number.to_string());
    return list;
}

std::string_view change_name(domain::catalog::WordChange::Kind kind)
{
    switch (kind) {
    case domain::catalog::WordChange::Kind::Same: return "same";
    case domain::catalog::WordChange::Kind::Removed: return "removed";
    case domain::catalog::WordChange::Kind::Added: return "added";
    }
    return "unknown";
}

} // namespace

nlohmann::json catalog_diff_to_json(CatalogDiffOutcome const& outcome)
{
    auto const& diff = outcome.diff;
    auto moved = nlohmann::json::array();
    for (auto const& item : diff.moved)
        moved.push_back({{"number", item.number.to_string()}, {"target", item.target->to_string()}});
    auto reworded = nlohmann::json::array();
    for (auto const& measure : diff.reworded) {
        auto changes = nlohmann::json::array();
        for (auto const& change : measure.changes)
            changes.push_back({{std::string(change_name(change.kind)), change.words}});
        reworded.push_back({{"number", measure.number.to_string()}, {"changes", changes}});
    }
    return {{"from", diff.from.to_string()}, {"to", diff.to.to_string()}, {"texts_compared", outcome.texts_compared},
        {"added", numbers_to_json(diff.added)}, {"moved", moved}, {"withdrawn", numbers_to_json(diff.withdrawn)},
        {"removed", numbers_to_json(diff.removed)}, {"reworded", reworded},
        {"unchanged", numbers_to_json(diff.unchanged)}};
}

} // namespace bolwerk::app
