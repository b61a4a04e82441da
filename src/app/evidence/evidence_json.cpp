#include "app/evidence/evidence_json.hpp"

#include <nlohmann/json.hpp>

namespace bolwerk::app {

nlohmann::json evidence_target_to_json(domain::EvidenceTarget const& target)
{
    return {{"kind", domain::to_string(target.kind)}, {"reference", target.reference}};
}

nlohmann::json evidence_link_to_json(domain::EvidenceLink const& link)
{
    auto json = evidence_target_to_json(link.target);
    json["aspect"] = link.aspect ? nlohmann::json(domain::to_string(*link.aspect)) : nlohmann::json(nullptr);
    return json;
}

nlohmann::json evidence_version_to_json(domain::EvidenceVersion const& version)
{
    return {{"number", version.number}, {"sha256", version.sha256}, {"size", version.size},
        {"media_type", domain::media_type_name(version.media_type)}, {"file_name", version.file_name},
        {"effective_on", format_date(version.effective_on)},
        {"valid_until", version.valid_until ? nlohmann::json(format_date(*version.valid_until)) : nlohmann::json()},
        {"uploaded_at", format_timestamp(version.uploaded_at)}, {"uploaded_by", version.uploaded_by}};
}

nlohmann::json evidence_item_to_json(domain::EvidenceItem const& item)
{
    nlohmann::json json{{"id", item.id.value()}, {"organisation_id", item.organisation_id.value()},
        {"kind", domain::to_string(item.kind)}, {"title", item.title}, {"description", item.description},
        {"effective_on", format_date(item.effective_on)},
        {"valid_until", item.valid_until ? nlohmann::json(format_date(*item.valid_until)) : nlohmann::json()},
        {"created_at", format_timestamp(item.created_at)}, {"created_by", item.created_by},
        {"updated_at", format_timestamp(item.updated_at)}, {"version", item.version},
        {"version_count", item.version_count}};
    if (item.kind == domain::EvidenceKind::Link)
        json["url"] = item.url;
    if (item.kind == domain::EvidenceKind::Note)
        json["note"] = item.note;
    json["current"] = item.current ? evidence_version_to_json(*item.current) : nlohmann::json();
    json["links"] = nlohmann::json::array();
    for (auto const& link : item.links)
        json["links"].push_back(evidence_link_to_json(link));
    return json;
}

} // namespace bolwerk::app
