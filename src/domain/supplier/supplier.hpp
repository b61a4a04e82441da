#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/organisation.hpp"
#include "domain/supplier/country_code.hpp"
#include "domain/supplier/supplier_ids.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::domain {

/// A person at the supplier the organisation deals with (Dutch: contactpersoon): the
/// one who receives questionnaires and portal invitations, or the security officer.
/// Invariant (SupplierDraft::create): a name and a plausible e-mail address.
struct SupplierContact {
    std::string name;
    std::string role; ///< "accountmanager", "security officer", … free text.
    std::string email;
    std::string phone;
    friend bool operator==(SupplierContact const&, SupplierContact const&) = default;
};

/// A supplier in the register (Dutch: leverancier). BIO2 5.22.02 asks for a current
/// register of suppliers and contracts; the services it delivers, their contracts,
/// chain and assurance are separate records that point at it.
struct Supplier {
    SupplierId id{0};
    OrganisationId organisation_id{0};
    std::string name;
    std::optional<KvkNumber> kvk_number; ///< Suppliers established abroad have none.
    CountryCode country = CountryCode::netherlands();
    std::vector<SupplierContact> contacts;
    std::string notes;
    Timestamp created_at;
    Timestamp updated_at;
    std::int64_t version = 1;
};

/// Raw input for creating or changing a supplier, as a form or an import gives it.
struct SupplierInput {
    std::string name;
    std::string kvk_number; ///< Empty when the supplier has none.
    std::string country = "NL";
    std::vector<SupplierContact> contacts;
    std::string notes;
};

/// Validated supplier fields. Invariants: the name is trimmed, 1–200 characters,
/// without control characters; the KvK number has 8 digits (domain::KvkNumber); the
/// country is an assigned ISO 3166 code; every contact has a name and an e-mail
/// address, and no two contacts share an address.
struct SupplierDraft {
    std::string name;
    std::optional<KvkNumber> kvk_number;
    CountryCode country = CountryCode::netherlands();
    std::vector<SupplierContact> contacts;
    std::string notes;

    /// Each error names its field ("name", "kvk_number", "country",
    /// "contacts[1].email", …).
    static Result<SupplierDraft> create(SupplierInput const& input);
};

/// Checks an e-mail address the way a register needs it: one '@', a non-empty local
/// part, a domain with a dot, no blanks or control characters, at most 254 bytes.
/// Not a full RFC 5322 parser: the portal invitation proves the address works.
Result<void> check_email_address(std::string_view address, std::string const& field);

/// The key under which two register entries are the same supplier: the KvK number
/// when known ("kvk:12345678"), else the name folded to lower case with blanks
/// collapsed ("name:acme cloud b.v."). Used by imports and the concentration view.
std::string supplier_identity_key(std::string_view name, std::optional<KvkNumber> const& kvk_number);

} // namespace bolwerk::domain
