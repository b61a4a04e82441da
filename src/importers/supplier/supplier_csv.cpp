#include "importers/supplier/supplier_csv.hpp"

#include "common/text.hpp"
#include "importers/supplier/supplier_csv_row.hpp"

#include <algorithm>
#include <unordered_map>

namespace bolwerk::importers {

namespace {

using supplier_csv::RowReader;
using supplier_csv::SupplierRow;

std::string folded(std::string_view name) { return domain::supplier_identity_key(name, std::nullopt); }

std::string where(std::uint64_t line) { return "line " + std::to_string(line); }

// Joins rows into suppliers. Every check of a row runs before anything of it is
// added, so a rejected row leaves no trace.
class SupplierJoiner {
public:
    Result<void> add(SupplierRow row, RowReader const& cells)
    {
        auto const existing = TRY(find(row, cells));
        if (!existing) {
            m_by_name.emplace(folded(row.supplier.name), m_suppliers.size());
            if (row.supplier.kvk_number)
                m_by_kvk.emplace(row.supplier.kvk_number->value(), m_suppliers.size());
            ImportedSupplier supplier{row.line, std::move(row.supplier), {}, {}};
            add_parts(supplier, std::move(row.service), std::move(row.contract));
            m_suppliers.push_back(std::move(supplier));
            return ok();
        }
        auto& supplier = m_suppliers[*existing];
        TRY(check_agrees(supplier, row, cells));
        merge_supplier(*existing, std::move(row.supplier));
        add_parts(supplier, std::move(row.service), std::move(row.contract));
        return ok();
    }

    std::vector<ImportedSupplier> take() { return std::move(m_suppliers); }

private:
    // The supplier a row belongs to, by name; a KvK number may not point elsewhere.
    Result<std::optional<std::size_t>> find(SupplierRow const& row, RowReader const& cells) const
    {
        auto const by_name = m_by_name.find(folded(row.supplier.name));
        if (row.supplier.kvk_number) {
            auto const by_kvk = m_by_kvk.find(row.supplier.kvk_number->value());
            bool const elsewhere
                = by_kvk != m_by_kvk.end() && (by_name == m_by_name.end() || by_name->second != by_kvk->second);
            if (elsewhere)
                return cells.invalid(SupplierField::Name,
                    "KvK number " + row.supplier.kvk_number->value() + " belongs to '"
                        + m_suppliers[by_kvk->second].supplier.name + "' on "
                        + where(m_suppliers[by_kvk->second].line));
        }
        if (by_name == m_by_name.end())
            return std::optional<std::size_t>();
        return std::optional(by_name->second);
    }

    static Result<void> check_agrees(ImportedSupplier const& supplier, SupplierRow const& row, RowReader const& cells)
    {
        auto const& known = supplier.supplier;
        if (row.supplier.kvk_number && known.kvk_number && *row.supplier.kvk_number != *known.kvk_number)
            return cells.invalid(SupplierField::KvkNumber,
                "'" + known.name + "' has KvK number " + known.kvk_number->value() + " on " + where(supplier.line));
        if (row.country_given && row.supplier.country != known.country)
            return cells.invalid(SupplierField::Country,
                "'" + known.name + "' is in " + known.country.value() + " on " + where(supplier.line));
        if (row.service) {
            auto const name = folded(row.service->draft.name);
            for (auto const& service : supplier.services) {
                if (folded(service.draft.name) == name)
                    return cells.invalid(SupplierField::Service,
                        "service '" + service.draft.name + "' of '" + known.name + "' is already on "
                            + where(service.line));
            }
        }
        if (row.contract)
            TRY(check_contract_agrees(supplier, *row.contract, cells));
        return ok();
    }

