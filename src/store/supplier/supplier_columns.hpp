#pragma once

#include "common/result.hpp"
#include "domain/supplier/assurance.hpp"
#include "domain/supplier/contract.hpp"
#include "domain/supplier/contract_gate.hpp"
#include "domain/supplier/sub_supplier_chain.hpp"
#include "domain/supplier/supplier.hpp"

#include <optional>
#include <string>
#include <vector>

// The JSON text columns of the supplier tables (migration 0015): nested lists that are
// only read and written as a whole. Internal to store/supplier. A stored text that
// does not parse is a corrupt row: Internal, naming the column.
namespace bolwerk::store::supplier_columns {

std::string write_contacts(std::vector<domain::SupplierContact> const& contacts);
Result<std::vector<domain::SupplierContact>> read_contacts(std::string const& text);

std::string write_clauses(std::vector<domain::SecurityClause> const& clauses);
Result<std::vector<domain::SecurityClause>> read_clauses(std::string const& text);

std::string write_general_terms(domain::GeneralTerms const& terms);
Result<domain::GeneralTerms> read_general_terms(std::string const& text);

std::string write_duties(domain::ContractDuties const& duties);
Result<domain::ContractDuties> read_duties(std::string const& text);

std::string write_strings(std::vector<std::string> const& strings);
Result<std::vector<std::string>> read_strings(std::string const& text, std::string const& column);

std::string write_exit_strategy(domain::ExitStrategy const& exit);
Result<domain::ExitStrategy> read_exit_strategy(std::string const& text);

std::string write_deviation(domain::GateDeviation const& deviation);
Result<domain::GateDeviation> read_deviation(std::string const& text);

std::string write_requirements(std::vector<domain::RequirementApplicability> const& requirements);
Result<std::vector<domain::RequirementApplicability>> read_requirements(std::string const& text);

std::string write_ids(std::vector<std::int64_t> const& ids);
Result<std::vector<std::int64_t>> read_ids(std::string const& text, std::string const& column);

std::string write_aspects(std::vector<domain::EvidenceAspect> const& aspects);
Result<std::vector<domain::EvidenceAspect>> read_aspects(std::string const& text);

} // namespace bolwerk::store::supplier_columns
