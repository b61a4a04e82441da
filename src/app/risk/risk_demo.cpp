#include "app/risk/risk_demo.hpp"

#include "app/risk/risk_service.hpp"

#include <array>
#include <map>
#include <vector>

namespace bolwerk::app {

namespace {

using domain::CiaLevel;
using domain::Treatment;

struct DemoSystem {
    std::string_view key;
    std::string_view name;
    std::string_view owner;
    std::string_view description;
    domain::Cia classification;
    bool internet_facing;
    bool operational_technology;
    bool cloud;
    bool critical;
    std::array<std::string_view, 3> depends_on; ///< Keys of earlier systems; empty ones are unused.
};

constexpr CiaLevel low = CiaLevel::Laag;
constexpr CiaLevel mid = CiaLevel::Midden;
constexpr CiaLevel high = CiaLevel::Hoog;

// Listed so that every system depends only on systems above it. The database
// cluster is classified low itself and inherits high from what runs on it.
constexpr std::array demo_systems{
    DemoSystem{"db", "Databasecluster", "Teamleider Infrastructuur",
        "Gedeelde databaseservers in het eigen datacentrum.", {low, low, low}, false, false, false, false, {}},
    DemoSystem{"iam", "Identiteits- en toegangsbeheer", "Teamleider Infrastructuur",
        "Accounts, groepen en meerfactorauthenticatie voor medewerkers.", {high, high, mid}, false, false, true, true,
        {}},
    DemoSystem{"dms", "Documentmanagementsysteem", "Afdelingshoofd Informatievoorziening",
        "Archief en dossiers van de gemeente.", {mid, high, high}, false, false, false, false, {"db", "iam"}},
    DemoSystem{"zaak", "Zaaksysteem", "Afdelingshoofd Publiekszaken",
        "Behandeling van aanvragen, vergunningen en meldingen.", {mid, high, high}, false, false, false, true,
        {"db", "dms", "iam"}},
    DemoSystem{"brp", "Basisregistratie Personen", "Afdelingshoofd Publiekszaken",
        "Persoonsgegevens van inwoners (BRP).", {high, high, high}, false, false, false, true, {"db", "iam"}},
    DemoSystem{"portaal", "Mijn Gemeente-portaal", "Afdelingshoofd Dienstverlening",
        "Digitale dienstverlening aan inwoners met DigiD.", {high, high, high}, true, false, true, true,
        {"zaak", "brp", "iam"}},
    DemoSystem{"website", "Gemeentelijke website", "Teamleider Communicatie", "Publieksinformatie.", {mid, mid, low},
        true, false, true, false, {}},
    DemoSystem{"verkeer", "Verkeersregelinstallaties", "Teamleider Openbare Ruimte",
        "Besturing van verkeerslichten en beweegbare bruggen.", {high, high, low}, false, true, false, true, {"iam"}},
};

struct DemoRisk {
    std::string_view title;
    std::string_view threat;
    std::string_view vulnerability;
    std::string_view owner;
    std::array<std::string_view, 2> systems;
    int likelihood;
    std::array<std::pair<std::string_view, int>, 2> impacts; ///< Area code and impact; empty codes are unused.
    std::array<std::string_view, 2> controls;
    Treatment treatment;
    std::string_view measure; ///< Empty: none planned.
    int residual_likelihood; ///< 0: not assessed yet.
    int residual_impact;
    int review_in_days; ///< Relative to today; negative is overdue.
};

constexpr std::array demo_risks{
    DemoRisk{"Ransomware versleutelt het zaaksysteem", "Criminelen met ransomware", "Ongepatchte servers",
        "Afdelingshoofd Publiekszaken", {"zaak", "db"}, 4, {{{"financieel", 4}, {"vertrouwen", 5}}}, {"8.7", "8.13"},
        Treatment::Reduce, "Offline back-ups en hersteltest per kwartaal", 3, 4, 90},
    DemoRisk{"Datalek uit de Basisregistratie Personen", "Misbruik door een medewerker", "Te ruime leesrechten",
        "Afdelingshoofd Publiekszaken", {"brp", ""}, 3, {{{"vertrouwen", 5}, {"politiek", 4}}}, {"5.15", "5.18.01"},
        Treatment::Reduce, "Kwartaalreview van autorisaties", 2, 5, 120},
    DemoRisk{"Uitval van het Mijn Gemeente-portaal", "DDoS-aanval", "Geen scrubbingdienst",
        "Afdelingshoofd Dienstverlening", {"portaal", ""}, 4, {{{"imago", 4}, {"vertrouwen", 3}}}, {"8.20", ""},
        Treatment::Transfer, "", 3, 4, 180},
    DemoRisk{"Phishing leidt tot overgenomen accounts", "Phishingcampagne", "Nog niet overal MFA",
        "Teamleider Infrastructuur", {"iam", ""}, 4, {{{"financieel", 3}, {"sturing", 4}}}, {"5.17", "8.5"},
        Treatment::Reduce, "MFA voor alle medewerkers", 2, 3, 60},
    DemoRisk{"Verkeerslichten op afstand gemanipuleerd", "Aanval op OT-netwerk",
        "OT niet gescheiden van kantoornetwerk", "Teamleider Openbare Ruimte", {"verkeer", ""}, 2,
        {{{"politiek", 5}, {"vertrouwen", 5}}}, {"8.22", ""}, Treatment::Reduce, "Netwerksegmentatie OT", 0, 0, 30},
    DemoRisk{"Defacement van de gemeentelijke website", "Hacktivisten", "Verouderde CMS-plug-ins",
        "Teamleider Communicatie", {"website", ""}, 3, {{{"imago", 3}, {"", 0}}}, {"8.8", ""}, Treatment::Accept, "", 3,
        3, 200},
    DemoRisk{"Verlies van dossiers door fout in het DMS", "Softwarefout bij migratie", "Geen integriteitscontrole",
        "Afdelingshoofd Informatievoorziening", {"dms", ""}, 2, {{{"sturing", 3}, {"financieel", 2}}}, {"8.13", ""},
        Treatment::Accept, "", 2, 3, 150},
    DemoRisk{"Leverancier zaaksysteem gaat failliet", "Faillissement leverancier", "Geen escrow-regeling",
        "Afdelingshoofd Publiekszaken", {"zaak", ""}, 1, {{{"financieel", 4}, {"sturing", 4}}}, {"5.19", ""},
        Treatment::Transfer, "", 1, 3, 365},
    DemoRisk{"Stroomuitval in het eigen datacentrum", "Stroomstoring", "Noodstroom niet getest",
        "Teamleider Infrastructuur", {"db", ""}, 2, {{{"sturing", 4}, {"", 0}}}, {"7.11", ""}, Treatment::Reduce,
        "Jaarlijkse test van de noodstroom", 1, 4, -14},
    DemoRisk{"Onbevoegde toegang tot de serverruimte", "Inbraak", "Sleutelbeheer op papier", "Teamleider Facilitair",
        {"db", ""}, 2, {{{"financieel", 3}, {"", 0}}}, {"7.2", ""}, Treatment::Reduce, "Toegangspassen met logging", 1,
        3, 240},
    DemoRisk{"Gegevens inwoners per ongeluk gemaild", "Menselijke fout", "Geen DLP-controle op e-mail",
        "Afdelingshoofd Dienstverlening", {"zaak", ""}, 3, {{{"vertrouwen", 3}, {"", 0}}}, {"8.12", ""},
        Treatment::Accept, "", 3, 3, 300},
    DemoRisk{"Cloudopslag van de website publiek leesbaar", "Verkeerde configuratie", "Geen configuratiecontrole",
        "Teamleider Communicatie", {"website", ""}, 2, {{{"imago", 2}, {"", 0}}}, {"5.23", ""}, Treatment::Accept, "",
        2, 2, 250},
    DemoRisk{"Verouderde besturingssoftware verkeersregelinstallaties", "Misbruik van bekende kwetsbaarheden",
        "Leverancier levert geen updates meer", "Teamleider Openbare Ruimte", {"verkeer", ""}, 3,
        {{{"politiek", 3}, {"", 0}}}, {"8.8", ""}, Treatment::Avoid, "", 1, 2, 180},
    DemoRisk{"Misbruik van beheeraccounts", "Kwaadwillende beheerder", "Gedeelde beheeraccounts",
        "Teamleider Infrastructuur", {"iam", "db"}, 2, {{{"sturing", 5}, {"", 0}}}, {"8.2", "5.18"}, Treatment::Reduce,
        "Persoonlijke beheeraccounts en vierogenprincipe", 1, 4, 90},
    DemoRisk{"Back-ups niet terug te zetten", "Defecte back-upsoftware", "Herstel nooit getest",
        "Teamleider Infrastructuur", {"db", "dms"}, 2, {{{"financieel", 4}, {"", 0}}}, {"8.13", ""}, Treatment::Reduce,
        "Hersteltest per kwartaal", 0, 0, 60},
    DemoRisk{"Storing DigiD-koppeling", "Storing bij Logius", "Geen alternatief inlogmiddel",
        "Afdelingshoofd Dienstverlening", {"portaal", ""}, 3, {{{"imago", 2}, {"", 0}}}, {"5.30", ""},
        Treatment::Accept, "", 3, 2, 210},
    DemoRisk{"Verkeerde besluiten door onjuiste zaakgegevens", "Invoerfouten", "Geen validatie bij invoer",
        "Afdelingshoofd Publiekszaken", {"zaak", ""}, 3, {{{"politiek", 2}, {"", 0}}}, {"8.28", ""}, Treatment::Reduce,
        "Invoercontroles in het zaaksysteem", 2, 2, 160},
    DemoRisk{"Laptop met dossiers gestolen", "Diefstal", "Schijfversleuteling niet overal aan",
        "Afdelingshoofd Informatievoorziening", {"dms", ""}, 2, {{{"vertrouwen", 3}, {"", 0}}}, {"8.1", ""},
        Treatment::Reduce, "Versleuteling afdwingen via beheer", 1, 2, 140},
    DemoRisk{"Gebrek aan securitykennis bij nieuwe medewerkers", "Onbewust onveilig gedrag", "Geen introductietraining",
        "Afdelingshoofd Dienstverlening", {"", ""}, 3, {{{"motivatie", 2}, {"", 0}}}, {"6.3", ""}, Treatment::Reduce,
        "E-learning bij indiensttreding", 2, 2, 100},
    DemoRisk{"Wegvallen van de internetverbinding", "Storing bij de provider", "Eén provider zonder uitwijk",
        "Teamleider Infrastructuur", {"portaal", "website"}, 2, {{{"imago", 3}, {"", 0}}}, {"8.14", ""},
        Treatment::Avoid, "", 1, 3, 270},
};

domain::RiskDraft draft_of(
    DemoRisk const& risk, std::map<std::string_view, InformationSystemId> const& systems, Date today)
{
    domain::RiskDraft draft;
    draft.title = std::string(risk.title);
    draft.threat = std::string(risk.threat);
    draft.vulnerability = std::string(risk.vulnerability);
    draft.owner = std::string(risk.owner);
    for (auto const key : risk.systems) {
        if (!key.empty())
            draft.systems.push_back(systems.at(key));
    }
    draft.inherent_likelihood = risk.likelihood;
    for (auto const& [area, impact] : risk.impacts) {
        if (!area.empty())
            draft.inherent_impacts.push_back({std::string(area), impact});
    }
    for (auto const control : risk.controls) {
        if (!control.empty())
            draft.existing_controls.emplace_back(control);
    }
    draft.treatment = risk.treatment;
    if (!risk.measure.empty())
        draft.planned_measures.push_back(
            {std::string(risk.measure), std::string(risk.owner), today + std::chrono::days(60), false});
    if (risk.residual_likelihood > 0) {
        draft.residual_likelihood = risk.residual_likelihood;
        draft.residual_impact = risk.residual_impact;
    }
    draft.review_due = today + std::chrono::days(risk.review_in_days);
    return draft;
}

} // namespace

Result<std::optional<std::string>> set_up_risk_demo(
    store::Database& database, Actor const& actor, Clock const& clock, OrganisationId organisation)
{
    RiskService service(database, clock);
    if (!TRY(service.list_systems(actor, organisation)).empty())
        return std::optional<std::string>();
    Date const today = std::chrono::floor<std::chrono::days>(clock.now());
    // The default methodology, stored as version 1 so that the methodology page shows
    // who set it and when.
    TRY(service.set_methodology(actor, organisation, domain::RiskMethodology::standard()));
    std::map<std::string_view, InformationSystemId> systems;
    for (auto const& system : demo_systems) {
        domain::InformationSystemDraft draft;
        draft.name = std::string(system.name);
        draft.owner = std::string(system.owner);
        draft.description = std::string(system.description);
        draft.classification = system.classification;
        draft.internet_facing = system.internet_facing;
        draft.operational_technology = system.operational_technology;
        draft.cloud = system.cloud;
        draft.critical_for_service_delivery = system.critical;
        for (auto const key : system.depends_on) {
            if (!key.empty())
                draft.depends_on.push_back(systems.at(key));
        }
        systems.emplace(system.key, TRY(service.create_system(actor, organisation, draft)).id);
    }
    std::map<std::string_view, RiskId> risks;
    for (auto const& risk : demo_risks)
        risks.emplace(risk.title, TRY(service.register_risk(actor, organisation, draft_of(risk, systems, today))).id);

    // Acceptances: a "hoog" residual risk by the board, "midden" ones by process owners
    // (one of them about to expire).
    struct DemoAcceptance {
        std::string_view risk;
        std::string_view by;
        domain::AcceptanceAuthority authority;
        int valid_days;
        std::string_view reason;
    };
    std::array const acceptances{
        DemoAcceptance{"Uitval van het Mijn Gemeente-portaal", "Burgemeester A. de Vries",
            domain::AcceptanceAuthority::Board, 180,
            "Een scrubbingdienst kost meer dan de verwachte schade; de verzekering dekt de rest."},
        DemoAcceptance{"Defacement van de gemeentelijke website", "Burgemeester A. de Vries",
            domain::AcceptanceAuthority::Board, 30,
            "De website bevat alleen publieke informatie; herstel uit back-up kan binnen een uur."},
        DemoAcceptance{"Verlies van dossiers door fout in het DMS", "P. Jansen, afdelingshoofd",
            domain::AcceptanceAuthority::ProcessOwner, 365,
            "Dossiers staan ook in het e-depot; het restrisico past binnen de bereidheid."},
        DemoAcceptance{"Storing DigiD-koppeling", "M. Bakker, afdelingshoofd",
            domain::AcceptanceAuthority::ProcessOwner, 200,
            "Inwoners kunnen bij een storing aan de balie terecht; dat is voldoende."},
    };
    for (auto const& acceptance : acceptances) {
        domain::AcceptanceRequest request{std::string(acceptance.by), acceptance.authority, today,
            today + std::chrono::days(acceptance.valid_days), std::string(acceptance.reason)};
        TRY(service.accept_risk(actor, organisation, risks.at(acceptance.risk), request));
    }

    domain::RiskAnalysis quickscan;
    quickscan.organisation_id = organisation;
    quickscan.kind = domain::RiskAnalysisKind::Quickscan;
    quickscan.system = systems.at("portaal");
    quickscan.held_on = today - std::chrono::days(40);
    quickscan.participants = {"CISO", "Afdelingshoofd Dienstverlening", "Privacy officer"};
    quickscan.status = domain::RiskAnalysisStatus::Completed;
    quickscan.summary = "De baseline volstaat niet: aanvullende risicoanalyse voor DDoS en DigiD.";
    TRY(service.record_analysis(actor, quickscan));
    domain::RiskAnalysis full;
    full.organisation_id = organisation;
    full.kind = domain::RiskAnalysisKind::Full;
    full.system = systems.at("zaak");
    full.held_on = today - std::chrono::days(10);
    full.participants = {"CISO", "Afdelingshoofd Publiekszaken", "Functioneel beheer", "Leverancier"};
    full.status = domain::RiskAnalysisStatus::InProgress;
    full.summary = "Volledige risicoanalyse van het zaaksysteem na de migratie naar de nieuwe versie.";
    TRY(service.record_analysis(actor, full));
    return std::optional<std::string>("created the risk picture: " + std::to_string(demo_systems.size())
        + " information systems, " + std::to_string(demo_risks.size()) + " risks, " + std::to_string(acceptances.size())
        + " acceptances (two by the board), 1 overdue review, a quickscan and" + " a full risk analysis");
}

} // namespace bolwerk::app
