#pragma once

#include "common/result.hpp"
#include "domain/organisation.hpp"
#include "store/forward.hpp"

#include <vector>

namespace bolwerk::store {

/// SQL for the `organisations` table. Reads take a Connection (or a Transaction's
/// connection); writes take a Transaction so that they commit together with their
/// audit event. A duplicate name, OIN or KvK number is a Conflict.
class OrganisationRepository {
public:
    static Result<domain::Organisation> insert(
        Transaction& transaction, domain::OrganisationDraft const& draft, Timestamp now);

    /// Changes name, kind and numbers if the stored version is still
    /// `expected_version`; otherwise Conflict (someone else changed it first).
    static Result<domain::Organisation> update(Transaction& transaction, OrganisationId id,
        domain::OrganisationDraft const& draft, std::int64_t expected_version, Timestamp now);

    static Result<domain::Organisation> find(Connection& connection, OrganisationId id);
    static Result<std::optional<domain::Organisation>> find_by_name(Connection& connection, std::string_view name);
    static Result<std::vector<domain::Organisation>> list(Connection& connection);
};

} // namespace bolwerk::store
