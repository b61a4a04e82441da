#include "app/demo.hpp"

#include "app/organisation_service.hpp"
#include "store/database.hpp"
#include "store/organisation_repository.hpp"

namespace bolwerk::app {

namespace {

constexpr std::string_view demo_name = "Gemeente Voorbeeld";

} // namespace

Result<DemoReport> set_up_demo(store::Database& database, Actor const& actor, Clock const& clock)
{
    OrganisationService organisations(database, clock);
    DemoReport report;
    {
        auto connection = TRY(database.acquire());
        if (auto existing = TRY(store::OrganisationRepository::find_by_name(*connection, demo_name))) {
            report.organisation = std::move(*existing);
            report.steps.push_back("demo organisation '" + std::string(demo_name) + "' already exists (id "
                + report.organisation.id.to_string() + "); nothing changed");
            return report;
        }
    }
    report.organisation = TRY(organisations.create(actor, {.name = std::string(demo_name), .kind = "gemeente"}));
    report.created = true;
    report.steps.push_back("created demo organisation '" + std::string(demo_name) + "' (id "
        + report.organisation.id.to_string() + ", kind gemeente)");
    return report;
}

} // namespace bolwerk::app
