#include "app/audit_checkpoint_service.hpp"
#include "app/audit_trail.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "common/json_text.hpp"
#include "store/database.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace bolwerk::cli {

namespace {

std::string chain_name(std::int64_t chain)
{
    return chain == domain::system_audit_chain ? "system" : "organisation " + std::to_string(chain);
}

// --checkpoints FILE --public-key FILE: what signed checkpoints say that the database
// no longer does (issue #19 item 4).
Result<std::vector<app::AuditCheckpointFinding>> checkpoint_findings(
    CommandContext& context, store::Database& database, Arguments const& arguments)
{
    auto const checkpoints = arguments.flag("--checkpoints");
    auto const public_key = arguments.flag("--public-key");
    if (!checkpoints && !public_key)
        return std::vector<app::AuditCheckpointFinding>{};
    if (!checkpoints || !public_key)
        return usage_error("--checkpoints and --public-key go together");
    auto findings = TRY(app::check_audit_checkpoints(database, context.actor(), *checkpoints, *public_key));
    for (auto const& finding : findings)
        context.out() << "checkpoint " << finding.checkpoint << ": " << finding.reason << '\n';
    if (findings.empty())
        context.out() << "checkpoints: every signed head is still there\n";
    return findings;
}

} // namespace

Result<void> run_audit_verify(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {"--checkpoints", "--public-key"}, 0));
    auto* database = TRY(context.database());
    auto const verification = TRY(app::verify_audit_trail(*database, context.actor()));
    if (context.options().json) {
        auto chains = nlohmann::json::array();
        for (auto const& chain : verification.chains) {
            nlohmann::json entry{{"chain", chain.chain}, {"events", chain.events}, {"intact", !chain.broken}};
            if (chain.broken)
                entry["first_broken_event"] = chain.broken->sequence, entry["reason"] = chain.broken->reason;
            chains.push_back(entry);
        }
        context.out() << json_text(
            nlohmann::json{{"intact", verification.intact()}, {"chains", chains}}, JsonLayout::Indented)
                      << '\n';
    } else {
        for (auto const& chain : verification.chains) {
            context.out() << chain_name(chain.chain) << ": " << chain.events << " events, ";
            if (chain.broken)
                context.out() << "BROKEN at event " << chain.broken->sequence << ": " << chain.broken->reason << '\n';
            else
                context.out() << "intact\n";
        }
    }
    auto const findings = TRY(checkpoint_findings(context, *database, arguments));
    if (!verification.intact())
        return Error::invalid("the audit trail is broken; see the chains above");
    if (!findings.empty())
        return Error::invalid("the audit trail differs from a signed checkpoint; see above");
    return ok();
}

} // namespace bolwerk::cli
