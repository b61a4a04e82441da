#include "domain/organisation.hpp"

#include "common/text.hpp"

#include <array>

namespace bolwerk::domain {

namespace {

constexpr std::size_t max_name_length = 200;
constexpr std::size_t oin_digits = 20;
constexpr std::size_t kvk_digits = 8;

constexpr std::array kinds{
    std::pair{OrganisationKind::Rijk, std::string_view{"rijk"}},
    std::pair{OrganisationKind::Provincie, std::string_view{"provincie"}},
    std::pair{OrganisationKind::Gemeente, std::string_view{"gemeente"}},
    std::pair{OrganisationKind::Waterschap, std::string_view{"waterschap"}},
    std::pair{OrganisationKind::Zbo, std::string_view{"zbo"}},
    std::pair{OrganisationKind::Other, std::string_view{"other"}},
};

bool has_control_character(std::string_view text)
{
    for (char const c : text) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return true;
    }
    return false;
}

} // namespace

std::string_view to_string(OrganisationKind kind)
{
    for (auto const& [value, name] : kinds) {
        if (value == kind)
            return name;
    }
    return "other";
}

Result<OrganisationKind> parse_organisation_kind(std::string_view text)
{
    auto const lower = to_ascii_lower(trim(text));
    for (auto const& [value, name] : kinds) {
        if (name == lower)
            return value;
    }
    return Error::invalid(
        "unknown kind '" + std::string(text) + "' (expected rijk, provincie, gemeente, waterschap, zbo or other)",
        {.field = "kind"});
}

Result<Oin> Oin::parse(std::string_view text)
{
    auto const trimmed = trim(text);
    if (trimmed.size() != oin_digits || !is_ascii_digits(trimmed))
        return Error::invalid("an OIN has exactly 20 digits, got '" + std::string(text) + "'", {.field = "oin"});
    return Oin(std::string(trimmed));
}

Result<KvkNumber> KvkNumber::parse(std::string_view text)
{
    auto const trimmed = trim(text);
    if (trimmed.size() != kvk_digits || !is_ascii_digits(trimmed))
        return Error::invalid(
            "a KvK number has exactly 8 digits, got '" + std::string(text) + "'", {.field = "kvk_number"});
    return KvkNumber(std::string(trimmed));
}

Result<OrganisationDraft> OrganisationDraft::create(std::string_view name, std::string_view kind,
    std::optional<std::string_view> oin, std::optional<std::string_view> kvk_number)
{
    OrganisationDraft draft;
    draft.name = std::string(trim(name));
    if (draft.name.empty())
        return Error::invalid("the name is empty", {.field = "name"});
    if (draft.name.size() > max_name_length)
        return Error::invalid("the name is longer than 200 characters", {.field = "name"});
    if (has_control_character(draft.name))
        return Error::invalid("the name contains a control character", {.field = "name"});
    draft.kind = TRY(parse_organisation_kind(kind));
    if (oin && !trim(*oin).empty())
        draft.oin = TRY(Oin::parse(*oin));
    if (kvk_number && !trim(*kvk_number).empty())
        draft.kvk_number = TRY(KvkNumber::parse(*kvk_number));
    return draft;
}

} // namespace bolwerk::domain
