#include "report/vvt/vvt_json.hpp"

#include "common/json_text.hpp"
#include "domain/vvt/statement_canonical.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::report::vvt {

namespace {

using nlohmann::json;
using namespace domain::assessment;
using namespace domain::vvt;

json optional_date(std::optional<Date> const& date) { return date ? json(format_date(*date)) : json(nullptr); }

json reference_json(std::optional<RiskReference> const& reference)
{
    if (!reference)
        return nullptr;
    return {{"kind", to_string(reference->kind)}, {"value", reference->value}};
}

json header_json(StatementOfApplicability const& statement)
{
    auto const& metadata = statement.header.metadata;
    return {{"organisation", metadata.organisation_name}, {"catalog", statement.header.catalog.to_string()},
        {"catalog_title", statement.header.catalog_title}, {"version_number", metadata.version_number},
        {"status", to_string(metadata.status)},
        {"approved_by", metadata.approved_by.empty() ? json(nullptr) : json(metadata.approved_by)},
        {"approved_at", metadata.approved_at ? json(format_timestamp(*metadata.approved_at)) : json(nullptr)},
        {"generated_at", format_timestamp(metadata.generated_at)}, {"digest", digest(statement)}};
}

json items_json(std::vector<ScopeItem> const& items)
{
    auto list = json::array();
    for (auto const& item : items)
        list.push_back({{"name", item.name}, {"description", item.description}});
    return list;
}

json scope_json(IsmsScope const& scope)
{
    auto exclusions = json::array();
    for (auto const& exclusion : scope.exclusions)
        exclusions.push_back({{"subject", exclusion.subject}, {"reason", exclusion.reason}});
    return {{"statement", scope.statement}, {"processes", items_json(scope.processes)},
        {"information_systems", items_json(scope.information_systems)}, {"locations", items_json(scope.locations)},
        {"interfaces", items_json(scope.interfaces)}, {"exclusions", exclusions}};
}

json control_json(ControlRow const& row)
{
    auto reasons = json::array();
    for (auto const reason : row.reasons)
        reasons.push_back(to_string(reason));
    return {{"control", row.control.to_string()}, {"label_nl", row.label_nl}, {"label_en", row.label_en},
        {"answered", row.answered}, {"applicable", row.applicable}, {"reasons", reasons},
        {"justification", row.justification}, {"reference", reference_json(row.reference)},
        {"implementation", to_string(row.implementation)},
        {"measures",
            {{"total", row.measures.total}, {"not_started", row.measures.not_started},
                {"in_progress", row.measures.in_progress}, {"implemented", row.measures.implemented},
                {"not_applicable", row.measures.not_applicable}}}};
}

json measure_json(MeasureRow const& row)
{
    json aspects = json::object();
    for (auto const aspect : all_aspects) {
        auto const& assessed = row.aspect(aspect);
        aspects[std::string(to_string(aspect))] = {{"result", to_string(assessed.result)},
            {"date", optional_date(assessed.date)}, {"assessor", assessed.assessor}, {"note", assessed.note}};
    }
    auto const control = row.measure.control();
    return {{"measure", row.measure.to_string()}, {"control", control ? json(control->to_string()) : json(nullptr)},
        {"kind", domain::catalog::to_string(row.kind)}, {"answered", row.answered}, {"status", to_string(row.status)},
        {"owner", row.owner}, {"target_date", optional_date(row.target_date)},
        {"maturity", row.maturity ? json(*row.maturity) : json(nullptr)}, {"maturity_label", row.maturity_label},
        {"aspects", aspects}, {"not_applicable_reason", row.not_applicable_reason},
        {"reference", reference_json(row.reference)}};
}

json exception_json(VvtException const& exception)
{
    return {{"type", exception.is_control() ? "control" : "measure"}, {"number", exception.number()},
        {"justification", exception.justification}, {"reference", reference_json(exception.reference)}};
}

json public_control_json(ControlRow const& row)
{
    auto reasons = json::array();
    for (auto const reason : row.reasons)
        reasons.push_back(to_string(reason));
    return {{"control", row.control.to_string()}, {"label_nl", row.label_nl}, {"label_en", row.label_en},
        {"applicable", row.applicable}, {"reasons", reasons}, {"justification", row.justification},
        {"reference", reference_json(row.reference)}};
}

} // namespace

