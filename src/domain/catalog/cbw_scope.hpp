#pragma once

#include "domain/catalog/control_number.hpp"

#include <cstdint>
#include <map>
#include <string_view>

namespace bolwerk::domain::catalog {

/// Whether a control falls under the Cyberbeveiligingswet (Cbw, the Dutch NIS2 law)
/// or only under "verplichtende zelfregulering" (BIO2 deel 2, introduction: grey
/// marked measures fall outside the Cbw).
enum class CbwScope : std::uint8_t { InScope, OutOfScope };

std::string_view to_string(CbwScope scope);

/// The grey marking is only in the PDF and Excel editions, not in the markdown, so
/// Bolwerk cannot know it from an import. Default: every control is in Cbw scope.
/// That is the safe choice: an organisation that treats a control as in scope does
/// at least what the law asks; narrowing the scope is a decision it records itself.
constexpr CbwScope default_cbw_scope = CbwScope::InScope;

/// The Cbw scope an organisation has set per control, with the default for the rest.
/// A plain value; not shared between threads without a copy.
class CbwScopeMap {
public:
    CbwScope scope(ControlNumber control) const;
    void set(ControlNumber control, CbwScope scope);

private:
    std::map<ControlNumber, CbwScope> m_overrides;
};

} // namespace bolwerk::domain::catalog
