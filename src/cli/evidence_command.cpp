#include "app/evidence/evidence_json.hpp"
#include "app/evidence/evidence_service.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "common/json_text.hpp"
#include "common/text.hpp"
#include "store/database.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <ostream>

namespace bolwerk::cli {

namespace {

Date today(CommandContext& context) { return std::chrono::floor<std::chrono::days>(context.clock().now()); }

Result<OrganisationId> organisation_of(Arguments const& arguments)
{
    return OrganisationId(TRY(parse_id_argument(TRY(arguments.required_flag("--org")), "organisation id")));
}

Result<std::optional<Date>> optional_date(Arguments const& arguments, std::string_view flag)
{
    auto const text = arguments.flag(flag);
    if (!text)
        return std::optional<Date>();
    auto const date = parse_date(*text);
    if (!date)
        return usage_error(std::string(flag) + " takes a date as YYYY-MM-DD");
    return std::optional<Date>(*date);
}

// Every --measure, each possibly a comma-separated list ("5.17.01,8.08.05").
Result<std::vector<domain::EvidenceTarget>> targets_of(Arguments const& arguments)
{
    std::vector<domain::EvidenceTarget> targets;
    for (auto const& value : arguments.flags("--measure")) {
        for (auto const part : split(value, ',')) {
            if (!trim(part).empty())
                targets.push_back(TRY(domain::EvidenceTarget::parse(part)));
        }
    }
    return targets;
}

Result<std::optional<domain::EvidenceAspect>> aspect_of(Arguments const& arguments)
{
    auto const text = arguments.flag("--aspect");
    if (!text)
        return std::optional<domain::EvidenceAspect>();
    return std::optional<domain::EvidenceAspect>(TRY(domain::parse_evidence_aspect(*text)));
}

// Reads the file to upload, refusing one over the limit before reading it whole.
Result<app::EvidenceUpload> read_upload(std::string const& path, std::int64_t limit)
{
    std::error_code error;
    auto const size = std::filesystem::file_size(path, error);
    if (error)
        return Error::invalid("cannot read '" + path + "': " + error.message(), {.field = "--file"});
    if (size > static_cast<std::uintmax_t>(limit))
        return Error::invalid("the file is " + app::describe_size(static_cast<std::int64_t>(size)) + " ("
                + std::to_string(size) + " bytes); files may be at most " + app::describe_size(limit),
            {.field = "--file"});
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return Error::invalid("cannot read '" + path + "'", {.field = "--file"});
    std::string content{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    return app::EvidenceUpload{std::filesystem::path(path).filename().string(), std::move(content)};
}

std::string status_text(domain::EvidenceItem const& item, Date today)
{
    return std::string(domain::to_string(domain::expiry_status(item.valid_until, today)));
}

std::string targets_text(domain::EvidenceItem const& item)
{
    std::string text;
    for (auto const& link : item.links) {
        if (!text.empty())
            text += ", ";
        text += link.target.to_string();
        if (link.aspect)
            text += " (" + std::string(domain::to_string(*link.aspect)) + ")";
    }
    return text.empty() ? "-" : text;
}

void print_item(std::ostream& out, app::EvidenceDetail const& detail, Date today)
{
    auto const& item = detail.item;
    out << "id            " << item.id.value() << '\n'
        << "title         " << item.title << '\n'
        << "kind          " << domain::to_string(item.kind) << '\n'
        << "effective_on  " << format_date(item.effective_on) << '\n'
        << "valid_until   " << (item.valid_until ? format_date(*item.valid_until) : "-") << '\n'
        << "status        " << status_text(item, today) << '\n'
        << "supports      " << targets_text(item) << '\n';
    if (!item.url.empty())
        out << "url           " << item.url << '\n';
    if (!item.note.empty())
        out << "note          " << item.note << '\n';
    for (auto const& version : detail.versions) {
        out << "version " << version.number << "     " << version.file_name << "  "
            << domain::media_type_name(version.media_type) << "  " << version.size << " bytes  sha256 "
            << version.sha256 << '\n';
    }
}

nlohmann::json detail_json(app::EvidenceDetail const& detail, Date today)
{
    auto json = app::evidence_item_to_json(detail.item);
    json["status"] = status_text(detail.item, today);
    json["versions"] = nlohmann::json::array();
    for (auto const& version : detail.versions)
        json["versions"].push_back(app::evidence_version_to_json(version));
    return json;
}

Result<domain::EvidenceDraft> draft_of(CommandContext& context, Arguments const& arguments)
{
    domain::EvidenceDraft draft;
    draft.title = TRY(arguments.required_flag("--title"));
    draft.description = arguments.flag("--description").value_or("");
    draft.effective_on = TRY(optional_date(arguments, "--effective")).value_or(today(context));
    draft.valid_until = TRY(optional_date(arguments, "--valid-until"));
    draft.targets = TRY(targets_of(arguments));
    draft.aspect = TRY(aspect_of(arguments));
    draft.url = arguments.flag("--url").value_or("");
    draft.note = arguments.flag("--note").value_or("");
    return draft;
}

} // namespace

Result<void> run_evidence_add(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(),
        {"--org", "--title", "--file", "--url", "--note", "--description", "--effective", "--valid-until", "--measure",
            "--aspect"},
        0));
    auto const organisation = TRY(organisation_of(arguments));
    auto const sources = arguments.flag("--file").has_value() + arguments.flag("--url").has_value()
        + arguments.flag("--note").has_value();
    if (sources != 1)
        return usage_error("give exactly one of --file PATH, --url URL or --note TEXT");
    auto const draft = TRY(draft_of(context, arguments));
    auto* database = TRY(context.database());
    app::EvidenceService service(*database, context.clock());
    Result<domain::EvidenceItem> item = Error::internal("no evidence kind");
    if (auto const path = arguments.flag("--file"))
        item = service.add_file(
            context.actor(), organisation, draft, TRY(read_upload(*path, service.settings().max_file_bytes)));
    else if (arguments.flag("--url"))
        item = service.add_link(context.actor(), organisation, draft);
    else
        item = service.add_note(context.actor(), organisation, draft);
    if (!item)
        return item.error();
    if (context.options().json) {
        context.out() << json_text(app::evidence_item_to_json(*item), JsonLayout::Indented) << '\n';
        return ok();
    }
    context.out() << "added evidence " << item->id.value() << " '" << item->title << "'";
    if (item->current)
        context.out() << " (" << domain::media_type_name(item->current->media_type) << ", sha256 "
                      << item->current->sha256 << ")";
    context.out() << '\n';
    return ok();
}

