#include "domain/governance/awareness.hpp"

#include "common/calendar.hpp"

namespace bolwerk::domain::governance {

AwarenessFigures awareness_figures(std::vector<TrainingRecord> const& records, Date today)
{
    AwarenessFigures figures;
    for (auto const& record : records) {
        ++figures.people;
        Date const deadline = add_months(record.hired_on, awareness_window_months);
        bool const closed = today > deadline;
        figures.window_closed += closed ? 1 : 0;
        if (record.completed_on) {
            bool const in_time = *record.completed_on <= deadline;
            (in_time ? figures.trained_in_time : figures.trained_late) += 1;
            figures.in_time.part += in_time && closed ? 1 : 0;
        } else if (closed) {
            ++figures.overdue;
            figures.overdue_people.push_back(record.person);
        } else {
            ++figures.pending;
        }
    }
    figures.in_time.whole = figures.window_closed;
    return figures;
}

} // namespace bolwerk::domain::governance
