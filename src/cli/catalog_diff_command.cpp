#include "app/catalog_json.hpp"
#include "app/catalog_service.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "common/json_text.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace bolwerk::cli {

namespace {

void print_numbers(std::ostream& out, std::string_view label, std::vector<domain::catalog::MeasureNumber> const& list)
{
    out << label << " (" << list.size() << ')';
    for (auto const number : list)
        out << ' ' << number.to_string();
    out << '\n';
}

// "[-removed words-]{+added words+}", the notation of `git diff --word-diff`.
void print_changes(std::ostream& out, std::vector<domain::catalog::WordChange> const& changes)
{
    using Kind = domain::catalog::WordChange::Kind;
    for (auto const& change : changes) {
        if (change.kind == Kind::Same)
            out << change.words << ' ';
        else if (change.kind == Kind::Removed)
            out << "[-" << change.words << "-] ";
        else
            out << "{+" << change.words << "+} ";
    }
    out << '\n';
}

void print_diff(std::ostream& out, app::CatalogDiffOutcome const& outcome)
{
    auto const& diff = outcome.diff;
    out << diff.from.to_string() << " -> " << diff.to.to_string() << '\n';
    print_numbers(out, "added", diff.added);
    out << "moved (" << diff.moved.size() << ')';
    for (auto const& item : diff.moved)
        out << ' ' << item.number.to_string() << "->" << item.target->to_string();
    out << '\n';
    print_numbers(out, "withdrawn", diff.withdrawn);
    print_numbers(out, "removed", diff.removed);
    if (!outcome.texts_compared) {
        out << "texts not compared: import both publications to see reworded measures\n";
        return;
    }
    out << "reworded (" << diff.reworded.size() << "), unchanged (" << diff.unchanged.size() << ")\n";
    for (auto const& measure : diff.reworded) {
        out << "\n" << measure.number.to_string() << ": ";
        print_changes(out, measure.changes);
    }
}

} // namespace

Result<void> run_catalog_diff(CommandContext& context)
{
    auto const arguments = TRY(Arguments::parse(context.arguments(), {}, 2));
    auto* database = TRY(context.database());
    auto service = TRY(app::CatalogService::create(*database, context.clock()));
    auto const outcome = TRY(service.diff(context.actor(), arguments.positional(0), arguments.positional(1)));
    if (context.options().json)
        context.out() << json_text(app::catalog_diff_to_json(outcome), JsonLayout::Indented) << '\n';
    else
        print_diff(context.out(), outcome);
    return ok();
}

} // namespace bolwerk::cli
