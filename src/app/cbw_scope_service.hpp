#pragma once

#include "app/actor.hpp"
#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/catalog/cbw_scope.hpp"
#include "store/forward.hpp"

#include <string>

namespace bolwerk::app {

/// Use cases on the Cbw scope per control of one organisation (BIO2 deel 2: grey
/// marked controls fall outside the Cyberbeveiligingswet). The marking is not in the
/// importable publications, so the organisation records it; the default is
/// domain::catalog::default_cbw_scope. Keeps references to `database` and `clock`,
/// which must outlive it; safe to share between threads.
class CbwScopeService {
public:
    CbwScopeService(store::Database& database, Clock const& clock)
        : m_database(database)
        , m_clock(clock)
    {
    }

    /// Sets one control's scope ("in" or "out") and writes an audit event in the
    /// organisation's chain. An unknown control or scope is Invalid.
    Result<void> set(
        Actor const& actor, OrganisationId organisation, std::string const& control, std::string const& scope);
    Result<domain::catalog::CbwScopeMap> scopes(Actor const& actor, OrganisationId organisation);

private:
    store::Database& m_database;
    Clock const& m_clock;
};

} // namespace bolwerk::app