std::string public_statement_json(domain::vvt::StatementOfApplicability const& statement, bool implementation)
{
    if (implementation)
        return statement_json(statement);
    auto const& metadata = statement.header.metadata;
    json const header{{"organisation", metadata.organisation_name}, {"catalog", statement.header.catalog.to_string()},
        {"catalog_title", statement.header.catalog_title}, {"version_number", metadata.version_number},
        {"status", to_string(metadata.status)},
        {"approved_by", metadata.approved_by.empty() ? json(nullptr) : json(metadata.approved_by)},
        {"approved_at", metadata.approved_at ? json(format_timestamp(*metadata.approved_at)) : json(nullptr)},
        {"content_sha256", content_digest(statement)}};
    auto controls = json::array();
    for (auto const& row : statement.controls)
        controls.push_back(public_control_json(row));
    auto exceptions = json::array();
    for (auto const& exception : statement.exceptions)
        exceptions.push_back(exception_json(exception));
    json const document{{"format", "bolwerk-vvt-public/1"}, {"header", header}, {"scope", scope_json(statement.scope)},
        {"controls", controls}, {"exceptions", exceptions}};
    return json_text(document, JsonLayout::Indented);
}

std::string statement_json(domain::vvt::StatementOfApplicability const& statement)
{
    auto controls = json::array();
    for (auto const& row : statement.controls)
        controls.push_back(control_json(row));
    auto measures = json::array();
    for (auto const& row : statement.measures)
        measures.push_back(measure_json(row));
    auto exceptions = json::array();
    for (auto const& exception : statement.exceptions)
        exceptions.push_back(exception_json(exception));
    json const document{{"format", "bolwerk-vvt/1"}, {"header", header_json(statement)},
        {"scope", scope_json(statement.scope)}, {"controls", controls}, {"measures", measures},
        {"exceptions", exceptions}};
    // Invalid UTF-8 in stored text is replaced rather than thrown on (our code does not throw).
    return json_text(document, JsonLayout::Indented);
}

} // namespace bolwerk::report::vvt

