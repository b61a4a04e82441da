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

} // namespace

Result<void> run_audit_verify(CommandContext& context)
{
    TRY(Arguments::parse(context.arguments(), {}, 0));
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
    if (!verification.intact())
        return Error::invalid("the audit trail is broken; see the chains above");
    return ok();
}

} // namespace bolwerk::cli
