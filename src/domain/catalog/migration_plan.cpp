#include "domain/catalog/migration_plan.hpp"

#include "domain/catalog/catalog_diff.hpp"

#include <set>

namespace bolwerk::domain::catalog {

namespace {

struct Followed {
    CatalogItem const* measure = nullptr; ///< The measure the answer lands on.
    bool redirected = false; ///< Reached through a move or reference.
    std::string failure; ///< Why there is no measure, when `measure` is null.
};

// Follows moves and references from `number` in `to`, guarding against cycles.
Followed follow(CatalogVersion const& to, MeasureNumber number)
{
    Followed followed;
    std::set<MeasureNumber> seen;
    while (seen.insert(number).second) {
        auto const* item = to.find(number);
        if (!item)
            return {nullptr, followed.redirected,
                followed.redirected ? "moved to " + number.to_string() + ", which does not exist" : "no longer listed"};
        if (item->kind == ItemKind::Substantive)
            return {item, followed.redirected, {}};
        if (!item->target)
            return {nullptr, followed.redirected, std::string(to_string(item->kind))};
        followed.redirected = true;
        number = *item->target;
    }
    return {nullptr, true, "moves form a cycle at " + number.to_string()};
}

std::string review_reason(CatalogItem const* before, Followed const& followed)
{
    if (followed.redirected)
        return "moved to " + followed.measure->number.to_string();
    if (!before || normalise_for_comparison(before->text) != normalise_for_comparison(followed.measure->text))
        return "text changed";
    return {};
}

} // namespace

MigrationPlan plan_migration(
    CatalogVersion const& from, CatalogVersion const& to, std::vector<MeasureNumber> const& answered)
{
    MigrationPlan plan;
    std::set<MeasureNumber> reached;
    for (auto const number : answered) {
        auto const followed = follow(to, number);
        if (!followed.measure) {
            plan.without_successor.push_back({number, followed.failure});
            continue;
        }
        auto reason = review_reason(from.find(number), followed);
        bool const needs_review = !reason.empty();
        plan.carried.push_back({number, followed.measure->number, needs_review, std::move(reason)});
        reached.insert(followed.measure->number);
    }
    for (auto const& item : to.items())
        if (item.kind == ItemKind::Substantive && !reached.contains(item.number))
            plan.unanswered.push_back(item.number);
    return plan;
}

} // namespace bolwerk::domain::catalog
