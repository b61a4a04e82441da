#include "domain/catalog/cbw_scope.hpp"

namespace bolwerk::domain::catalog {

std::string_view to_string(CbwScope scope) { return scope == CbwScope::InScope ? "in_scope" : "out_of_scope"; }

CbwScope CbwScopeMap::scope(ControlNumber control) const
{
    auto const found = m_overrides.find(control);
    return found == m_overrides.end() ? default_cbw_scope : found->second;
}

void CbwScopeMap::set(ControlNumber control, CbwScope scope)
{
    if (scope == default_cbw_scope)
        m_overrides.erase(control);
    else
        m_overrides[control] = scope;
}

} // namespace bolwerk::domain::catalog
