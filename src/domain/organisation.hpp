#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bolwerk::domain {

/// The kind of government body (Dutch: Rijk, provincie, gemeente, waterschap, zbo).
/// It decides which sector an organisation's anonymised figures count towards.
enum class OrganisationKind : std::uint8_t { Rijk, Provincie, Gemeente, Waterschap, Zbo, Other };

std::string_view to_string(OrganisationKind kind);
/// Accepts the stored names ("gemeente"), case-insensitively.
Result<OrganisationKind> parse_organisation_kind(std::string_view text);

/// An Organisatie-identificatienummer: the 20-digit number that identifies a Dutch
/// government organisation (Logius, Stelselcatalogus OIN). Parsed once, then trusted.
class Oin {
public:
    static Result<Oin> parse(std::string_view text);
    std::string const& value() const { return m_value; }
    friend bool operator==(Oin const&, Oin const&) = default;

private:
    explicit Oin(std::string value)
        : m_value(std::move(value))
    {
    }
    std::string m_value;
};

/// A Kamer van Koophandel number: 8 digits.
class KvkNumber {
public:
    static Result<KvkNumber> parse(std::string_view text);
    std::string const& value() const { return m_value; }
    friend bool operator==(KvkNumber const&, KvkNumber const&) = default;

private:
    explicit KvkNumber(std::string value)
        : m_value(std::move(value))
    {
    }
    std::string m_value;
};

/// What a caller supplies to create or rename an organisation, validated.
/// Invariant: name is trimmed, 1–200 characters, without control characters.
struct OrganisationDraft {
    std::string name;
    OrganisationKind kind = OrganisationKind::Other;
    std::optional<Oin> oin;
    std::optional<KvkNumber> kvk_number;

    /// Validates raw input; each error names its field.
    static Result<OrganisationDraft> create(std::string_view name, std::string_view kind,
        std::optional<std::string_view> oin, std::optional<std::string_view> kvk_number);
};

/// A government body that runs an ISMS in Bolwerk (the BIO2's "entiteit"). Every
/// other record belongs to exactly one organisation. `version` increases with every
/// change and guards against lost updates (optimistic concurrency).
struct Organisation {
    OrganisationId id{0};
    std::string name;
    OrganisationKind kind = OrganisationKind::Other;
    std::optional<Oin> oin;
    std::optional<KvkNumber> kvk_number;
    Timestamp created_at;
    Timestamp updated_at;
    std::int64_t version = 1;
};

} // namespace bolwerk::domain
