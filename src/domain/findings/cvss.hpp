#pragma once

#include "common/result.hpp"
#include "domain/findings/finding.hpp"

#include <optional>
#include <string_view>

namespace bolwerk::domain::findings {

/// The CVSS base score of a vector, for reports that give only the vector.
/// CVSS v3.0 and v3.1 ("CVSS:3.x/AV:…/AC:…/PR:…/UI:…/S:…/C:…/I:…/A:…") are computed
/// with the specification's base equations (FIRST CVSS v3.1 specification, section 7.1;
/// v3.0 rounds up with its own Roundup, section 8.1 of the v3.0 document). Temporal and
/// environmental metrics may follow and are ignored. A missing, repeated or unknown
/// base metric is Invalid and names it.
Result<double> cvss3_base_score(std::string_view vector);

/// The score to use for a CVSS value: the tool's score when it gave one, else the v3.x
/// score computed from the vector. CVSS v4.0 has no closed formula (its score comes
/// from a lookup of macro vectors), so a v4 vector without a score gives nullopt.
std::optional<double> cvss_score(Cvss const& cvss);

/// True for a CVSS v4.0 base vector with all eleven base metrics in valid values.
bool is_valid_cvss4_vector(std::string_view vector);

} // namespace bolwerk::domain::findings
