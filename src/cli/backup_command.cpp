#include "app/backup/backup_service.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/version.hpp"
#include "common/json_text.hpp"
#include "store/database.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace bolwerk::cli {

namespace {

nlohmann::json header_json(app::BackupHeader const& header)
{
    return {{"backend", std::string(store::to_string(header.backend))}, {"schema_version", header.schema_version},
        {"created_at", header.created_at}, {"bolwerk_version", header.bolwerk_version}, {"bytes", header.payload_bytes},
        {"sha256", header.payload_sha256}};
}

void print_restore(CommandContext& context, app::RestoreReport const& report)
{
    if (context.options().json) {
        auto tables = nlohmann::json::object();
        for (auto const& table : report.tables)
            tables[table.table] = table.rows;
        context.out() << json_text(
            nlohmann::json{{"backup", header_json(report.header)}, {"migrations_applied", report.migration.applied},
                {"tables", tables}, {"audit_trail_intact", report.audit.intact()}},
            JsonLayout::Indented)
                      << '\n';
        return;
    }
    context.out() << "restored a " << store::to_string(report.header.backend) << " backup of "
                  << report.header.created_at << " (schema " << report.header.schema_version << ", Bolwerk "
                  << report.header.bolwerk_version << ")\n";
    if (!report.migration.applied.empty())
        context.out() << "applied " << report.migration.applied.size() << " newer migration(s)\n";
    for (auto const& table : report.tables)
        context.out() << "  " << table.table << ": " << table.rows << '\n';
    context.out() << "audit trail: " << (report.audit.intact() ? "intact" : "BROKEN (run 'bolwerk audit verify')")
                  << '\n';
}

} // namespace

Result<void> run_backup(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--out"}, 0));
    auto const out = TRY(arguments.required_flag("--out"));
    // No migration: a backup copies the database as it is.
    auto* database = TRY(context.database(CommandContext::Migrate::No));
    auto const header
        = TRY(app::back_up_database(*database, context.actor(), context.clock(), out, std::string(bolwerk_version)));
    if (context.options().json) {
        auto json = header_json(header);
        json["file"] = out;
        context.out() << json_text(json, JsonLayout::Indented) << '\n';
    } else {
        context.out() << "backup written to " << out << ": " << store::to_string(header.backend) << ", schema "
                      << header.schema_version << ", " << header.payload_bytes << " bytes, sha256 "
                      << header.payload_sha256 << '\n';
    }
    return ok();
}

Result<void> run_restore(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {}, 1, {"--force"}));
    auto const overwrite = arguments.has_switch("--force") ? app::Overwrite::Allow : app::Overwrite::Refuse;
    // No migration first: the restore replaces the schema and migrates afterwards.
    auto* database = TRY(context.database(CommandContext::Migrate::No));
    auto const report
        = TRY(app::restore_database(*database, context.actor(), context.clock(), arguments.positional(0), overwrite));
    print_restore(context, report);
    if (!report.audit.intact())
        return Error::invalid("the restored audit trail is broken; see 'bolwerk audit verify'");
    return ok();
}

} // namespace bolwerk::cli
