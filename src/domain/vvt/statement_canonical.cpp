#include "domain/vvt/statement_canonical.hpp"

#include "common/digest.hpp"

namespace bolwerk::domain::vvt {

namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

std::string text_of(bool value) { return value ? "true" : "false"; }

std::string text_of(std::optional<Date> const& date) { return date ? format_date(*date) : std::string(); }

std::string text_of(std::optional<assessment::RiskReference> const& reference)
{
    if (!reference)
        return {};
    return std::string(assessment::to_string(reference->kind)) + ":" + reference->value;
}

std::string text_of(std::vector<assessment::InclusionReason> const& reasons)
{
    std::string joined;
    for (auto const reason : reasons) {
        if (!joined.empty())
            joined += ";";
        joined += assessment::to_string(reason);
    }
    return joined;
}

CanonicalRow header_row(StatementHeader const& header)
{
    auto const& metadata = header.metadata;
    return {StatementPart::Header, "header",
        Fields{{"organisation_name", metadata.organisation_name},
            {"version_number", std::to_string(metadata.version_number)},
            {"status", std::string(to_string(metadata.status))}, {"approved_by", metadata.approved_by},
            {"approved_at", metadata.approved_at ? format_timestamp(*metadata.approved_at) : std::string()},
            {"generated_at", format_timestamp(metadata.generated_at)}, {"catalog", header.catalog.to_string()},
            {"catalog_title", header.catalog_title}}};
}

void add_scope_rows(std::vector<CanonicalRow>& rows, IsmsScope const& scope)
{
    rows.push_back({StatementPart::Scope, "statement", Fields{{"text", scope.statement}}});
    for (auto const& [prefix, items] :
        {std::pair{"process:", &scope.processes}, std::pair{"information_system:", &scope.information_systems},
            std::pair{"location:", &scope.locations}, std::pair{"interface:", &scope.interfaces}}) {
        for (auto const& item : *items)
            rows.push_back({StatementPart::Scope, prefix + item.name, Fields{{"description", item.description}}});
    }
    for (auto const& exclusion : scope.exclusions)
        rows.push_back({StatementPart::Scope, "exclusion:" + exclusion.subject, Fields{{"reason", exclusion.reason}}});
}

CanonicalRow control_row(ControlRow const& row)
{
    return {StatementPart::Control, row.control.to_string(),
        Fields{{"label_nl", row.label_nl}, {"label_en", row.label_en}, {"answered", text_of(row.answered)},
            {"applicable", text_of(row.applicable)}, {"reasons", text_of(row.reasons)},
            {"justification", row.justification}, {"reference", text_of(row.reference)},
            {"implementation", std::string(to_string(row.implementation))},
            {"measures.total", std::to_string(row.measures.total)},
            {"measures.not_started", std::to_string(row.measures.not_started)},
            {"measures.in_progress", std::to_string(row.measures.in_progress)},
            {"measures.implemented", std::to_string(row.measures.implemented)},
            {"measures.not_applicable", std::to_string(row.measures.not_applicable)}}};
}

CanonicalRow measure_row(MeasureRow const& row)
{
    Fields fields{{"kind", std::string(catalog::to_string(row.kind))}, {"answered", text_of(row.answered)},
        {"status", std::string(assessment::to_string(row.status))}, {"owner", row.owner},
        {"target_date", text_of(row.target_date)},
        {"maturity", row.maturity ? std::to_string(*row.maturity) : std::string()},
        {"maturity_label", row.maturity_label}};
    for (auto const aspect : assessment::all_aspects) {
        auto const& assessed = row.aspect(aspect);
        auto const prefix = std::string(assessment::to_string(aspect)) + ".";
        fields.insert(fields.end(),
            {{prefix + "result", std::string(assessment::to_string(assessed.result))},
                {prefix + "date", text_of(assessed.date)}, {prefix + "assessor", assessed.assessor},
                {prefix + "note", assessed.note}});
    }
    fields.insert(
        fields.end(), {{"not_applicable_reason", row.not_applicable_reason}, {"reference", text_of(row.reference)}});
    return {StatementPart::Measure, row.measure.to_string(), std::move(fields)};
}

CanonicalRow exception_row(VvtException const& exception)
{
    return {StatementPart::Exception, (exception.is_control() ? "control:" : "measure:") + exception.number(),
        Fields{{"justification", exception.justification}, {"reference", text_of(exception.reference)}}};
}

void append_escaped(std::string& out, std::string_view value)
{
    for (char const c : value) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        case '\n': out += "\\n"; break;
        default: out += c;
        }
    }
}

} // namespace

std::vector<CanonicalRow> canonical_rows(StatementOfApplicability const& statement)
{
    std::vector<CanonicalRow> rows;
    rows.reserve(statement.controls.size() + statement.measures.size() + statement.exceptions.size() + 16);
    rows.push_back(header_row(statement.header));
    add_scope_rows(rows, statement.scope);
    for (auto const& row : statement.controls)
        rows.push_back(control_row(row));
    for (auto const& row : statement.measures)
        rows.push_back(measure_row(row));
    for (auto const& exception : statement.exceptions)
        rows.push_back(exception_row(exception));
    return rows;
}

std::string canonical_text(StatementOfApplicability const& statement)
{
    std::string text = "bolwerk-vvt-canonical/1\n";
    for (auto const& row : canonical_rows(statement)) {
        for (auto const& [field, value] : row.fields) {
            text += to_string(row.part);
            text += '\t';
            append_escaped(text, row.key);
            text += '\t';
            text += field;
            text += '\t';
            append_escaped(text, value);
            text += '\n';
        }
    }
    return text;
}

std::string digest(StatementOfApplicability const& statement) { return sha256_hex(canonical_text(statement)); }

std::string content_digest(StatementOfApplicability const& statement)
{
    auto content = statement;
    auto& metadata = content.header.metadata;
    metadata.status = StatementStatus::Draft;
    metadata.approved_by.clear();
    metadata.approved_at.reset();
    return digest(content);
}

} // namespace bolwerk::domain::vvt
