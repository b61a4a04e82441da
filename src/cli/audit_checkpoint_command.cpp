#include "app/audit_checkpoint_service.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/mail_settings.hpp"

#include <fstream>
#include <ostream>

namespace bolwerk::cli {

Result<void> run_audit_keygen(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--out"}, 0));
    auto const out = TRY(arguments.required_flag("--out"));
    auto const key = TRY(app::generate_audit_signing_key(context.actor(), out));
    context.out() << "signing key " << key.key_id << " written to " << key.secret_file.string()
                  << " (mode 0600; keep it off the database server)\npublic key: " << key.public_file.string()
                  << " (give it to whoever verifies)\n";
    return ok();
}

Result<void> run_audit_checkpoint(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--out"}, 0));
    // The key file comes from the configuration, never from the command line.
    auto const key_file = process_environment("BOLWERK_AUDIT_SIGNING_KEY_FILE");
    if (!key_file)
        return usage_error("set BOLWERK_AUDIT_SIGNING_KEY_FILE to the key file of 'bolwerk audit keygen'");
    auto* database = TRY(context.database());
    auto const checkpoint = TRY(app::create_audit_checkpoint(*database, context.actor(), context.clock(), *key_file));
    auto const line = app::to_json_line(checkpoint);
    if (auto const out = arguments.flag("--out")) {
        std::ofstream file(*out, std::ios::app);
        if (!file || !(file << line << '\n') || !file.flush())
            return Error::unavailable("cannot append the checkpoint to " + *out);
        context.out() << "checkpoint of " << checkpoint.checkpoint.heads.size() << " chains at "
                      << checkpoint.checkpoint.created_at << " (key " << checkpoint.checkpoint.key_id
                      << ") appended to " << *out << '\n';
    } else {
        context.out() << line << '\n';
    }
    return ok();
}

} // namespace bolwerk::cli
