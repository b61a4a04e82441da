#pragma once

#include "common/clock.hpp"
#include "domain/governance/share.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

// Awareness training after joining (BIO2 6.03.02: every employee and contractor who uses
// the information systems has demonstrably completed an awareness training within three
// months of joining), measured from per-person dates, e.g. a training system's export.
namespace bolwerk::domain::governance {

struct TrainingRecord {
    std::string person;
    Date hired_on;
    std::optional<Date> completed_on;
};

inline constexpr int awareness_window_months = 3; // 6.03.02: "binnen drie maanden"

struct AwarenessFigures {
    std::size_t people = 0;
    std::size_t window_closed = 0; ///< Joined more than three months ago.
    std::size_t trained_in_time = 0; ///< Completed within three months of joining.
    std::size_t trained_late = 0;
    std::size_t overdue = 0; ///< Window closed, not trained.
    std::size_t pending = 0; ///< Still within the window, not trained yet.
    /// Trained in time, of those whose window has closed: the werking of 6.03.02.
    Share in_time;
    std::vector<std::string> overdue_people;
};

/// The figures on `today`. The window ends on the same day three months after joining
/// (clamped to the month end: joined 30 November, trained by 28 February).
AwarenessFigures awareness_figures(std::vector<TrainingRecord> const& records, Date today);

} // namespace bolwerk::domain::governance
