#include "app/demo.hpp"

#include "app/account_service.hpp"
#include "app/assessment/demo_assessment.hpp"
#include "app/credentials.hpp"
#include "app/demo_catalog.hpp"
#include "app/evidence/demo_evidence.hpp"
#include "app/incident/incident_demo.hpp"
#include "app/organisation_service.hpp"
#include "app/risk/risk_demo.hpp"
#include "app/supplier/supplier_demo.hpp"
#include "app/vvt/demo_scope.hpp"
#include "store/database.hpp"
#include "store/organisation_repository.hpp"

#include <array>

namespace bolwerk::app {

namespace {

constexpr std::string_view demo_name = "Gemeente Voorbeeld";
constexpr std::string_view second_name = "Waterschap Voorbeeld";
constexpr std::size_t password_groups = 4; // 19 characters, about 80 bits

struct DemoAccount {
    std::string_view email;
    std::string_view display_name;
    domain::Role role;
    bool in_second_organisation;
};

constexpr std::array demo_accounts{
    DemoAccount{"beheerder@voorbeeld.example", "Bea Beheerder", domain::Role::Beheerder, true},
    DemoAccount{"auditor@voorbeeld.example", "Aad Auditor", domain::Role::Auditor, false},
    DemoAccount{"medewerker@voorbeeld.example", "Mila Medewerker", domain::Role::Medewerker, true},
    // Issue 6: who registers risks and who accepts them for the board.
    DemoAccount{"ciso@voorbeeld.example", "Cor Ciso", domain::Role::Ciso, false},
    DemoAccount{"bestuurder@voorbeeld.example", "Bert Bestuurder", domain::Role::Bestuurder, false},
};

Result<DemoCredential> create_account(AccountService& accounts, Actor const& actor, DemoAccount const& account,
    OrganisationId first, OrganisationId second)
{
    auto const password = random_readable_secret(password_groups);
    auto const user = TRY(accounts.create_user(actor,
        {.email = std::string(account.email),
            .display_name = std::string(account.display_name),
            .password = password,
            .membership = domain::Membership{first, account.role}}));
    std::string roles = std::string(domain::to_string(account.role)) + " (" + std::string(demo_name);
    if (account.in_second_organisation) {
        TRY(accounts.grant_role(actor, user.id, {second, account.role}));
        roles += ", " + std::string(second_name);
    }
    return DemoCredential{std::string(account.email), password, roles + ")"};
}

} // namespace

Result<DemoReport> set_up_demo(
    store::Database& database, Actor const& actor, Clock const& clock, DemoOptions const& options)
{
    OrganisationService organisations(database, clock);
    DemoReport report;
    bool exists = false;
    {
        auto connection = TRY(database.acquire());
        if (auto existing = TRY(store::OrganisationRepository::find_by_name(*connection, demo_name))) {
            report.organisation = std::move(*existing);
            exists = true;
            report.steps.push_back("demo organisation '" + std::string(demo_name) + "' already exists (id "
                + report.organisation.id.to_string() + ")");
        }
    }
    if (exists) {
        // A demo made before the risk picture existed gets it now; otherwise nothing changes.
        auto const risk_step = TRY(set_up_risk_demo(database, actor, clock, report.organisation.id));
        // Issue #14: a demo made before the supplier register existed gets it now.
        auto const supplier_step = TRY(set_up_supplier_demo(database, actor, clock, report.organisation.id));
        for (auto const& step : {risk_step, supplier_step}) {
            if (step)
                report.steps.push_back(*step);
        }
        if (!risk_step && !supplier_step)
            report.steps.push_back("nothing changed");
        report.steps.push_back(TRY(import_demo_catalog(database, actor, clock, options.catalog_sources)));
        return report;
    }
    report.organisation = TRY(organisations.create(actor, {.name = std::string(demo_name), .kind = "gemeente"}));
    auto const second = TRY(organisations.create(actor, {.name = std::string(second_name), .kind = "waterschap"}));
    report.created = true;
    report.steps.push_back(TRY(import_demo_catalog(database, actor, clock, options.catalog_sources)));
    report.steps.push_back("created demo organisations '" + std::string(demo_name) + "' (id "
        + report.organisation.id.to_string() + ") and '" + std::string(second_name) + "' (id " + second.id.to_string()
        + ")");
    domain::CommonPasswords const none;
    AccountService accounts(database, clock, none);
    for (auto const& account : demo_accounts)
        report.credentials.push_back(TRY(create_account(accounts, actor, account, report.organisation.id, second.id)));
    report.steps.push_back(
        "created " + std::to_string(report.credentials.size()) + " demo accounts with generated passwords");
    report.steps.push_back(TRY(set_up_demo_assessment(database, actor, clock, report.organisation.id)));
    if (auto const step = TRY(set_up_risk_demo(database, actor, clock, report.organisation.id)))
        report.steps.push_back(*step);
    report.steps.push_back(TRY(set_up_demo_scope(database, actor, clock, report.organisation.id)));
    if (auto const step = TRY(set_up_demo_evidence(database, actor, clock, report.organisation.id)))
        report.steps.push_back(*step);
    if (auto const step = TRY(set_up_supplier_demo(database, actor, clock, report.organisation.id)))
        report.steps.push_back(*step);
    // Issue #15 item 9.
    report.steps.push_back(TRY(set_up_incident_demo(database, actor, clock, report.organisation.id)));
    return report;
}

} // namespace bolwerk::app
