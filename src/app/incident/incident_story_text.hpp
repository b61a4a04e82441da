#pragma once

#include "domain/incident/sent_report.hpp"
#include "domain/incident/significance.hpp"

#include <string>
#include <vector>

// The sentences Bolwerk itself writes on an incident's timeline when a handler changes
// the status, the classification, decides on significance or sends a report. The
// timeline is the organisation's record, kept for years (BIO2 5.28.01), so these are
// stored as written, in Dutch (the language of the register), with times in Dutch time.
namespace bolwerk::app {

std::string status_change_text(domain::incident::IncidentStatus from, domain::incident::IncidentStatus to);
/// What changed between `before` and `after`: type, severity, personal data, systems,
/// services, process owner, the moment of becoming aware.
std::string classification_text(domain::incident::Incident const& before, domain::incident::Incident const& after);
std::string decision_text(domain::incident::SignificanceDecision const& decision,
    std::vector<domain::incident::SignificanceCriterion> const& criteria);
std::string sent_report_text(domain::incident::SentReport const& report);

} // namespace bolwerk::app
