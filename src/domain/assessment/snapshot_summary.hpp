#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"

#include <string>

namespace bolwerk::domain::assessment {

/// One frozen snapshot of an assessment, without its content.
struct SnapshotSummary {
    AssessmentSnapshotId id{0};
    std::string label;
    std::string catalog; ///< "bio2@1.3"
    Timestamp created_at;
    std::string created_by;
};

} // namespace bolwerk::domain::assessment
