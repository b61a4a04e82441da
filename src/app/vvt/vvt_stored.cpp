#include "app/vvt/vvt_stored.hpp"

#include "domain/vvt/statement_canonical.hpp"
#include "report/vvt/vvt_json.hpp"
#include "store/vvt/vvt_publication_repository.hpp"

namespace bolwerk::app {

using domain::vvt::StatementOfApplicability;
using nlohmann::json;

// The content digest of a version. Versions frozen before migration 13 have none
// stored: a draft's is its canonical digest, an approved one's follows from its
// document (approval changed only the approval fields); a list without the
// statements leaves it empty for those.
std::string content_of(store::StoredVvtVersion const& stored)
{
    if (!stored.content_sha256.empty())
        return stored.content_sha256;
    if (!stored.approved())
        return stored.canonical_sha256;
    if (stored.statement.empty())
        return {};
    auto const statement = report::vvt::read_statement_json(stored.statement);
    return statement ? domain::vvt::content_digest(*statement) : std::string();
}

VvtVersionSummary summary_of(store::StoredVvtVersion const& stored, std::optional<std::int64_t> published_number)
{
    auto content = content_of(stored);
    auto approved_content = stored.approved_content_sha256;
    if (stored.approved() && !approved_content && !content.empty())
        approved_content = content;
    return {.number = stored.number,
        .catalog = stored.catalog,
        .content_sha256 = std::move(content),
        .sha256 = stored.statement_sha256,
        .canonical_sha256 = stored.canonical_sha256,
        .created_at = stored.created_at,
        .created_by = stored.created_by,
        .approved_by = stored.approved_by_name,
        .approved_at = stored.approved_at,
        .approved_content_sha256 = std::move(approved_content),
        .published = published_number == stored.number};
}

json summary_json(VvtVersionSummary const& summary)
{
    auto const optional = [](std::optional<std::string> const& text) { return text ? json(*text) : json(nullptr); };
    return {{"number", summary.number}, {"catalog", summary.catalog}, {"content_sha256", summary.content_sha256},
        {"sha256", summary.sha256}, {"canonical_sha256", summary.canonical_sha256},
        {"approved_by", optional(summary.approved_by)},
        {"approved_at", summary.approved_at ? json(format_timestamp(*summary.approved_at)) : json(nullptr)},
        {"approved_content_sha256", optional(summary.approved_content_sha256)}};
}

Result<StatementOfApplicability> parse_stored(store::StoredVvtVersion const& stored)
{
    auto statement = report::vvt::read_statement_json(stored.statement);
    if (!statement)
        return Error::internal("stored VvT version " + std::to_string(stored.number)
            + " cannot be read: " + statement.error().to_string());
    return statement;
}

Result<std::optional<std::int64_t>> published_number(store::Connection& connection, OrganisationId organisation)
{
    auto const current = TRY(store::VvtPublicationRepository::current(connection, organisation));
    if (!current)
        return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(current->version_number);
}

} // namespace bolwerk::app
