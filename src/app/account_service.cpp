#include "app/account_service.hpp"

#include "app/audit_trail.hpp"
#include "app/authorisation.hpp"
#include "app/credentials.hpp"
#include "app/use_case.hpp"
#include "common/integer_text.hpp"
#include "common/text.hpp"
#include "domain/beheerder_rule.hpp"
#include "store/database.hpp"
#include "store/session_repository.hpp"
#include "store/user_repository.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace bolwerk::app {

namespace {

Result<void> authorise_creation(Actor const& actor, AccountInput const& input)
{
    if (input.administrator || !input.membership)
        return authorise(actor, Permission::OrganisationCreate);
    return authorise(actor, Permission::MemberManage, input.membership->organisation);
}

Result<store::NewUser> validate(AccountInput const& input, domain::CommonPasswords const& common)
{
    auto email = TRY(domain::normalise_email(input.email));
    auto name = std::string(trim(input.display_name));
    if (name.empty() || name.size() > 200)
        return Error::invalid("a name of 1 to 200 characters is required", {.field = "display_name"});
    TRY(domain::check_password(input.password, common));
    return store::NewUser{std::move(email), std::move(name), TRY(hash_password(input.password)), input.administrator};
}

nlohmann::json membership_to_json(UserId user, domain::Membership const& membership)
{
    return {{"user_id", user.value()}, {"organisation_id", membership.organisation.value()},
        {"role", domain::to_string(membership.role)}};
}

} // namespace

nlohmann::json user_to_json(domain::User const& user)
{
    return {{"id", user.id.value()}, {"email", user.email}, {"display_name", user.display_name},
        {"disabled", user.disabled}, {"administrator", user.administrator}, {"mfa_enabled", user.totp_enabled},
        {"must_change_password", user.must_change_password}, {"version", user.version}};
}

namespace {

std::string membership_object_id(UserId user, domain::Membership const& membership)
{
    return user.to_string() + ":" + std::string(domain::to_string(membership.role));
}

Result<void> add_membership(UseCase& use_case, UserId user, domain::Membership const& membership)
{
    TRY(store::UserRepository::add_membership(use_case.transaction(), user, membership, use_case.now()));
    auto const after = membership_to_json(user, membership);
    TRY(use_case.audit(audit_change(membership.organisation, "membership.grant", "membership",
        membership_object_id(user, membership), nullptr, &after)));
    return ok();
}

} // namespace

Result<domain::User> AccountService::create_user(Actor const& actor, AccountInput const& input)
{
    TRY(authorise_creation(actor, input));
    auto const draft = TRY(validate(input, m_common_passwords));
    // The password was hashed above, outside the transaction.
    return run_in_transaction(m_database, m_clock, actor, [&](UseCase& use_case) -> Result<domain::User> {
        auto const user = TRY(store::UserRepository::insert(use_case.transaction(), draft, use_case.now()));
        auto const after = user_to_json(user);
        auto const organisation = input.membership ? std::optional(input.membership->organisation) : std::nullopt;
        TRY(use_case.audit(audit_change(organisation, "user.create", "user", user.id.to_string(), nullptr, &after)));
        if (input.membership)
            TRY(add_membership(use_case, user.id, *input.membership));
        return user;
    });
}

Result<void> AccountService::change_password(
    Actor const& actor, std::string_view current, std::string_view next, std::string const& kept_session_id_hash)
{
    if (!actor.user_id)
        return Error::forbidden("only a signed-in user can change their password");
    auto connection = TRY(m_database.acquire());
    auto const user = TRY(store::UserRepository::find(*connection, *actor.user_id));
    if (!user.password_hash || !verify_password(*user.password_hash, current))
        return Error::invalid("the current password is not correct", {.field = "current_password"});
    TRY(domain::check_password(next, m_common_passwords));
    auto const hash = TRY(hash_password(next));
    return run_in_transaction(m_database, m_clock, actor, [&](UseCase& use_case) -> Result<void> {
        TRY(store::UserRepository::set_password_hash(use_case.transaction(), user.id, hash, use_case.now()));
        // Whoever signed in with the old password is signed out everywhere else.
        auto const ended = TRY(
            store::SessionRepository::remove_others_for_user(use_case.transaction(), user.id, kept_session_id_hash));
        TRY(use_case.audit(audit_change(std::nullopt, "user.password_change", "user", user.id.to_string(), nullptr,
            nullptr, std::to_string(ended) + " other sessions ended")));
        return ok();
    });
}

Result<void> AccountService::grant_role(Actor const& actor, UserId user, domain::Membership const& membership)
{
    return run_use_case(m_database, m_clock, actor, Permission::MemberManage, membership.organisation,
        [&](UseCase& use_case) -> Result<void> {
            TRY(store::UserRepository::find(use_case.connection(), user));
            // A beheerder manages the roles of their organisation's members only: users of
            // other organisations stay invisible (NotFound), as their ids would otherwise leak.
            if (actor.kind != Actor::Kind::Operator && !actor.administrator) {
                auto const roles = TRY(store::UserRepository::memberships(use_case.connection(), user));
                bool const member = std::any_of(roles.begin(), roles.end(),
                    [&](domain::Membership const& held) { return held.organisation == membership.organisation; });
                if (!member)
                    return Error::not_found("user " + user.to_string() + " does not exist");
            }
            return add_membership(use_case, user, membership);
        });
}

