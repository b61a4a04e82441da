#include "app/authorisation.hpp"

#include <gtest/gtest.h>

namespace bolwerk::app {
namespace {

using domain::Role;

// The role matrix, written out: every role × every organisation permission.
struct Expectation {
    Role role;
    std::vector<Permission> allowed;
};

std::vector<Expectation> const matrix{
    {Role::Beheerder,
        {Permission::OrganisationRead, Permission::OrganisationUpdate, Permission::AuditTrailRead,
            Permission::MemberRead, Permission::MemberManage, Permission::ApiTokenManage, Permission::RiskRead,
            Permission::CatalogRead, Permission::AssessmentRead, Permission::AssessmentWrite,
            Permission::AssessmentContribute, Permission::AssessmentFreeze, Permission::EvidenceRead,
            Permission::EvidenceWrite, Permission::VvtManage, Permission::VvtPublish,
            /* issue #14 */ Permission::SupplierRead, Permission::SupplierWrite}},
    {Role::Ciso,
        {Permission::OrganisationRead, Permission::OrganisationUpdate, Permission::AuditTrailRead,
            Permission::MemberRead, Permission::RiskRead, Permission::RiskWrite, Permission::RiskMethodologyWrite,
            Permission::CatalogRead, Permission::AssessmentRead, Permission::AssessmentWrite,
            Permission::AssessmentContribute, Permission::AssessmentFreeze, Permission::EvidenceRead,
            Permission::EvidenceWrite, Permission::VvtManage, Permission::VvtPublish,
            /* issue #14 */ Permission::SupplierRead, Permission::SupplierWrite}},
    {Role::Bestuurder,
        {Permission::OrganisationRead, Permission::RiskRead, Permission::RiskAccept, Permission::CatalogRead,
            Permission::AssessmentRead, Permission::EvidenceRead, Permission::VvtApprove,
            /* issue #14 */ Permission::SupplierRead, Permission::ContractDeviate}},
    {Role::Lijnmanager,
        {Permission::OrganisationRead, Permission::RiskRead, Permission::RiskWrite, Permission::RiskAccept,
            Permission::CatalogRead, Permission::AssessmentRead, Permission::AssessmentContribute,
            Permission::EvidenceRead, Permission::EvidenceWrite,
            /* issue #14 */ Permission::SupplierRead, Permission::SupplierWrite, Permission::ContractDeviate}},
    {Role::Medewerker,
        {Permission::OrganisationRead, Permission::CatalogRead, Permission::AssessmentRead,
            Permission::AssessmentContribute, Permission::EvidenceRead, Permission::EvidenceWrite}},
    {Role::Auditor,
        {Permission::OrganisationRead, Permission::AuditTrailRead, Permission::MemberRead, Permission::RiskRead,
            Permission::CatalogRead, Permission::AssessmentRead, Permission::EvidenceRead,
            /* issue #14 */ Permission::SupplierRead}},
    {Role::Leverancier, {Permission::CatalogRead}},
};

// Incidents (issue #15): every member reports; handlers and readers as the matrix says.
std::vector<Expectation> const incident_matrix{
    {Role::Beheerder, {Permission::IncidentReport}},
    {Role::Ciso, {Permission::IncidentReport, Permission::IncidentRead, Permission::IncidentHandle}},
    {Role::Bestuurder, {Permission::IncidentReport, Permission::IncidentRead}},
    {Role::Lijnmanager, {Permission::IncidentReport, Permission::IncidentRead, Permission::IncidentHandle}},
    {Role::Medewerker, {Permission::IncidentReport}},
    {Role::Auditor, {Permission::IncidentReport, Permission::IncidentRead}},
    {Role::Leverancier, {}},
};

// Whether the written-out matrices allow `permission` to `role`.
bool allowed_in_matrix(Role role, Permission permission)
{
    for (auto const* table : {&matrix, &incident_matrix}) {
        for (auto const& row : *table) {
            if (row.role == role && std::find(row.allowed.begin(), row.allowed.end(), permission) != row.allowed.end())
                return true;
        }
    }
    return false;
}

TEST(Authorise, RoleMatrixInOwnOrganisation)
{
    OrganisationId const own(1);
    for (auto const& row : matrix) {
        auto const actor = Actor::user(UserId(7), {{own, row.role}});
        for (auto const permission : all_permissions()) {
            bool const expected = allowed_in_matrix(row.role, permission);
            auto const result = authorise(actor, permission, own);
            EXPECT_EQ(result.has_value(), expected) << domain::to_string(row.role) << " " << to_string(permission);
            if (!result) {
                EXPECT_EQ(result.error().kind(), ErrorKind::Forbidden);
            }
        }
    }
}

TEST(Authorise, AnotherOrganisationIsNotFoundForEveryRoleAndPermission)
{
    OrganisationId const own(1);
    OrganisationId const other(2);
    for (auto const role : domain::all_roles) {
        auto const actor = Actor::user(UserId(7), {{own, role}});
        for (auto const permission : all_permissions()) {
            if (permission == Permission::OrganisationCreate || permission == Permission::SchemaMigrate
                || permission == Permission::AuditTrailVerify || permission == Permission::CatalogImport
                || permission == Permission::DatabaseBackup || permission == Permission::DatabaseRestore
                || permission == Permission::AuditCheckpoint)
                continue;
            auto const result = authorise(actor, permission, other);
            ASSERT_FALSE(result);
            EXPECT_EQ(result.error().kind(), ErrorKind::NotFound) << domain::to_string(role);
        }
    }
}

TEST(Authorise, GlobalPermissionsNeedOperatorOrAdministrator)
{
    auto const user = Actor::user(UserId(7), {{OrganisationId(1), Role::Beheerder}});
    auto const administrator = Actor::user(UserId(8), {}, true);
    auto const operator_actor = Actor::system_operator("root");
    for (auto const permission : {Permission::OrganisationCreate, Permission::SchemaMigrate, Permission::DatabaseBackup,
             Permission::DatabaseRestore, Permission::AuditCheckpoint}) {
        EXPECT_EQ(authorise(user, permission).error().kind(), ErrorKind::Forbidden);
        EXPECT_TRUE(authorise(administrator, permission));
        EXPECT_TRUE(authorise(operator_actor, permission));
    }
}

} // namespace
} // namespace bolwerk::app
