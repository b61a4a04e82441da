#include "cli/arguments.hpp"
#include "cli/command.hpp"
#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "common/text.hpp"

#include <array>
#include <ostream>

namespace bolwerk::cli {

namespace {

constexpr std::array commands{
    Command{"version", "", "print the version of Bolwerk and its libraries", run_version},
    Command{"migrate", "", "bring the database schema up to date", run_migrate},
    Command{"demo", "[--catalog FILE|URL]...",
        "set up the demo organisations and accounts (generated passwords) in this database", run_demo},
    Command{"org create", "--name NAME --kind KIND [--oin OIN] [--kvk NUMBER]",
        "register an organisation (kind: rijk, provincie, gemeente, waterschap, zbo, other)", run_org_create},
    Command{"org list", "", "list the organisations", run_org_list},
    Command{"org show", "ID", "show one organisation", run_org_show},
    Command{"serve",
        "[--listen ADDR:PORT] [--threads N] [--drain-seconds N] [--secure-cookies] [--trusted-proxy ADDR[/BITS]]...",
        "run the web application (default 127.0.0.1:8080; on SIGTERM /readyz fails for N s (5), then it stops "
        "after answering what it received; X-Forwarded-For/-Proto count only from a --trusted-proxy)",
        run_serve},
    Command{"user create", "--email EMAIL --name NAME (--admin | --organisation ID --role ROLE) [--generate-password]",
        "create an account; the password is read from standard input (no echo) or generated and shown once",
        run_user_create},
    // Issue #13 item 8. --organisation puts the audit event in that organisation's trail.
    Command{"user disable", "--email EMAIL [--organisation ID]",
        "disable an account: no sign-in, every session ends, its API tokens are refused (not the last beheerder)",
        run_user_disable},
    Command{"user enable", "--email EMAIL [--organisation ID]", "enable a disabled account again", run_user_enable},
    Command{"user reset-password", "--email EMAIL [--organisation ID]",
        "make a one-time temporary password (printed once); every session ends and a new password is due at the "
        "next sign-in",
        run_user_reset_password},
    Command{"user revoke-role", "--email EMAIL --organisation ID --role ROLE",
        "revoke one role (not the beheerder role of the last beheerder)", run_user_revoke_role},
    Command{"system add",
        "--org ID --name NAME --owner OWNER [--availability|--integrity|--confidentiality laag|midden|hoog] "
        "[--depends-on ID,…] [--internet-facing] [--ot] [--cloud] [--critical]",
        "register an information system with its BIV classification", run_system_add},
    Command{"system list", "--org ID", "list systems with their own and inherited BIV classification", run_system_list},
    // Incidents (issue #15).
    Command{"incident report",
        "--org ID --title T --description D [--noticed 'YYYY-MM-DD HH:MM'] [--system ID]... [--service S]... "
        "[--contact C]",
        "report a suspected incident (meldloket); times are Dutch time", run_incident_report},
    Command{"incident list", "--org ID [--status new|in_progress|contained|resolved|closed] [--reportable yes|no]",
        "the incident register with each incident's most urgent reporting deadline", run_incident_list},
    Command{
        "incident show", "--org ID INCIDENT", "one incident: deadlines and the timeline as a story", run_incident_show},
    Command{"incident note",
        "--org ID INCIDENT --text T [--kind observation|decision|action|message|evidence] [--at TIME] "
        "[--corrects ENTRY]",
        "add an entry to the append-only timeline (a correction names the entry it corrects)", run_incident_note},
    Command{"incident decide",
        "--org ID INCIDENT --outcome reportable|not_reportable --reasons T [--criteria C,…] [--regime cbw|avg]",
        "record the significance decision (criteria: operational_disruption, financial_loss, damage_to_others, "
        "risk_to_persons)",
        run_incident_decide},
    Command{"incident sent",
        "--org ID INCIDENT --report KIND --recipient csirt|supervisor|data_protection_authority|affected_recipients "
        "--recipient-name N --channel C --contact C [--at TIME] [--impact T] [--cause T] [--measures T] "
        "[--late-reason R]",
        "mark a report as sent: frozen with its SHA-256 (kinds: early_warning, notification, interim_report, "
        "progress_report, final_report, data_breach_notification)",
        run_incident_sent},
    Command{"risk add",
        "--org ID --title T --owner O --likelihood N --impact AREA=N[,…] [--treatment T] [--measure M] "
        "[--controls C,…] [--residual L,I] [--review YYYY-MM-DD]",
        "register a risk (scored with the organisation's methodology)", run_risk_add},
    Command{"risk list", "--org ID", "list the risk register", run_risk_list},
    Command{"risk show", "--org ID RISK", "show one risk", run_risk_show},
    Command{"risk accept",
        "--org ID --risk RISK --by NAME --authority proceseigenaar|bestuurder --until YYYY-MM-DD --reason TEXT "
        "[--waive MEASURE]…",
        "record the acceptance of a residual risk (--waive: a measure it relies on waiving; never a substantive "
        "overheidsmaatregel)",
        run_risk_accept},
    Command{"risk tasks", "--org ID", "what the risk process asks for now (analyses, acceptances, reviews)",
        run_risk_tasks},
    Command{"risk heatmap", "--org ID [--residual] [--format text|svg] [--language nl|en]",
        "the heat map of inherent or residual risk", run_risk_heatmap},
    Command{"evidence add",
        "--org ID --title T (--file PATH | --url URL | --note TEXT) [--effective YYYY-MM-DD] "
        "[--valid-until YYYY-MM-DD] [--measure M]... [--aspect opzet|bestaan|werking] [--description D]",
        "add evidence (type detected from the content; M is 5.17.01, 5.17 or risk:N)", run_evidence_add},
    Command{"evidence list", "--org ID [--measure M] [--aspect A] [--expiring YYYY-MM-DD]",
        "list evidence with its expiry status", run_evidence_list},
    Command{"evidence show", "--org ID EVIDENCE", "show one evidence item with its versions", run_evidence_show},
    Command{"evidence link", "--org ID EVIDENCE --measure M [--measure M]... [--aspect A] [--remove]",
        "link evidence to measures, controls or risks (or remove the links)", run_evidence_link},
    Command{"risk export", "--org ID [--format csv|xlsx] [--out FILE]", "export the risk register", run_risk_export},
    Command{"risk import", "--org ID FILE [--skip-invalid]",
        "import risks from CSV (nothing is imported if a row is invalid, unless --skip-invalid)", run_risk_import},
    Command{"risk methodology", "--org ID [--set FILE]", "show the risk methodology, or store a new version from JSON",
        run_risk_methodology},
    // Issue #14: the supplier register (BIO2 5.19–5.23).
    Command{"supplier list", "--org ID", "the supplier register with criticality, contracts and assurance status",
        run_supplier_list},
    Command{"supplier show", "--org ID SUPPLIER", "one supplier: services, contracts and what the gate misses",
        run_supplier_show},
    Command{"supplier add",
        "--org ID --name NAME [--kvk NUMBER] [--country CC] [--notes TEXT] [--contact-name NAME --contact-email "
        "ADDRESS [--contact-role ROLE] [--contact-phone PHONE]]",
        "register a supplier (KvK number and country checked)", run_supplier_add},
    Command{"supplier service-add",
        "--org ID --supplier S --name NAME [--systems ID,ID] [--dependency laag|midden|hoog] [--personal-data] "
        "[--data-locations CC,CC] [--cloud] [--description TEXT]",
        "add a service the supplier delivers, linked to systems of the register", run_supplier_service_add},
    Command{"supplier contract-add",
        "--org ID --supplier S --reference REF --title TITLE --services ID,ID --starts YYYY-MM-DD [--ends YYYY-MM-DD] "
        "[--notice-days N] [--clause TOPIC[=LEVEL]:TEXT]... [--terms-excluded] [--all-duties] [--trigger TEXT]... "
        "[--exit-approach TEXT --exit-data-return TEXT] [--assessment ANALYSIS --decision beheersbaar|niet_beheersbaar "
        "--decided-on YYYY-MM-DD --decided-by NAME]",
        "add a contract in concept (BIV clauses pre-filled) and list what the gate still misses",
        run_supplier_contract_add},
    Command{"supplier contract-activate",
        "--org ID CONTRACT [--deviation-by NAME --authority proceseigenaar|bestuurder --reason TEXT]",
        "make a contract active; refused naming every missing item unless a deviation is recorded",
        run_supplier_contract_activate},
    Command{"supplier disclosure",
        "--org ID --service S --disclosed-on YYYY-MM-DD [--risks TEXT] [--judgement acceptabel|niet_acceptabel "
        "--by NAME --judged-on YYYY-MM-DD]",
        "record the disclosed sub-supplier chain of a service and its judgement", run_supplier_disclosure},
    Command{"supplier concentration", "--org ID", "parties behind more than one service or supplier",
        run_supplier_concentration},
    Command{"audit verify", "[--checkpoints FILE --public-key FILE]",
        "check the hash chains of the audit trail, and that every head a signed checkpoint names is still there",
        run_audit_verify},
    Command{"audit keygen", "--out FILE", "write an Ed25519 key pair for audit checkpoints (FILE mode 0600, FILE.pub)",
        run_audit_keygen},
    Command{"audit checkpoint", "[--out FILE]",
        "sign the heads of every audit chain with BOLWERK_AUDIT_SIGNING_KEY_FILE; append the checkpoint to FILE",
        run_audit_checkpoint},
    Command{"backup", "--out FILE",
        "write a backup of the whole database (evidence files included) while the server runs", run_backup},
    Command{"restore", "FILE [--force]",
        "replace the database with a backup (refuses a non-empty database without --force, and a newer schema)",
        run_restore},
    Command{"catalog import", "FILE|HTTPS-URL [--as NAME@VERSION] [--mapping CSV-MAPPING]",
        "import a BIO2 version (deel 2 markdown, CISO Assistant YAML/XLSX, or CSV with --mapping) and print its "
        "validation report",
        run_catalog_import},
    Command{"catalog list", "", "list the imported and built-in catalog versions", run_catalog_list},
    Command{"catalog show", "NUMBER [--version V]", "show one entry, e.g. 5.17.01", run_catalog_show},
    Command{"catalog diff", "FROM TO", "compare two versions, e.g. bio2@1.2 bio2@1.3", run_catalog_diff},
    Command{"catalog export", "[--format oscal-json] [--version V]", "print a catalog version as an OSCAL 1.1 catalog",
        run_catalog_export},
    Command{"catalog inspect", "FILE|HTTPS-URL",
        "read a framework (CISO Assistant YAML/XLSX, OSCAL JSON/YAML/XML) and print its counts; stores nothing",
        run_catalog_inspect},
    Command{"catalog mapping", "MAPPING SOURCE TARGET",
        "check a CISO Assistant mapping library (e.g. ISO 27001 2013->2022) and list its gaps", run_catalog_mapping},
    Command{"catalog scope set", "ORG CONTROL in|out",
        "record whether an ISO control falls under the Cbw for an organisation (default: in)", run_catalog_scope_set},
    Command{"catalog scope list", "ORG", "list the Cbw scope of the 93 controls for an organisation",
        run_catalog_scope_list},
    Command{"assessment show", "--org ID [--snapshot LABEL]",
        "show the gap analysis (applicability per control, answer per measure), or a frozen snapshot",
        run_assessment_show},
    Command{"assessment start", "--org ID [--catalog V]",
        "start the gap analysis against a catalog version (default: the newest BIO2)", run_assessment_start},
    Command{"assessment set-control",
        "--org ID CONTROL (--applicable --reasons R[,R] | --excluded --justification T [--reference KIND:VALUE]) "
        "[--expect-version N]",
        "set whether an ISO control applies (reasons: bio2_mandatory, risk_analysis, law_or_contract, own_choice)",
        run_assessment_set_control},
    Command{"assessment set-measure",
        "--org ID MEASURE [--status S] [--owner O] [--target-date D] [--maturity N] [--reason T] "
        "[--reference KIND:VALUE] [--opzet|--bestaan|--werking RESULT,DATE,ASSESSOR[,NOTE]] [--expect-version N]",
        "answer an overheidsmaatregel; flags not given keep their stored value", run_assessment_set_measure},
    Command{"assessment migrate", "--org ID --to V",
        "move the answers to another catalog version and list what to re-review", run_assessment_migrate},
    Command{"assessment freeze", "--org ID --label LABEL", "freeze the whole assessment as a snapshot (\"Q4 2026\")",
        run_assessment_freeze},
    Command{"assessment snapshots", "--org ID", "list the frozen snapshots", run_assessment_snapshots},
    Command{"assessment compare", "--org ID [--from LABEL] [--to LABEL]",
        "what changed between two snapshots (default: the newest snapshot and now)", run_assessment_compare},
    Command{"vvt export", "--org ID --format xlsx|pdf|csv|json|oscal-ssp [--out FILE] [--version N]",
        "export the VvT (the current preview, or a frozen version)", run_vvt_export},
    Command{"vvt scope show", "--org ID", "print the ISMS scope as JSON", run_vvt_scope_show},
    Command{"vvt scope set", "--org ID FILE [--expected-version N]", "store the ISMS scope from a JSON file",
        run_vvt_scope_set},
    Command{"vvt freeze", "--org ID", "freeze the current VvT as the next numbered version", run_vvt_freeze},
    Command{"vvt versions", "--org ID", "list the frozen VvT versions", run_vvt_versions},
    Command{"vvt diff", "--org ID --version N", "what changed in a VvT version since the previous one", run_vvt_diff},
    Command{"vvt approve", "--org ID --version N", "approve a VvT version (bestuurder)", run_vvt_approve},
    Command{
        "vvt publish", "--org ID --version N", "publish an approved VvT version on the public page", run_vvt_publish},
    Command{
        "vvt unpublish", "--org ID", "take the published VvT off the public page (history is kept)", run_vvt_unpublish},
    Command{"vvt publication", "--org ID [--on|--off] [--show-implementation yes|no]",
        "show or switch the publication of the VvT and what the public page shows", run_vvt_publication},
};

constexpr std::string_view global_usage
    = "Global options (before or after the command):\n"
      "  --database URL   sqlite:PATH (default sqlite:./data/bolwerk.db) or postgresql://USER@HOST:PORT/NAME;\n"
      "                   also BOLWERK_DATABASE. A PostgreSQL password comes from BOLWERK_DATABASE_PASSWORD_FILE\n"
      "                   or BOLWERK_DATABASE_PASSWORD, never from the command line.\n"
      "  --json           print results as JSON\n"
      "  --help, -h       show help\n"
      "\nExit codes: 0 ok, 2 usage, 65 bad input, 69 unavailable, 70 internal error, 77 no permission.\n";

void print_help(std::ostream& out)
{
    out << "usage: bolwerk [--database URL] [--json] COMMAND [ARGS]\n\n"
        << "Bolwerk: an ISMS for the BIO2 of Dutch government bodies.\n\nCommands:\n";
    std::size_t width = 0;
    for (auto const& command : commands)
        width = std::max(width, command.name.size());
    for (auto const& command : commands)
        out << "  " << command.name << std::string(width - command.name.size() + 3, ' ') << command.summary << '\n';
    out << '\n' << global_usage;
}

void print_command_help(std::ostream& out, Command const& command)
{
    out << "usage: bolwerk " << command.name << (command.usage.empty() ? "" : " ") << command.usage << "\n\n"
        << command.summary << "\n\n"
        << global_usage;
}

// Takes the global options out of `words`, wherever they stand.
Result<std::vector<std::string>> extract_global_options(std::span<std::string const> words, GlobalOptions& options)
{
    std::vector<std::string> rest;
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string_view const word = words[i];
        if (word == "--json") {
            options.json = true;
        } else if (word == "--help" || word == "-h") {
            options.help = true;
        } else if (word == "--database") {
            if (i + 1 >= words.size())
                return usage_error("option '--database' needs a value");
            options.database_url = words[++i];
        } else if (word.substr(0, 11) == "--database=") {
            options.database_url = std::string(word.substr(11));
        } else {
            rest.emplace_back(word);
        }
    }
    return rest;
}

// The command whose name matches the most leading words.
Command const* find_command(std::vector<std::string> const& words, std::size_t& consumed)
{
    Command const* best = nullptr;
    for (auto const& command : commands) {
        auto const parts = split(command.name, ' ');
        if (parts.size() > words.size() || (best && parts.size() <= consumed))
            continue;
        bool matches = true;
        for (std::size_t i = 0; i < parts.size(); ++i)
            matches = matches && parts[i] == words[i];
        if (matches) {
            best = &command;
            consumed = parts.size();
        }
    }
    return best;
}

Error unknown_command(std::vector<std::string> const& words)
{
    std::vector<std::string_view> names;
    names.reserve(commands.size());
    for (auto const& command : commands)
        names.push_back(command.name);
    std::string attempt = words[0];
    if (words.size() > 1)
        attempt += " " + words[1];
    auto suggestion = nearest_word(attempt, names);
    if (!suggestion)
        suggestion = nearest_word(words[0], names);
    std::string message = "unknown command '" + attempt + "'";
    if (suggestion)
        message += "; did you mean '" + *suggestion + "'?";
    return usage_error(message + " (see 'bolwerk --help')");
}

Result<void> dispatch(std::span<std::string const> words, std::ostream& out, std::ostream& err, Clock const& clock)
{
    GlobalOptions options;
    auto const rest = TRY(extract_global_options(words, options));
    if (rest.empty() || (rest.size() == 1 && rest[0] == "help")) {
        if (!options.help && rest.empty())
            return usage_error("no command given (see 'bolwerk --help')");
        print_help(out);
        return ok();
    }
    std::size_t consumed = 0;
    auto const* command = find_command(rest, consumed);
    if (command == nullptr)
        return unknown_command(rest);
    if (options.help) {
        print_command_help(out, *command);
        return ok();
    }
    CommandContext context(
        options, {rest.begin() + static_cast<std::ptrdiff_t>(consumed), rest.end()}, out, err, clock);
    return command->run(context);
}

} // namespace

std::span<Command const> command_table() { return commands; }

int run_cli(std::span<std::string const> words, std::ostream& out, std::ostream& err, Clock const& clock)
{
    auto const result = dispatch(words, out, err, clock);
    if (result)
        return static_cast<int>(ExitCode::Ok);
    err << "bolwerk: " << result.error().to_string() << '\n';
    return static_cast<int>(exit_code_for(result.error()));
}

} // namespace bolwerk::cli
