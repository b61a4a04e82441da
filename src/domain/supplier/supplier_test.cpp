#include "domain/supplier/supplier.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain {
namespace {

SupplierContact contact(char const* name, char const* email) { return {name, "accountmanager", email, ""}; }

TEST(SupplierDraft, ValidatesEachField)
{
    struct Case {
        SupplierInput input;
        char const* failing_field{}; // nullptr when valid
    };
    Case const cases[] = {
        {{"Acme Cloud B.V.", "12345678", "NL", {contact("Jan", "jan@acme.nl")}, ""}, nullptr},
        {{"  Foreign Ltd  ", "", "gb", {}, ""}, nullptr},
        {{"", "", "NL", {}, ""}, "name"},
        {{"Tab\tin naam", "", "NL", {}, ""}, "name"},
        {{std::string(201, 'a'), "", "NL", {}, ""}, "name"},
        {{"Acme", "1234567", "NL", {}, ""}, "kvk_number"},
        {{"Acme", "1234567A", "NL", {}, ""}, "kvk_number"},
        {{"Acme", "", "Nederland", {}, ""}, "country"},
        {{"Acme", "", "NL", {contact("", "jan@acme.nl")}, ""}, "contacts[0].name"},
        {{"Acme", "", "NL", {contact("Jan", "jan@acme.nl"), contact("Piet", "piet")}, ""}, "contacts[1].email"},
        {{"Acme", "", "NL", {contact("Jan", "jan@acme.nl"), contact("Piet", "JAN@acme.nl")}, ""}, "contacts[1].email"},
        {{"Acme", "", "NL", {}, std::string(4001, 'x')}, "notes"},
    };
    for (auto const& c : cases) {
        auto const draft = SupplierDraft::create(c.input);
        if (c.failing_field == nullptr) {
            EXPECT_TRUE(draft) << c.input.name << ": " << draft.error().to_string();
            continue;
        }
        ASSERT_FALSE(draft) << c.input.name;
        EXPECT_EQ(draft.error().location().field, c.failing_field) << draft.error().to_string();
    }
}

TEST(SupplierDraft, TrimsAndNormalises)
{
    auto const draft
        = SupplierDraft::create({"  Acme  ", " 12345678 ", " de ", {contact(" Jan ", " Jan@Acme.NL ")}, " note "});
    ASSERT_TRUE(draft) << draft.error().to_string();
    EXPECT_EQ(draft->name, "Acme");
    EXPECT_EQ(draft->kvk_number->value(), "12345678");
    EXPECT_EQ(draft->country.value(), "DE");
    EXPECT_EQ(draft->contacts[0].name, "Jan");
    EXPECT_EQ(draft->contacts[0].email, "jan@acme.nl");
    EXPECT_EQ(draft->notes, "note");
}

TEST(EmailAddress, AcceptsPlausibleAndRefusesBrokenAddresses)
{
    for (auto const* good : {"a@b.nl", "first.last+tag@sub.example.org"})
        EXPECT_TRUE(check_email_address(good, "email")) << good;
    for (auto const* bad :
        {"", "@b.nl", "a@", "a@b", "a@@b.nl", "a@b@c.nl", "a b@c.nl", "a@.nl", "a@b.nl.", "a\n@b.nl"}) {
        auto const checked = check_email_address(bad, "email");
        ASSERT_FALSE(checked) << bad;
        EXPECT_EQ(checked.error().location().field, "email");
    }
    EXPECT_FALSE(check_email_address(std::string(250, 'a') + "@b.nl", "email"));
}

TEST(SupplierIdentity, KvkNumberWinsOverTheName)
{
    auto const kvk = KvkNumber::parse("12345678").value();
    EXPECT_EQ(supplier_identity_key("Acme", kvk), "kvk:12345678");
    EXPECT_EQ(supplier_identity_key("Other name", kvk), "kvk:12345678");
    EXPECT_EQ(supplier_identity_key("  Acme   Cloud ", std::nullopt), "name:acme cloud");
    EXPECT_EQ(supplier_identity_key("ACME CLOUD", std::nullopt), "name:acme cloud");
}

} // namespace
} // namespace bolwerk::domain
