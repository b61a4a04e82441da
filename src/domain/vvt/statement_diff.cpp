#include "domain/vvt/statement_diff.hpp"

#include "domain/vvt/statement_canonical.hpp"

#include <map>

namespace bolwerk::domain::vvt {

namespace {

// Regenerating a statement changes its generation time; that is not a change of content.
constexpr std::string_view ignored_header_field = "generated_at";

using RowIndex = std::map<std::pair<StatementPart, std::string>, CanonicalRow const*>;

RowIndex index_rows(std::vector<CanonicalRow> const& rows)
{
    RowIndex index;
    for (auto const& row : rows)
        index.emplace(std::pair{row.part, row.key}, &row);
    return index;
}

std::vector<FieldChange> all_fields(CanonicalRow const& row, bool as_before)
{
    std::vector<FieldChange> fields;
    for (auto const& [field, value] : row.fields) {
        if (row.part == StatementPart::Header && field == ignored_header_field)
            continue;
        fields.push_back(as_before ? FieldChange{field, value, {}} : FieldChange{field, {}, value});
    }
    return fields;
}

std::vector<FieldChange> changed_fields(CanonicalRow const& before, CanonicalRow const& after)
{
    std::map<std::string, std::string> old_values(before.fields.begin(), before.fields.end());
    std::vector<FieldChange> fields;
    for (auto const& [field, value] : after.fields) {
        if (before.part == StatementPart::Header && field == ignored_header_field)
            continue;
        auto const found = old_values.find(field);
        auto const old_value = found == old_values.end() ? std::string() : found->second;
        if (old_value != value)
            fields.push_back({field, old_value, value});
    }
    return fields;
}

void diff_part(StatementPart part, std::vector<CanonicalRow> const& previous, std::vector<CanonicalRow> const& current,
    RowIndex const& previous_index, RowIndex const& current_index, std::vector<RowChange>& changes)
{
    for (auto const& row : previous) {
        if (row.part == part && !current_index.contains({row.part, row.key}))
            changes.push_back({part, row.key, RowChange::Kind::Removed, all_fields(row, true)});
    }
    for (auto const& row : current) {
        if (row.part != part)
            continue;
        auto const found = previous_index.find({row.part, row.key});
        if (found == previous_index.end()) {
            changes.push_back({part, row.key, RowChange::Kind::Added, all_fields(row, false)});
            continue;
        }
        auto fields = changed_fields(*found->second, row);
        if (!fields.empty())
            changes.push_back({part, row.key, RowChange::Kind::Changed, std::move(fields)});
    }
}

} // namespace

std::string_view to_string(StatementPart part)
{
    switch (part) {
    case StatementPart::Header: return "header";
    case StatementPart::Scope: return "scope";
    case StatementPart::Control: return "control";
    case StatementPart::Measure: return "measure";
    case StatementPart::Exception: return "exception";
    }
    return "header";
}

std::string_view to_string(RowChange::Kind kind)
{
    switch (kind) {
    case RowChange::Kind::Added: return "added";
    case RowChange::Kind::Removed: return "removed";
    case RowChange::Kind::Changed: return "changed";
    }
    return "changed";
}

StatementDiff diff(StatementOfApplicability const& previous, StatementOfApplicability const& current)
{
    auto const previous_rows = canonical_rows(previous);
    auto const current_rows = canonical_rows(current);
    auto const previous_index = index_rows(previous_rows);
    auto const current_index = index_rows(current_rows);
    StatementDiff result;
    for (auto const part : {StatementPart::Header, StatementPart::Scope, StatementPart::Control, StatementPart::Measure,
             StatementPart::Exception})
        diff_part(part, previous_rows, current_rows, previous_index, current_index, result.changes);
    return result;
}

} // namespace bolwerk::domain::vvt
