#include "app/risk/methodology_in_force.hpp"
#include "app/risk/risk_json.hpp"
#include "app/risk/risk_service.hpp"
#include "app/use_case.hpp"
#include "importers/risk/risk_csv.hpp"
#include "store/risk/risk_repository.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace bolwerk::app {

namespace {

// Scores and stores one imported row with its audit event. A row the domain or the
// store refuses as Invalid is answered as the error to report for its line; any
// other failure is the outer error.
Result<std::optional<Error>> import_row(UseCase& use_case, OrganisationId organisation,
    MethodologyVersion const& methodology, domain::RiskDraft const& draft, std::uint64_t line,
    bool only_invalid_is_a_row_error)
{
    auto scored = domain::score_risk(methodology.methodology, draft);
    if (!scored)
        return std::optional<Error>(scored.error().with_location({.line = line}));
    auto risk = store::RiskRepository::insert(
        use_case.transaction(), organisation, std::move(scored).value(), methodology.version, use_case.now());
    if (!risk) {
        if (only_invalid_is_a_row_error && risk.error().kind() != ErrorKind::Invalid)
            return risk.error();
        return std::optional<Error>(risk.error().with_location({.line = line}));
    }
    auto const after = risk_to_json(*risk);
    TRY(use_case.audit(audit_change(organisation, "risk.import", "risk", risk->id.to_string(), nullptr, &after)));
    return std::optional<Error>();
}

} // namespace

Result<RiskService::ImportReport> RiskService::import_risks(
    Actor const& actor, OrganisationId organisation, std::vector<NumberedDraft> const& drafts, InvalidRows invalid_rows)
{
    return run_use_case(m_database, m_clock, actor, Permission::RiskWrite, organisation,
        [&](UseCase& use_case) -> Result<ImportReport> {
            TRY(require_organisation(use_case.connection(), organisation));
            auto const methodology = TRY(load_methodology(use_case.connection(), organisation));
            ImportReport report;
            for (auto const& numbered : drafts) {
                auto rejected
                    = TRY(import_row(use_case, organisation, methodology, numbered.draft, numbered.line, false));
                if (rejected)
                    report.rejected.push_back(std::move(*rejected));
                else
                    ++report.imported;
            }
            if (!report.rejected.empty() && invalid_rows == InvalidRows::RefuseAll) {
                auto const& first = report.rejected.front();
                return Error::invalid(std::to_string(report.rejected.size())
                        + " row(s) are invalid, nothing was imported; first: " + first.to_string(),
                    first.location());
            }
            return report;
        });
}

Result<RiskService::CsvImportReport> RiskService::import_risks_csv(
    Actor const& actor, OrganisationId organisation, std::string_view csv, InvalidRows invalid_rows)
{
    return run_use_case(m_database, m_clock, actor, Permission::RiskWrite, organisation,
        [&](UseCase& use_case) -> Result<CsvImportReport> {
            auto const content = TRY(importers::read_risk_csv(csv, "csv"));
            TRY(require_organisation(use_case.connection(), organisation));
            auto const methodology = TRY(load_methodology(use_case.connection(), organisation));
            CsvImportReport report;
            report.rejected = content.rejected;
            for (auto const& row : content.rows) {
                auto rejected = TRY(import_row(use_case, organisation, methodology, row.draft, row.line, true));
                if (rejected)
                    report.rejected.push_back(std::move(*rejected));
                else
                    ++report.imported;
            }
            std::sort(report.rejected.begin(), report.rejected.end(), [](Error const& left, Error const& right) {
                return left.location().line.value_or(0) < right.location().line.value_or(0);
            });
            if (!report.rejected.empty() && invalid_rows == InvalidRows::RefuseAll) {
                report.imported = 0;
                report.refused = true;
                use_case.discard();
            }
            return report;
        });
}

} // namespace bolwerk::app
