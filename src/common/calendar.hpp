#pragma once

#include "common/clock.hpp"

#include <chrono>

// Calendar arithmetic on local days, without time of day or zone. Periods of the BIO2
// ("jaarlijks", "ieder kwartaal", "binnen drie maanden na indiensttreding") are counted
// on these dates.
namespace bolwerk {

/// The last day of `month` (28, 29, 30 or 31).
Date last_day_of_month(std::chrono::year_month month);

/// `months` months after (or before, when negative) `day`. A day that does not exist in
/// the target month becomes that month's last day: 31 January + 1 month is 28 February
/// (29 in a leap year), and 29 February + 12 months is 28 February.
Date add_months(Date day, int months);

/// `days` days after (or before) `day`.
Date add_days(Date day, int days);

} // namespace bolwerk
