#include "app/vvt/demo_scope.hpp"

#include "app/vvt/vvt_service.hpp"

namespace bolwerk::app {

Result<std::string> set_up_demo_scope(
    store::Database& database, Actor const& actor, Clock const& clock, OrganisationId organisation)
{
    auto service = TRY(VvtService::create(database, clock));
    if (TRY(service.scope(actor, organisation)).version != 0)
        return std::string("the demo ISMS scope exists already");
    domain::vvt::IsmsScope const scope{.statement
        = "Het ISMS omvat alle processen, informatiesystemen en locaties van de gemeente Voorbeeld, met "
          "uitzondering van het sportbedrijf.",
        .processes = {{"Burgerzaken", "Paspoorten, rijbewijzen en de BRP"},
            {"Belastingen", "WOZ-waardering, heffing en invordering"},
            {"Sociaal domein", "Wmo, Jeugdwet en Participatiewet"}, {"Vergunningen", "Omgevingswet"}},
        .information_systems = {{"Zaaksysteem", "Zaakgericht werken"}, {"Burgerzakensysteem", "BRP-bijhouding"},
            {"Financieel systeem", "Boekhouding en betalingen"}},
        .locations = {{"Stadskantoor", "Markt 1"}, {"Rekencentrum", "Uitbesteed aan de ICT-samenwerking"}},
        .interfaces = {{"BRP-koppeling", "Met RvIG via Digikoppeling"}, {"DigiD", "Inloggen van inwoners"}},
        .exclusions = {{"Sportbedrijf", "Eigen rechtspersoon met een eigen ISMS"}}};
    TRY(service.set_scope(actor, organisation, scope, 0));
    return std::string("described the demo ISMS scope (4 processes, 3 systems, 1 exclusion)");
}

} // namespace bolwerk::app
