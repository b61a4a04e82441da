#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <string>

namespace bolwerk {

/// A typed database identifier. `Tag` makes each kind of id its own type, so an
/// OrganisationId cannot be passed where a UserId is expected. The constructor is
/// explicit for the same reason: a bare integer must say which id it is.
template <typename Tag>
class Id {
public:
    constexpr explicit Id(std::int64_t value)
        : m_value(value)
    {
    }

    constexpr std::int64_t value() const { return m_value; }
    std::string to_string() const { return std::to_string(m_value); }

    friend constexpr auto operator<=>(Id, Id) = default;

private:
    std::int64_t m_value;
};

struct OrganisationTag;
struct UserTag;
struct AuditEventTag;
struct CatalogVersionTag;
using OrganisationId = Id<OrganisationTag>;
using UserId = Id<UserTag>;
using AuditEventId = Id<AuditEventTag>;
using CatalogVersionId = Id<CatalogVersionTag>;

struct InformationSystemTag;
struct RiskTag;
struct RiskAnalysisTag;
struct RiskAcceptanceTag;
using InformationSystemId = Id<InformationSystemTag>;
using RiskId = Id<RiskTag>;
using RiskAnalysisId = Id<RiskAnalysisTag>;
using RiskAcceptanceId = Id<RiskAcceptanceTag>;

struct AssessmentSnapshotTag;
using AssessmentSnapshotId = Id<AssessmentSnapshotTag>;
struct EvidenceItemTag;
struct EvidenceVersionTag;
struct EvidenceLinkTag;
using EvidenceItemId = Id<EvidenceItemTag>;
using EvidenceVersionId = Id<EvidenceVersionTag>;
using EvidenceLinkId = Id<EvidenceLinkTag>;

struct VvtVersionTag;
using VvtVersionId = Id<VvtVersionTag>;

} // namespace bolwerk

template <typename Tag>
struct std::hash<bolwerk::Id<Tag>> {
    std::size_t operator()(bolwerk::Id<Tag> id) const noexcept { return std::hash<std::int64_t>{}(id.value()); }
};
