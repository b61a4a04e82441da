#include "common/calendar.hpp"

namespace bolwerk {

Date last_day_of_month(std::chrono::year_month month)
{
    return std::chrono::sys_days{std::chrono::year_month_day_last{month.year(), month.month() / std::chrono::last}};
}

Date add_months(Date day, int months)
{
    std::chrono::year_month_day const date{day};
    auto const target = date.year() / date.month() + std::chrono::months{months};
    auto const last = last_day_of_month(target);
    std::chrono::year_month_day const same_day{target.year(), target.month(), date.day()};
    // A day past the end of the target month is clamped to its last day.
    if (!same_day.ok())
        return last;
    return std::chrono::sys_days{same_day};
}

Date add_days(Date day, int days) { return day + std::chrono::days{days}; }

} // namespace bolwerk