Result<void> run_evidence_list(CommandContext& context)
{
    auto const arguments
        = TRY(Arguments::parse(context.arguments(), {"--org", "--measure", "--aspect", "--expiring"}, 0));
    auto const organisation = TRY(organisation_of(arguments));
    app::EvidenceQuery query;
    auto const targets = TRY(targets_of(arguments));
    if (targets.size() > 1)
        return usage_error("list takes one --measure");
    if (!targets.empty())
        query.target = targets.front();
    query.aspect = TRY(aspect_of(arguments));
    query.expiring_on = TRY(optional_date(arguments, "--expiring"));
    auto* database = TRY(context.database());
    app::EvidenceService service(*database, context.clock());
    auto const items = TRY(service.list(context.actor(), organisation, query));
    auto const day = today(context);
    if (context.options().json) {
        auto list = nlohmann::json::array();
        for (auto const& item : items) {
            auto json = app::evidence_item_to_json(item);
            json["status"] = status_text(item, day);
            list.push_back(std::move(json));
        }
        context.out() << json_text(list, JsonLayout::Indented) << '\n';
        return ok();
    }
    if (items.empty()) {
        context.out() << "no evidence found\n";
        return ok();
    }
    for (auto const& item : items) {
        context.out() << item.id.value() << '\t' << domain::to_string(item.kind) << '\t'
                      << format_date(item.effective_on) << '\t'
                      << (item.valid_until ? format_date(*item.valid_until) : "-") << '\t' << status_text(item, day)
                      << '\t' << item.title << '\t' << targets_text(item) << '\n';
    }
    return ok();
}

Result<void> run_evidence_show(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org"}, 1));
    auto const organisation = TRY(organisation_of(arguments));
    auto const item = EvidenceItemId(TRY(parse_id_argument(arguments.positional(0), "evidence id")));
    auto* database = TRY(context.database());
    app::EvidenceService service(*database, context.clock());
    auto const detail = TRY(service.get(context.actor(), organisation, item));
    if (context.options().json)
        context.out() << json_text(detail_json(detail, today(context)), JsonLayout::Indented) << '\n';
    else
        print_item(context.out(), detail, today(context));
    return ok();
}

Result<void> run_evidence_link(CommandContext& context)
{
    auto const arguments
        = TRY(Arguments::parse(context.arguments(), {"--org", "--measure", "--aspect"}, 1, {"--remove"}));
    auto const organisation = TRY(organisation_of(arguments));
    auto const item = EvidenceItemId(TRY(parse_id_argument(arguments.positional(0), "evidence id")));
    auto const targets = TRY(targets_of(arguments));
    if (targets.empty())
        return usage_error("name at least one --measure (5.17.01, 5.17 or risk:N)");
    auto const aspect = TRY(aspect_of(arguments));
    auto* database = TRY(context.database());
    app::EvidenceService service(*database, context.clock());
    bool const remove = arguments.has_switch("--remove");
    for (auto const& target : targets) {
        if (remove)
            TRY(service.unlink(context.actor(), organisation, item, target, aspect));
        else
            TRY(service.link(context.actor(), organisation, item, target, aspect));
        if (!context.options().json)
            context.out() << (remove ? "unlinked " : "linked ") << target.to_string() << '\n';
    }
    if (context.options().json)
        context.out() << json_text(
            detail_json(TRY(service.get(context.actor(), organisation, item)), today(context)), JsonLayout::Indented)
                      << '\n';
    return ok();
}

} // namespace bolwerk::cli
