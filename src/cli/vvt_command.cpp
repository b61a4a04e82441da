#include "app/vvt/vvt_json.hpp"
#include "app/vvt/vvt_service.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "common/file_io.hpp"
#include "common/json_text.hpp"
#include "domain/vvt/statement_diff.hpp"
#include "store/database.hpp"

#include <nlohmann/json.hpp>

#include <iostream>
#include <unistd.h>

// `bolwerk vvt …`: the ISMS scope and the statement of applicability (issue #5).
namespace bolwerk::cli {

namespace {

using nlohmann::json;

Result<OrganisationId> organisation_of(Arguments const& arguments)
{
    return OrganisationId(TRY(parse_id_argument(TRY(arguments.required_flag("--org")), "organisation id")));
}

Result<std::int64_t> version_of(Arguments const& arguments)
{
    return parse_id_argument(TRY(arguments.required_flag("--version")), "version number");
}

Result<app::VvtService> service_of(CommandContext& context)
{
    auto* database = TRY(context.database());
    return app::VvtService::create(*database, context.clock());
}

std::string optional_time(std::optional<Timestamp> const& time) { return time ? format_timestamp(*time) : ""; }

json summary_json(app::VvtVersionSummary const& summary)
{
    return {{"number", summary.number}, {"catalog", summary.catalog}, {"sha256", summary.sha256},
        {"canonical_sha256", summary.canonical_sha256}, {"created_at", format_timestamp(summary.created_at)},
        {"created_by", summary.created_by},
        {"approved_by", summary.approved_by ? json(*summary.approved_by) : json(nullptr)},
        {"approved_at", summary.approved_at ? json(format_timestamp(*summary.approved_at)) : json(nullptr)},
        {"published", summary.published}};
}

void print_summary(CommandContext& context, app::VvtVersionSummary const& summary)
{
    if (context.options().json) {
        context.out() << json_text(summary_json(summary), JsonLayout::Indented) << '\n';
        return;
    }
    context.out() << "version " << summary.number << " (" << summary.catalog << ")  "
                  << (summary.approved() ? "approved by " + summary.approved_by.value_or("") + " at "
                                 + optional_time(summary.approved_at)
                                         : std::string("draft"))
                  << (summary.published ? "  published" : "") << "\n  sha256 " << summary.sha256 << '\n';
}

void print_publication(CommandContext& context, app::VvtPublicationState const& state)
{
    if (context.options().json) {
        context.out() << json_text(
            json{{"enabled", state.enabled}, {"show_implementation", state.show_implementation},
                {"published_version", state.current ? json(state.current->version_number) : json(nullptr)}},
            JsonLayout::Indented)
                      << '\n';
        return;
    }
    context.out() << "publication " << (state.enabled ? "on" : "off") << "; public page "
                  << (state.show_implementation ? "with" : "without") << " implementation status; "
                  << (state.current ? "version " + std::to_string(state.current->version_number) + " published"
                                    : std::string("nothing published"))
                  << '\n';
}

// Binary files on a terminal are garbage at best and terminal escapes at worst.
bool writes_to_terminal(CommandContext& context)
{
    return &context.out() == &std::cout && ::isatty(STDOUT_FILENO) != 0;
}

} // namespace

Result<void> run_vvt_export(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org", "--format", "--out", "--version"}, 0));
    auto const organisation = TRY(organisation_of(arguments));
    auto const format = TRY(app::parse_vvt_format(TRY(arguments.required_flag("--format"))));
    auto const out = arguments.flag("--out");
    if (!out && app::is_binary(format) && writes_to_terminal(context))
        return usage_error("a " + std::string(app::to_string(format))
            + " export is binary: write it to a file with --out FILE or redirect the output");
    std::optional<std::int64_t> number;
    if (arguments.flag("--version"))
        number = TRY(version_of(arguments));
    auto service = TRY(service_of(context));
    auto const file = TRY(service.export_vvt(context.actor(), organisation, format, number));
    if (!out) {
        context.out() << file.content;
        return ok();
    }
    TRY(write_file(*out, file.content));
    context.err() << "wrote " << file.content.size() << " bytes to " << *out << '\n';
    return ok();
}

Result<void> run_vvt_scope_show(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org"}, 0));
    auto const organisation = TRY(organisation_of(arguments));
    auto service = TRY(service_of(context));
    auto const view = TRY(service.scope(context.actor(), organisation));
    auto document = app::isms_scope_to_json(view.scope);
    document["version"] = view.version;
    context.out() << json_text(document, JsonLayout::Indented) << '\n';
    return ok();
}

Result<void> run_vvt_scope_set(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org", "--expected-version"}, 1));
    auto const organisation = TRY(organisation_of(arguments));
    auto const& path = arguments.positional(0);
    auto const parsed = json::parse(TRY(read_file(path)), nullptr, false);
    if (parsed.is_discarded())
        return Error::invalid("'" + path + "' is not valid JSON", {.source = path});
    auto scope = app::isms_scope_from_json(parsed);
    if (!scope)
        return scope.error().with_location({.source = path});
    auto service = TRY(service_of(context));
    std::int64_t expected = 0;
    if (auto const text = arguments.flag("--expected-version"))
        expected = *text == "0" ? 0 : TRY(parse_id_argument(*text, "version"));
    else
        expected = TRY(service.scope(context.actor(), organisation)).version;
    auto const stored = TRY(service.set_scope(context.actor(), organisation, *scope, expected));
    context.out() << "ISMS scope version " << stored.version << " stored\n";
    return ok();
}

Result<void> run_vvt_freeze(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org"}, 0));
    auto service = TRY(service_of(context));
    print_summary(context, TRY(service.freeze(context.actor(), TRY(organisation_of(arguments)))));
    return ok();
}

Result<void> run_vvt_versions(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org"}, 0));
    auto service = TRY(service_of(context));
    auto const versions = TRY(service.versions(context.actor(), TRY(organisation_of(arguments))));
    if (context.options().json) {
        auto list = json::array();
        for (auto const& summary : versions)
            list.push_back(summary_json(summary));
        context.out() << json_text(list, JsonLayout::Indented) << '\n';
        return ok();
    }
    if (versions.empty())
        context.out() << "no VvT version frozen yet\n";
    for (auto const& summary : versions)
        print_summary(context, summary);
    return ok();
}

Result<void> run_vvt_diff(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org", "--version"}, 0));
    auto service = TRY(service_of(context));
    auto const detail
        = TRY(service.version(context.actor(), TRY(organisation_of(arguments)), TRY(version_of(arguments))));
    if (context.options().json) {
        auto changes = json::array();
        for (auto const& change : detail.diff.changes) {
            auto fields = json::array();
            for (auto const& field : change.fields)
                fields.push_back({{"field", field.field}, {"before", field.before}, {"after", field.after}});
            changes.push_back({{"part", domain::vvt::to_string(change.part)}, {"key", change.key},
                {"kind", domain::vvt::to_string(change.kind)}, {"fields", fields}});
        }
        context.out() << json_text(
            json{{"version", detail.summary.number},
                {"previous", detail.previous_number ? json(*detail.previous_number) : json(nullptr)},
                {"changes", changes}},
            JsonLayout::Indented)
                      << '\n';
        return ok();
    }
    if (!detail.previous_number) {
        context.out() << "version " << detail.summary.number << " is the first version\n";
        return ok();
    }
    context.out() << "version " << *detail.previous_number << " -> " << detail.summary.number << ": "
                  << detail.diff.changes.size() << " change(s)\n";
    for (auto const& change : detail.diff.changes) {
        context.out() << "  " << domain::vvt::to_string(change.kind) << ' ' << domain::vvt::to_string(change.part)
                      << ' ' << change.key << '\n';
        if (change.kind != domain::vvt::RowChange::Kind::Changed)
            continue;
        for (auto const& field : change.fields)
            context.out() << "    " << field.field << ": '" << field.before << "' -> '" << field.after << "'\n";
    }
    return ok();
}

Result<void> run_vvt_approve(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org", "--version"}, 0));
    auto service = TRY(service_of(context));
    print_summary(
        context, TRY(service.approve(context.actor(), TRY(organisation_of(arguments)), TRY(version_of(arguments)))));
    return ok();
}

Result<void> run_vvt_publish(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org", "--version"}, 0));
    auto service = TRY(service_of(context));
    print_publication(
        context, TRY(service.publish(context.actor(), TRY(organisation_of(arguments)), TRY(version_of(arguments)))));
    return ok();
}

Result<void> run_vvt_unpublish(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--org"}, 0));
    auto service = TRY(service_of(context));
    print_publication(context, TRY(service.unpublish(context.actor(), TRY(organisation_of(arguments)))));
    return ok();
}

Result<void> run_vvt_publication(CommandContext& context)
{
    auto const arguments
        = TRY(Arguments::parse(context.arguments(), {"--org", "--show-implementation"}, 0, {"--on", "--off"}));
    auto const organisation = TRY(organisation_of(arguments));
    bool const on = arguments.has_switch("--on");
    bool const off = arguments.has_switch("--off");
    if (on && off)
        return usage_error("give --on or --off, not both");
    std::optional<bool> show_implementation;
    if (auto const shown = arguments.flag("--show-implementation")) {
        if (*shown != "yes" && *shown != "no")
            return usage_error("--show-implementation takes yes or no");
        show_implementation = *shown == "yes";
    }
    auto service = TRY(service_of(context));
    auto const state = TRY(service.publication(context.actor(), organisation));
    if (!on && !off && !show_implementation) {
        print_publication(context, state);
        return ok();
    }
    app::VvtPublicationChoice const choice{
        .enabled = on || (!off && state.enabled), .show_implementation = show_implementation};
    print_publication(context, TRY(service.set_publication(context.actor(), organisation, choice)));
    return ok();
}

} // namespace bolwerk::cli
