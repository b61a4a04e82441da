#include "domain/risk/acceptance.hpp"

#include "common/text.hpp"

#include <algorithm>

namespace bolwerk::domain {

namespace {

constexpr std::size_t min_reason_length = 20;

Error waiver_error(std::string message, std::size_t index)
{
    return Error::invalid(std::move(message), {.field = "waived_measures[" + std::to_string(index) + "]"});
}

// A Reference ("zie overheidsmaatregel X") or Moved entry stands for its target.
bool stands_for_substantive(catalog::CatalogItem const& item, catalog::CatalogVersion const& catalog)
{
    if (item.kind == catalog::ItemKind::Substantive)
        return true;
    if (!item.target || (item.kind != catalog::ItemKind::Reference && item.kind != catalog::ItemKind::Moved))
        return false;
    auto const* target = catalog.find(*item.target);
    return target && target->kind == catalog::ItemKind::Substantive;
}

} // namespace

Result<void> check_acceptance(RiskMethodology const& methodology, RiskLevel level, AcceptanceRequest const& request)
{
    auto const required = methodology.required_authority(level);
    if (required == AcceptanceAuthority::WithinAppetite)
        return Error::conflict("a residual risk at level " + std::string(to_string(level))
            + " is within the risk appetite and needs no acceptance");
    if (request.authority < required)
        return Error::forbidden("a residual risk at level " + std::string(to_string(level)) + " must be accepted by a "
            + std::string(to_string(required)));
    if (trim(request.accepted_by).empty())
        return Error::invalid("record who accepts the risk", {.field = "accepted_by"});
    if (trim(request.reason).size() < min_reason_length)
        return Error::invalid("give a reason of at least 20 characters", {.field = "reason"});
    if (request.valid_until <= request.accepted_on)
        return Error::invalid("the acceptance must be valid after the day it is given", {.field = "valid_until"});
    auto const longest = std::chrono::days{methodology.definition().max_acceptance_days};
    if (request.valid_until - request.accepted_on > longest)
        return Error::invalid("an acceptance may be valid for at most "
                + std::to_string(methodology.definition().max_acceptance_days) + " days",
            {.field = "valid_until"});
    return ok();
}

bool acceptance_expired(RiskAcceptance const& acceptance, std::chrono::sys_days today)
{
    return acceptance.valid_until < today;
}

Result<void> check_measure_may_be_waived(std::string_view measure_number, bool is_substantive)
{
    if (!is_substantive)
        return ok();
    return Error::invalid("overheidsmaatregel " + std::string(measure_number)
            + " is mandatory: it cannot be risk-accepted, only declared not applicable with a "
              "reason in the VvT (BIO2 Deel 1)",
        {.field = "waived_measures"});
}

Result<std::vector<std::string>> check_waived_measures(
    std::vector<std::string> const& numbers, catalog::CatalogVersion const& catalog)
{
    if (numbers.size() > max_waived_measures)
        return Error::invalid("an acceptance may name at most " + std::to_string(max_waived_measures)
                + " waived measures, not " + std::to_string(numbers.size()),
            {.field = "waived_measures"});
    std::vector<std::string> normalised;
    for (std::size_t index = 0; index < numbers.size(); ++index) {
        auto const parsed = catalog::MeasureNumber::parse_lenient(trim(numbers[index]));
        if (!parsed)
            return waiver_error(
                "waived measure '" + std::string(trim(numbers[index])) + "' is not a measure number like 5.17.01",
                index);
        auto const number = parsed->number.to_string();
        auto const* item = catalog.find(parsed->number);
        if (!item)
            return waiver_error("measure " + number + " does not exist in " + catalog.reference().to_string(), index);
        if (std::find(normalised.begin(), normalised.end(), number) != normalised.end())
            return waiver_error("measure " + number + " is named twice", index);
        // BIO2 Deel 1 §16: a substantive overheidsmaatregel is never accepted away.
        auto waivable = check_measure_may_be_waived(number, stands_for_substantive(*item, catalog));
        if (!waivable)
            return waivable.error().with_field("waived_measures[" + std::to_string(index) + "]");
        normalised.push_back(number);
    }
    return normalised;
}

} // namespace bolwerk::domain