    static Result<void> check_contract_agrees(
        ImportedSupplier const& supplier, ImportedContract const& contract, RowReader const& cells)
    {
        auto const found = std::find_if(supplier.contracts.begin(), supplier.contracts.end(),
            [&](ImportedContract const& known) { return known.reference == contract.reference; });
        if (found == supplier.contracts.end())
            return ok();
        auto const differs = [&](SupplierField field, bool same) -> Result<void> {
            if (same || cells.text(field).empty())
                return ok();
            return cells.invalid(
                field, "contract " + contract.reference + " has another value on " + where(found->line));
        };
        TRY(differs(SupplierField::ContractTitle, found->title == contract.title));
        TRY(differs(SupplierField::ContractStart, found->starts_on == contract.starts_on));
        TRY(differs(SupplierField::ContractEnd, found->ends_on == contract.ends_on));
        TRY(differs(SupplierField::NoticeDays, found->notice_days == contract.notice_days));
        return ok();
    }

    void merge_supplier(std::size_t index, domain::SupplierDraft row)
    {
        auto& known = m_suppliers[index].supplier;
        if (!known.kvk_number && row.kvk_number) {
            known.kvk_number = row.kvk_number;
            m_by_kvk.emplace(row.kvk_number->value(), index);
        }
        for (auto& contact : row.contacts) {
            bool const known_contact = std::any_of(known.contacts.begin(), known.contacts.end(),
                [&](domain::SupplierContact const& other) { return other.email == contact.email; });
            if (!known_contact)
                known.contacts.push_back(std::move(contact));
        }
        if (!row.notes.empty() && known.notes.find(row.notes) == std::string::npos)
            known.notes += (known.notes.empty() ? "" : "\n") + row.notes;
    }

    static void add_parts(
        ImportedSupplier& supplier, std::optional<ImportedService> service, std::optional<ImportedContract> contract)
    {
        if (service)
            supplier.services.push_back(std::move(*service));
        if (!contract)
            return;
        auto const found = std::find_if(supplier.contracts.begin(), supplier.contracts.end(),
            [&](ImportedContract const& known) { return known.reference == contract->reference; });
        if (found == supplier.contracts.end())
            supplier.contracts.push_back(std::move(*contract));
        else
            found->services.push_back(contract->services.front());
    }

    std::vector<ImportedSupplier> m_suppliers;
    std::unordered_map<std::string, std::size_t> m_by_name;
    std::unordered_map<std::string, std::size_t> m_by_kvk;
};

} // namespace

Result<SupplierCsvContent> read_supplier_csv(
    std::string_view text, SupplierCsvMapping const& mapping, std::string const& source)
{
    auto const document = TRY(read_csv(text, source, mapping.delimiter));
    if (document.records.size() > max_supplier_csv_rows)
        return Error::invalid("the file has " + std::to_string(document.records.size()) + " rows; at most "
                + std::to_string(max_supplier_csv_rows) + " are read in one import",
            {.source = source});
    auto const columns = TRY(resolve_columns(mapping, document.header, source));
    SupplierCsvContent content;
    content.rows = document.records.size();
    SupplierJoiner joiner;
    for (auto const& record : document.records) {
        RowReader const cells(record, columns);
        auto row = supplier_csv::read_row(record, columns);
        auto const added = row ? joiner.add(std::move(row).value(), cells) : Result<void>(row.error());
        if (!added)
            content.rejected.push_back(added.error().with_location({.source = source, .line = record.line}));
    }
    content.suppliers = joiner.take();
    return content;
}

Result<void> check_import_mode(SupplierCsvContent const& content, ImportMode mode, std::string const& source)
{
    if (mode == ImportMode::AllOrNothing && !content.rejected.empty()) {
        auto const& first = content.rejected.front();
        return Error::invalid(std::to_string(content.rejected.size()) + " of " + std::to_string(content.rows)
                + " rows have errors, so nothing was imported; the first: " + first.message(),
            first.location());
    }
    if (content.suppliers.empty())
        return Error::invalid("the file has no supplier to import", {.source = source});
    return ok();
}

} // namespace bolwerk::importers