Result<void> AccountService::revoke_role(Actor const& actor, UserId user, domain::Membership const& membership)
{
    return run_use_case(m_database, m_clock, actor, Permission::MemberManage, membership.organisation,
        [&](UseCase& use_case) -> Result<void> {
            if (membership.role == domain::Role::Beheerder) {
                auto const beheerders = TRY(store::UserRepository::lock_active_holders(
                    use_case.transaction(), membership.organisation, domain::Role::Beheerder));
                TRY(domain::keep_a_beheerder(beheerders, user));
            }
            if (!TRY(store::UserRepository::remove_membership(use_case.transaction(), user, membership)))
                return Error::not_found("the user does not have this role in this organisation");
            auto const before = membership_to_json(user, membership);
            TRY(use_case.audit(audit_change(membership.organisation, "membership.revoke", "membership",
                membership_object_id(user, membership), &before, nullptr)));
            return ok();
        });
}

Result<std::vector<Member>> AccountService::members(Actor const& actor, OrganisationId organisation)
{
    TRY(authorise(actor, Permission::MemberRead, organisation));
    auto connection = TRY(m_database.acquire());
    std::vector<Member> members;
    for (auto& row : TRY(store::UserRepository::members(*connection, organisation))) {
        members.push_back({row.user.id, row.user.email, row.user.display_name, row.user.totp_enabled, row.user.disabled,
            std::move(row.roles)});
    }
    return members;
}

Result<domain::User> AccountService::find_by_email(Actor const& actor, std::string_view email)
{
    if (actor.kind != Actor::Kind::Operator && !actor.administrator)
        return Error::forbidden("you do not have permission for this action");
    auto connection = TRY(m_database.acquire());
    auto const normal = TRY(domain::normalise_email(email));
    auto user = TRY(store::UserRepository::find_by_email(*connection, normal));
    if (!user)
        return Error::not_found("no user with this e-mail address");
    return std::move(*user);
}

namespace {

constexpr std::size_t temporary_password_groups = 5; // 24 characters, about 100 bits

bool is_installation_wide(Actor const& actor) { return actor.kind == Actor::Kind::Operator || actor.administrator; }

Result<std::vector<domain::Role>> roles_in(
    store::Connection& connection, UserId user, std::optional<OrganisationId> organisation)
{
    std::vector<domain::Role> roles;
    for (auto const& held : TRY(store::UserRepository::memberships(connection, user))) {
        if (held.organisation == organisation)
            roles.push_back(held.role);
    }
    return roles;
}

// Who may act on `user`: in an organisation, MemberManage there and only on its members
// (ids of others stay NotFound); installation-wide, the operator or an administrator.
Result<void> authorise_on_member(
    store::Connection& connection, Actor const& actor, std::optional<OrganisationId> organisation, UserId user)
{
    if (organisation)
        TRY(authorise(actor, Permission::MemberManage, organisation));
    else if (!is_installation_wide(actor))
        return Error::forbidden("only an installation administrator can manage users outside an organisation");
    TRY(store::UserRepository::find(connection, user));
    if (organisation && TRY(roles_in(connection, user, organisation)).empty())
        return Error::not_found("user " + user.to_string() + " does not exist");
    if (actor.user_id == user)
        return Error::conflict("you cannot do this to your own account");
    return ok();
}

// Whoever disabled a user, by name: "user:4" becomes that user's name.
Result<std::optional<std::string>> actor_name(store::Connection& connection, std::optional<std::string> const& label)
{
    if (!label || !label->starts_with("user:"))
        return label;
    auto const id = parse_integer(std::string_view(*label).substr(5));
    if (!id)
        return label;
    auto const user = store::UserRepository::find(connection, UserId(*id));
    return user ? std::optional(user->display_name) : label;
}

// The last active beheerder of any organisation stays (domain/beheerder_rule). The
// organisations are locked in the order of their ids, so two of these never deadlock.
Result<void> check_beheerders_remain(store::Transaction& transaction, UserId user)
{
    std::vector<OrganisationId> organisations;
    for (auto const& held : TRY(store::UserRepository::memberships(transaction.connection(), user))) {
        if (held.role == domain::Role::Beheerder)
            organisations.push_back(held.organisation);
    }
    std::sort(organisations.begin(), organisations.end());
    for (auto const organisation : organisations) {
        auto const beheerders
            = TRY(store::UserRepository::lock_active_holders(transaction, organisation, domain::Role::Beheerder));
        TRY(domain::keep_a_beheerder(beheerders, user));
    }
    return ok();
}

Result<void> set_disabled(UseCase& use_case, std::optional<OrganisationId> organisation, UserId id, bool disable)
{
    auto const before = TRY(store::UserRepository::find(use_case.connection(), id));
    if (before.disabled == disable)
        return Error::conflict(disable ? "the user is disabled already" : "the user is not disabled");
    if (disable)
        TRY(check_beheerders_remain(use_case.transaction(), id));
    auto const by = disable ? std::optional(use_case.actor().label) : std::nullopt;
    TRY(store::UserRepository::set_disabled(use_case.transaction(), id, by, use_case.now()));
    std::int64_t ended = 0;
    if (disable)
        ended = TRY(store::SessionRepository::remove_all_for_user(use_case.transaction(), id));
    auto const after = TRY(store::UserRepository::find(use_case.connection(), id));
    auto const before_json = user_to_json(before);
    auto const after_json = user_to_json(after);
    TRY(use_case.audit(audit_change(organisation, disable ? "user.disable" : "user.enable", "user", id.to_string(),
        &before_json, &after_json, disable ? std::optional(std::to_string(ended) + " sessions ended") : std::nullopt)));
    return ok();
}

} // namespace

