#include "importers/risk/risk_csv.hpp"

#include "common/text.hpp"
#include "importers/csv/csv_reader.hpp"

#include <charconv>

namespace bolwerk::importers {

namespace {

constexpr std::string_view impact_prefix = "impact_";

// Reads the cells of one record by column name.
class RowReader {
public:
    RowReader(CsvDocument const& document, CsvRecord const& record)
        : m_document(document)
        , m_record(record)
    {
    }

    std::string text(std::string_view column) const
    {
        auto const index = m_document.column(column);
        return index ? std::string(trim(m_record.fields[*index])) : std::string();
    }

    Result<std::optional<int>> number(std::string_view column) const
    {
        auto const value = text(column);
        if (value.empty())
            return std::optional<int>();
        int number = 0;
        auto const parsed = std::from_chars(value.data(), value.data() + value.size(), number);
        if (parsed.ec != std::errc{} || parsed.ptr != value.data() + value.size())
            return Error::invalid("'" + value + "' is not a whole number", {.field = std::string(column)});
        return std::optional(number);
    }

    Result<std::optional<Date>> date(std::string_view column) const
    {
        auto const value = text(column);
        if (value.empty())
            return std::optional<Date>();
        auto const parsed = parse_date(value);
        if (!parsed)
            return parsed.error().with_field(std::string(column));
        return std::optional(*parsed);
    }

    std::vector<std::string> list(std::string_view column) const
    {
        std::vector<std::string> items;
        auto const value = text(column); // split() returns views into it: keep it alive
        for (auto const part : split(value, ';')) {
            if (!trim(part).empty())
                items.emplace_back(trim(part));
        }
        return items;
    }

private:
    CsvDocument const& m_document;
    CsvRecord const& m_record;
};

Result<void> read_impacts(CsvDocument const& document, RowReader const& row, domain::RiskDraft& draft)
{
    for (auto const& column : document.header) {
        auto const name = to_ascii_lower(trim(column));
        if (name.substr(0, impact_prefix.size()) != impact_prefix)
            continue;
        auto const value = TRY(row.number(name));
        if (value)
            draft.inherent_impacts.push_back({name.substr(impact_prefix.size()), *value});
    }
    return ok();
}

Result<void> read_systems(RowReader const& row, domain::RiskDraft& draft)
{
    for (auto const& item : row.list("systems")) {
        std::int64_t id = 0;
        auto const parsed = std::from_chars(item.data(), item.data() + item.size(), id);
        if (parsed.ec != std::errc{} || parsed.ptr != item.data() + item.size() || id <= 0)
            return Error::invalid("'" + item + "' is not a system id", {.field = "systems"});
        draft.systems.push_back(InformationSystemId(id));
    }
    return ok();
}

Result<void> read_measures(RowReader const& row, domain::RiskDraft& draft)
{
    auto const owner = row.text("planned_measure_owner");
    auto const due = TRY(row.date("planned_measure_due"));
    for (auto const& description : row.list("planned_measures"))
        draft.planned_measures.push_back({description, owner, due, false});
    return ok();
}

Result<domain::RiskDraft> read_row(CsvDocument const& document, CsvRecord const& record)
{
    RowReader const row(document, record);
    domain::RiskDraft draft;
    draft.title = row.text("title");
    draft.threat = row.text("threat");
    draft.vulnerability = row.text("vulnerability");
    draft.owner = row.text("owner");
    auto const likelihood = TRY(row.number("inherent_likelihood"));
    if (!likelihood)
        return Error::invalid("the inherent likelihood is empty", {.field = "inherent_likelihood"});
    draft.inherent_likelihood = *likelihood;
    TRY(read_impacts(document, row, draft));
    TRY(read_systems(row, draft));
    draft.existing_controls = row.list("existing_controls");
    auto const treatment = row.text("treatment");
    if (!treatment.empty())
        draft.treatment = TRY(domain::parse_treatment(treatment));
    TRY(read_measures(row, draft));
    draft.residual_likelihood = TRY(row.number("residual_likelihood"));
    draft.residual_impact = TRY(row.number("residual_impact"));
    draft.review_due = TRY(row.date("review_due"));
    return draft;
}

Result<void> check_columns(CsvDocument const& document, std::string const& source)
{
    for (auto const* required : {"title", "owner", "inherent_likelihood"}) {
        if (!document.column(required))
            return Error::invalid(
                std::string("the header has no column '") + required + "'", {.source = source, .line = 1});
    }
    bool has_impact = false;
    for (auto const& column : document.header)
        has_impact = has_impact || to_ascii_lower(trim(column)).substr(0, impact_prefix.size()) == impact_prefix;
    if (!has_impact)
        return Error::invalid("the header has no impact_<area> column", {.source = source, .line = 1});
    return ok();
}

} // namespace

Result<RiskCsvContent> read_risk_csv(std::string_view text, std::string const& source)
{
    auto const document = TRY(read_csv(text, source));
    TRY(check_columns(document, source));
    RiskCsvContent content;
    for (auto const& record : document.records) {
        auto draft = read_row(document, record);
        if (!draft) {
            content.rejected.push_back(draft.error().with_location({.source = source, .line = record.line}));
            continue;
        }
        content.rows.push_back({record.line, std::move(draft).value()});
    }
    return content;
}

} // namespace bolwerk::importers
