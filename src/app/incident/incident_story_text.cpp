#include "app/incident/incident_story_text.hpp"

#include "common/local_time_format.hpp"

namespace bolwerk::app {

namespace {

using namespace domain::incident;

std::string status_label(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::New: return "nieuw";
    case IncidentStatus::InProgress: return "in behandeling";
    case IncidentStatus::Contained: return "ingedamd";
    case IncidentStatus::Resolved: return "opgelost";
    case IncidentStatus::Closed: return "gesloten";
    }
    return "?";
}

std::string report_label(ReportKind kind)
{
    switch (kind) {
    case ReportKind::EarlyWarning: return "Vroegtijdige waarschuwing";
    case ReportKind::Notification: return "Incidentmelding";
    case ReportKind::InterimReport: return "Tussentijds verslag";
    case ReportKind::ProgressReport: return "Voortgangsverslag";
    case ReportKind::FinalReport: return "Eindverslag";
    case ReportKind::DataBreachNotification: return "Melding datalek aan de AP";
    }
    return "?";
}

std::string yes_no(bool flag) { return flag ? "ja" : "nee"; }

std::string joined(std::vector<std::string> const& items)
{
    std::string text;
    for (auto const& item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text.empty() ? "geen" : text;
}

std::string systems_text(Classification const& classification)
{
    std::vector<std::string> ids;
    for (auto const system : classification.systems)
        ids.push_back("#" + system.to_string());
    return joined(ids);
}

} // namespace

std::string status_change_text(IncidentStatus from, IncidentStatus to)
{
    return "Status gewijzigd van " + status_label(from) + " naar " + status_label(to) + ".";
}

std::string classification_text(Incident const& before, Incident const& after)
{
    auto const& was = before.classification;
    auto const& now = after.classification;
    std::string text = "Classificatie: soort " + std::string(to_string(now.type)) + ", ernst "
        + std::string(to_string(now.severity)) + ", persoonsgegevens " + yes_no(now.personal_data) + ", systemen "
        + systems_text(now) + ".";
    if (was.personal_data != now.personal_data)
        text += " Persoonsgegevens gewijzigd van " + yes_no(was.personal_data) + " naar " + yes_no(now.personal_data)
            + ".";
    if (was.services != now.services)
        text += " Diensten: " + joined(now.services) + ".";
    if (before.process_owner != after.process_owner)
        text += " Proceseigenaar: " + (after.process_owner.empty() ? "geen" : after.process_owner) + ".";
    if (before.aware_at != after.aware_at)
        text += " Moment van bewust worden gewijzigd naar "
            + format_local_date_time(after.aware_at, Language::Dutch, ZoneLabel::Abbreviation)
            + "; alle termijnen lopen vanaf dat moment.";
    return text;
}

std::string decision_text(SignificanceDecision const& decision, std::vector<SignificanceCriterion> const& criteria)
{
    std::vector<std::string> met;
    for (auto const& code : decision.criteria_met) {
        for (auto const& criterion : criteria) {
            if (criterion.code == code)
                met.push_back(criterion.label_nl);
        }
    }
    auto const regime = decision.regime == ReportingRegime::Cbw ? "Cbw" : "AVG";
    auto const outcome
        = decision.outcome == SignificanceOutcome::Reportable ? "meldingsplichtig" : "niet meldingsplichtig";
    std::string text = std::string("Significantietoets (") + regime + "): " + outcome + ".";
    if (!met.empty())
        text += " Criteria: " + joined(met) + ".";
    return text + " Motivering: " + decision.reasons;
}

std::string sent_report_text(SentReport const& report)
{
    std::string text = report_label(report.kind) + " verzonden aan " + report.recipient.name + " via " + report.channel
        + " (SHA-256 " + report.digest + ").";
    if (!report.late_reason.empty())
        text += " Reden van te laat: " + report.late_reason;
    return text;
}

} // namespace bolwerk::app