Result<MemberDetail> AccountService::member(Actor const& actor, OrganisationId organisation, UserId user)
{
    TRY(authorise(actor, Permission::MemberRead, organisation));
    auto connection = TRY(m_database.acquire());
    auto found = store::UserRepository::find(*connection, user);
    auto roles = found ? TRY(roles_in(*connection, user, organisation)) : std::vector<domain::Role>();
    if (roles.empty())
        return Error::not_found("user " + user.to_string() + " does not exist");
    MemberDetail detail{std::move(*found), std::move(roles), {}};
    detail.user.password_hash.reset(); // credentials never leave the app layer
    detail.user.totp_secret.reset();
    detail.disabled_by_name = TRY(actor_name(*connection, detail.user.disabled_by));
    return detail;
}

Result<void> AccountService::disable_user(Actor const& actor, std::optional<OrganisationId> organisation, UserId user)
{
    auto connection = TRY(m_database.acquire());
    TRY(authorise_on_member(*connection, actor, organisation, user));
    return run_in_transaction(*connection, m_clock.now(), actor,
        [&](UseCase& use_case) { return set_disabled(use_case, organisation, user, true); });
}

Result<void> AccountService::enable_user(Actor const& actor, std::optional<OrganisationId> organisation, UserId user)
{
    auto connection = TRY(m_database.acquire());
    TRY(authorise_on_member(*connection, actor, organisation, user));
    return run_in_transaction(*connection, m_clock.now(), actor,
        [&](UseCase& use_case) { return set_disabled(use_case, organisation, user, false); });
}

Result<std::string> AccountService::reset_password(
    Actor const& actor, std::optional<OrganisationId> organisation, UserId user)
{
    auto connection = TRY(m_database.acquire());
    TRY(authorise_on_member(*connection, actor, organisation, user));
    auto temporary = random_readable_secret(temporary_password_groups);
    // Hashed before the transaction: argon2id takes a while.
    auto const hash = TRY(hash_password(temporary));
    TRY(run_in_transaction(*connection, m_clock.now(), actor, [&](UseCase& use_case) -> Result<void> {
        TRY(store::UserRepository::set_temporary_password_hash(use_case.transaction(), user, hash, use_case.now()));
        auto const ended = TRY(store::SessionRepository::remove_all_for_user(use_case.transaction(), user));
        // Neither the password nor its hash goes into the audit trail.
        TRY(use_case.audit(audit_change(organisation, "user.password_reset", "user", user.to_string(), nullptr, nullptr,
            std::to_string(ended) + " sessions ended; a new password is due at the next sign-in")));
        return ok();
    }));
    return temporary;
}

Result<void> AccountService::set_required_password(
    Actor const& actor, std::string_view next, std::string const& kept_session_id_hash)
{
    if (!actor.user_id)
        return Error::forbidden("only a signed-in user can set their password");
    auto connection = TRY(m_database.acquire());
    auto const user = TRY(store::UserRepository::find(*connection, *actor.user_id));
    if (!user.must_change_password)
        return Error::conflict("no new password is due; change it on the account page");
    TRY(domain::check_password(next, m_common_passwords));
    auto const hash = TRY(hash_password(next));
    return run_in_transaction(*connection, m_clock.now(), actor, [&](UseCase& use_case) -> Result<void> {
        TRY(store::UserRepository::set_password_hash(use_case.transaction(), user.id, hash, use_case.now()));
        auto const ended = TRY(
            store::SessionRepository::remove_others_for_user(use_case.transaction(), user.id, kept_session_id_hash));
        TRY(use_case.audit(audit_change(std::nullopt, "user.password_change", "user", user.id.to_string(), nullptr,
            nullptr, "new password after a reset; " + std::to_string(ended) + " other sessions ended")));
        return ok();
    });
}

} // namespace bolwerk::app
