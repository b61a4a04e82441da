#include "report/vvt/vvt_xlsx.hpp"

#include "report/table_xlsx.hpp"
#include "report/vvt/vvt_tables.hpp"

namespace bolwerk::report::vvt {

namespace {

WorkbookProperties properties_of(domain::vvt::StatementOfApplicability const& statement)
{
    // The generation time, not the wall clock, so that the same version gives the same file.
    return {.title = std::string(document_title) + " — " + document_subtitle(statement),
        .company = statement.header.metadata.organisation_name,
        .created = statement.header.metadata.generated_at};
}

} // namespace

Result<std::string> statement_xlsx_bytes(domain::vvt::StatementOfApplicability const& statement)
{
    return tables_xlsx_bytes(statement_tables(statement), properties_of(statement));
}

} // namespace bolwerk::report::vvt