namespace bolwerk::report::vvt {

namespace {

using nlohmann::json;
using namespace domain::assessment;
using namespace domain::vvt;

// The reader uses nlohmann's checked access (at, get), which throws on a missing key or a
// wrong type; read_statement_json catches that at its boundary. Our own checks return
// Result as everywhere else.

std::string text(json const& node, char const* key) { return node.at(key).get<std::string>(); }

Result<std::optional<Date>> read_date(json const& node)
{
    if (node.is_null())
        return std::optional<Date>{};
    auto const date = TRY(parse_date(node.get<std::string>()));
    return std::optional<Date>{date};
}

Result<std::optional<RiskReference>> read_reference(json const& node)
{
    if (node.is_null())
        return std::optional<RiskReference>{};
    auto const kind = TRY(parse_risk_reference_kind(text(node, "kind")));
    return std::optional<RiskReference>{RiskReference{kind, text(node, "value")}};
}

Result<ControlImplementation> parse_implementation(std::string_view name)
{
    for (auto const implementation :
        {ControlImplementation::Excluded, ControlImplementation::NoMeasures, ControlImplementation::NotImplemented,
            ControlImplementation::PartiallyImplemented, ControlImplementation::Implemented}) {
        if (to_string(implementation) == name)
            return implementation;
    }
    return Error::invalid("unknown implementation \"" + std::string(name) + "\"", {.field = "implementation"});
}

Result<StatementHeader> read_header(json const& node)
{
    // TRY is kept out of aggregate initialisers: leaving one half-built is best avoided.
    auto catalog = TRY(domain::catalog::VersionReference::parse(text(node, "catalog")));
    StatementHeader header{.catalog = std::move(catalog), .catalog_title = text(node, "catalog_title")};
    auto& metadata = header.metadata;
    metadata.organisation_name = text(node, "organisation");
    metadata.version_number = node.at("version_number").get<std::int32_t>();
    metadata.status = TRY(parse_statement_status(text(node, "status")));
    if (!node.at("approved_by").is_null())
        metadata.approved_by = text(node, "approved_by");
    if (!node.at("approved_at").is_null())
        metadata.approved_at = TRY(parse_timestamp(text(node, "approved_at")));
    metadata.generated_at = TRY(parse_timestamp(text(node, "generated_at")));
    return header;
}

std::vector<ScopeItem> read_items(json const& node)
{
    std::vector<ScopeItem> items;
    for (auto const& item : node)
        items.push_back({text(item, "name"), text(item, "description")});
    return items;
}

IsmsScope read_scope(json const& node)
{
    IsmsScope scope{.statement = text(node, "statement"),
        .processes = read_items(node.at("processes")),
        .information_systems = read_items(node.at("information_systems")),
        .locations = read_items(node.at("locations")),
        .interfaces = read_items(node.at("interfaces"))};
    for (auto const& exclusion : node.at("exclusions"))
        scope.exclusions.push_back({text(exclusion, "subject"), text(exclusion, "reason")});
    return scope;
}

Result<ControlRow> read_control(json const& node)
{
    auto const control = TRY(domain::catalog::ControlNumber::parse(text(node, "control")));
    ControlRow row{.control = control,
        .label_nl = text(node, "label_nl"),
        .label_en = text(node, "label_en"),
        .answered = node.at("answered").get<bool>(),
        .applicable = node.at("applicable").get<bool>()};
    for (auto const& reason : node.at("reasons"))
        row.reasons.push_back(TRY(parse_inclusion_reason(reason.get<std::string>())));
    row.justification = text(node, "justification");
    row.reference = TRY(read_reference(node.at("reference")));
    row.implementation = TRY(parse_implementation(text(node, "implementation")));
    auto const& counts = node.at("measures");
    row.measures = {counts.at("total").get<std::int32_t>(), counts.at("not_started").get<std::int32_t>(),
        counts.at("in_progress").get<std::int32_t>(), counts.at("implemented").get<std::int32_t>(),
        counts.at("not_applicable").get<std::int32_t>()};
    return row;
}

Result<MeasureRow> read_measure(json const& node)
{
    auto const measure = TRY(domain::catalog::MeasureNumber::parse(text(node, "measure")));
    MeasureRow row{.measure = measure, .answered = node.at("answered").get<bool>(), .owner = text(node, "owner")};
    row.kind = TRY(domain::catalog::parse_item_kind(text(node, "kind")));
    row.status = TRY(parse_measure_status(text(node, "status")));
    row.target_date = TRY(read_date(node.at("target_date")));
    if (!node.at("maturity").is_null())
        row.maturity = node.at("maturity").get<int>();
    row.maturity_label = text(node, "maturity_label");
    for (auto const aspect : all_aspects) {
        auto const& assessed = node.at("aspects").at(std::string(to_string(aspect)));
        auto& target = row.aspects[static_cast<std::size_t>(aspect)];
        target.result = TRY(parse_aspect_result(text(assessed, "result")));
        target.date = TRY(read_date(assessed.at("date")));
        target.assessor = text(assessed, "assessor");
        target.note = text(assessed, "note");
    }
    row.not_applicable_reason = text(node, "not_applicable_reason");
    row.reference = TRY(read_reference(node.at("reference")));
    return row;
}

using Subject = std::variant<domain::catalog::ControlNumber, domain::catalog::MeasureNumber>;

Result<Subject> read_subject(json const& node)
{
    if (text(node, "type") == "control") {
        auto const control = TRY(domain::catalog::ControlNumber::parse(text(node, "number")));
        return Subject{control};
    }
    auto const measure = TRY(domain::catalog::MeasureNumber::parse(text(node, "number")));
    return Subject{measure};
}

Result<VvtException> read_exception(json const& node)
{
    auto const subject = TRY(read_subject(node));
    auto reference = TRY(read_reference(node.at("reference")));
    return VvtException{subject, text(node, "justification"), std::move(reference)};
}

template <typename Row>
Result<std::vector<Row>> read_rows(json const& node, Result<Row> (*read)(json const&), std::string const& name)
{
    std::vector<Row> rows;
    for (std::size_t i = 0; i < node.size(); ++i) {
        auto row = read(node.at(i));
        if (!row)
            return Error::invalid(row.error().message(), {.field = name + "[" + std::to_string(i) + "]"});
        rows.push_back(std::move(row).value());
    }
    return rows;
}

Result<StatementOfApplicability> read_document(json const& root)
{
    if (text(root, "format") != "bolwerk-vvt/1")
        return Error::invalid("not a Bolwerk VvT document (expected format bolwerk-vvt/1)", {.field = "format"});
    StatementOfApplicability statement;
    statement.header = TRY(read_header(root.at("header")));
    statement.scope = read_scope(root.at("scope"));
    statement.controls = TRY(read_rows<ControlRow>(root.at("controls"), read_control, "controls"));
    statement.measures = TRY(read_rows<MeasureRow>(root.at("measures"), read_measure, "measures"));
    statement.exceptions = TRY(read_rows<VvtException>(root.at("exceptions"), read_exception, "exceptions"));
    // The digest covers the whole content: a document edited after export is refused.
    if (digest(statement) != text(root.at("header"), "digest"))
        return Error::invalid("the VvT document does not match its digest", {.field = "header.digest"});
    return statement;
}

} // namespace

Result<domain::vvt::StatementOfApplicability> read_statement_json(std::string_view text)
{
    auto const document = json::parse(text, nullptr, false);
    if (document.is_discarded())
        return Error::invalid("the VvT document is not valid JSON");
    try {
        return read_document(document);
    } catch (json::exception const& error) {
        return Error::invalid(
            std::string("the VvT document lacks a field or has one of the wrong type: ") + error.what());
    }
}

} // namespace bolwerk::report::vvt
