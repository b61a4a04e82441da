#include "app/incident/incident_demo.hpp"

#include "app/incident/incident_service.hpp"

namespace bolwerk::app {

namespace {

using namespace domain::incident;
using namespace std::chrono_literals;

struct DemoIncident {
    std::string_view title;
    std::string_view description;
    IncidentType type;
    Severity severity;
    std::chrono::hours aware_ago;
};

// Reports the incident, moves its moment of awareness into the past and classifies it.
Result<Incident> report_in_past(
    IncidentService& service, Actor const& actor, OrganisationId organisation, DemoIncident const& demo, Timestamp now)
{
    auto const aware_at = now - demo.aware_ago;
    IncidentReport report;
    report.title = std::string(demo.title);
    report.description = std::string(demo.description);
    report.noticed_at = aware_at - 1h;
    report.reporter_contact = "Servicedesk, 030-1234567";
    auto const incident = TRY(service.report(actor, organisation, report));
    IncidentClassifying change;
    change.classification.type = demo.type;
    change.classification.severity = demo.severity;
    change.aware_at = aware_at;
    change.process_owner = "Afdelingshoofd Publiekszaken";
    return service.classify(actor, organisation, incident.id, change);
}

Result<void> decide(IncidentService& service, Actor const& actor, Incident const& incident, SignificanceOutcome outcome,
    std::vector<std::string> criteria, std::string reasons)
{
    SignificanceDecision decision;
    decision.outcome = outcome;
    decision.criteria_met = std::move(criteria);
    decision.reasons = std::move(reasons);
    TRY(service.decide(actor, incident.organisation_id, incident.id, decision));
    return ok();
}

Result<void> send(IncidentService& service, Actor const& actor, Incident const& incident, ReportKind kind,
    std::chrono::hours after_awareness)
{
    ReportSending sending;
    sending.kind = kind;
    sending.recipient = {RecipientKind::Csirt, "CSIRT Gemeenten (IBD)", "https://www.informatiebeveiligingsdienst.nl"};
    sending.channel = "portaal";
    sending.sent_at = incident.aware_at + after_awareness;
    sending.contact = "Cor Ciso, 030-7654321";
    sending.facts.impact = "Aanvragen bij Burgerzaken konden niet worden verwerkt.";
    sending.facts.measures_taken = {"Getroffen servers losgekoppeld; herstel uit de offline back-up."};
    TRY(service.mark_sent(actor, incident.organisation_id, incident.id, sending));
    return ok();
}

} // namespace

Result<std::string> set_up_incident_demo(
    store::Database& database, Actor const& actor, Clock const& clock, OrganisationId organisation)
{
    IncidentService service(database, clock);
    auto const now = clock.now();
    auto const ransomware = TRY(report_in_past(service, actor, organisation,
        {"Ransomware op de fileserver", "Bestanden op de afdelingsschijf kregen de extensie .lock; losgeldbericht.",
            IncidentType::Ransomware, Severity::Critical, 144h},
        now));
    TRY(decide(service, actor, ransomware, SignificanceOutcome::Reportable, {"operational_disruption"},
        "Burgerzaken kon een dag lang geen aanvragen verwerken: ernstige verstoring van de dienstverlening."));
    TRY(send(service, actor, ransomware, ReportKind::EarlyWarning, 20h));
    TRY(send(service, actor, ransomware, ReportKind::Notification, 60h));
    auto const phishing = TRY(report_in_past(service, actor, organisation,
        {"Phishingmail over een factuur", "Een medewerker meldde een verdachte mail; de link is niet aangeklikt.",
            IncidentType::Phishing, Severity::Low, 72h},
        now));
    TRY(decide(service, actor, phishing, SignificanceOutcome::NotReportable, {},
        "Niemand klikte op de link en er is geen verstoring of schade: niet significant."));
    auto const outage = TRY(report_in_past(service, actor, organisation,
        {"Storing in het zaaksysteem na een inlogpoging", "Ongebruikelijke inlogpogingen en daarna een storing.",
            IncidentType::UnauthorisedAccess, Severity::High, 30h},
        now));
    TRY(decide(service, actor, outage, SignificanceOutcome::Reportable, {"operational_disruption"},
        "Het zaaksysteem is voor alle afdelingen onbereikbaar."));
    TRY(send(service, actor, outage, ReportKind::EarlyWarning, 10h));
    return std::string("registered 3 demo incidents: one reported on time, one not reportable, one with its 72-hour "
                       "notification clock running");
}

} // namespace bolwerk::app
