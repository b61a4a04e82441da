#include "domain/supplier/supplier.hpp"

#include "common/text.hpp"

#include <set>

namespace bolwerk::domain {

namespace {

constexpr std::size_t max_name_length = 200;
constexpr std::size_t max_email_length = 254;
constexpr std::size_t max_notes_length = 4000;

bool has_control_character(std::string_view text)
{
    for (char const c : text) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return true;
    }
    return false;
}

Result<std::string> checked_name(std::string_view raw, std::string const& field)
{
    auto const name = std::string(trim(raw));
    if (name.empty())
        return Error::invalid("the name is empty", {.field = field});
    if (name.size() > max_name_length)
        return Error::invalid("the name is longer than 200 characters", {.field = field});
    if (has_control_character(name))
        return Error::invalid("the name contains a control character", {.field = field});
    return name;
}

Result<SupplierContact> checked_contact(SupplierContact const& raw, std::string const& field)
{
    SupplierContact contact{std::string(trim(raw.name)), std::string(trim(raw.role)), to_ascii_lower(trim(raw.email)),
        std::string(trim(raw.phone))};
    contact.name = TRY(checked_name(contact.name, field + ".name"));
    TRY(check_email_address(contact.email, field + ".email"));
    if (has_control_character(contact.role) || has_control_character(contact.phone))
        return Error::invalid("a contact field contains a control character", {.field = field});
    return contact;
}

} // namespace

Result<void> check_email_address(std::string_view address, std::string const& field)
{
    auto const at = address.find('@');
    bool const one_at = at != std::string_view::npos && address.find('@', at + 1) == std::string_view::npos;
    auto const domain = one_at ? address.substr(at + 1) : std::string_view{};
    bool const plausible = one_at && at > 0 && domain.find('.') != std::string_view::npos && domain.front() != '.'
        && domain.back() != '.' && address.find(' ') == std::string_view::npos && !has_control_character(address);
    if (!plausible)
        return Error::invalid("'" + std::string(address) + "' is not an e-mail address", {.field = field});
    if (address.size() > max_email_length)
        return Error::invalid("an e-mail address has at most 254 characters", {.field = field});
    return ok();
}

Result<SupplierDraft> SupplierDraft::create(SupplierInput const& input)
{
    SupplierDraft draft;
    draft.name = TRY(checked_name(input.name, "name"));
    if (!trim(input.kvk_number).empty())
        draft.kvk_number = TRY(KvkNumber::parse(input.kvk_number));
    draft.country = TRY(CountryCode::parse(input.country.empty() ? "NL" : input.country, "country"));
    std::set<std::string> addresses;
    for (std::size_t i = 0; i < input.contacts.size(); ++i) {
        auto const field = "contacts[" + std::to_string(i) + "]";
        auto contact = TRY(checked_contact(input.contacts[i], field));
        if (!addresses.insert(contact.email).second)
            return Error::invalid(
                "two contacts share the address '" + contact.email + "'", {.field = field + ".email"});
        draft.contacts.push_back(std::move(contact));
    }
    draft.notes = std::string(trim(input.notes));
    if (draft.notes.size() > max_notes_length)
        return Error::invalid("the notes are longer than 4000 characters", {.field = "notes"});
    return draft;
}

std::string supplier_identity_key(std::string_view name, std::optional<KvkNumber> const& kvk_number)
{
    if (kvk_number)
        return "kvk:" + kvk_number->value();
    std::string folded = "name:";
    bool blank = false;
    for (char const c : to_ascii_lower(trim(name))) {
        bool const is_blank = c == ' ' || c == '\t';
        if (is_blank && blank)
            continue;
        folded += is_blank ? ' ' : c;
        blank = is_blank;
    }
    return folded;
}

} // namespace bolwerk::domain
