#include "domain/governance/access_review.hpp"

#include "common/named_enum.hpp"
#include "common/text.hpp"

#include <algorithm>

namespace bolwerk::domain::governance {

namespace {

constexpr std::size_t max_note_length = 2000;

constexpr std::array decision_names{EnumName<AccessDecision>{AccessDecision::Undecided, "undecided"},
    EnumName<AccessDecision>{AccessDecision::Keep, "keep"}, EnumName<AccessDecision>{AccessDecision::Change, "change"},
    EnumName<AccessDecision>{AccessDecision::Revoke, "revoke"}};
constexpr std::array state_names{EnumName<CampaignState>{CampaignState::Open, "open"},
    EnumName<CampaignState>{CampaignState::Overdue, "overdue"},
    EnumName<CampaignState>{CampaignState::Completed, "completed"}};

void count(CampaignFigures& figures, AccessReviewItem const& item)
{
    switch (item.decision) {
    case AccessDecision::Keep: ++figures.keep; break;
    case AccessDecision::Change: ++figures.change; break;
    case AccessDecision::Revoke: ++figures.revoke; break;
    case AccessDecision::Undecided:
        ++figures.undecided;
        if (std::find(figures.reviewers_behind.begin(), figures.reviewers_behind.end(), item.reviewer)
            == figures.reviewers_behind.end())
            figures.reviewers_behind.push_back(item.reviewer);
        break;
    }
}

} // namespace

std::string_view to_string(AccessDecision decision) { return enum_name(decision_names, decision); }
Result<AccessDecision> parse_access_decision(std::string_view text)
{
    return parse_enum(decision_names, text, "access decision");
}
std::string_view to_string(CampaignState state) { return enum_name(state_names, state); }

Result<AccessReviewItem> decide_access(
    AccessReviewItem item, AccessDecision decision, std::string_view note, std::string_view reviewer, Timestamp now)
{
    if (trim(reviewer) != trim(item.reviewer))
        return Error::forbidden("only the assigned reviewer decides on account " + item.account);
    if (decision == AccessDecision::Undecided)
        return Error::invalid("decide keep, change or revoke", {.field = "decision"});
    auto const trimmed = trim(note);
    if (decision != AccessDecision::Keep && trimmed.empty())
        return Error::invalid("say what changes or why the access goes", {.field = "note"});
    if (trimmed.size() > max_note_length)
        return Error::invalid("the note is longer than 2000 characters", {.field = "note"});
    item.decision = decision;
    item.note = std::string(trimmed);
    item.decided_at = now;
    return item;
}

CampaignFigures campaign_figures(AccessReviewCampaign const& campaign, EscalationPolicy const& policy, Date today)
{
    CampaignFigures figures;
    for (auto const& item : campaign.items)
        count(figures, item);
    figures.reviewed = {campaign.items.size() - figures.undecided, campaign.items.size()};
    if (!campaign.items.empty() && figures.undecided == 0) {
        figures.state = CampaignState::Completed;
        return figures;
    }
    auto const days_overdue = (today - campaign.due).count();
    figures.state = days_overdue > 0 ? CampaignState::Overdue : CampaignState::Open;
    figures.escalation = escalation_level(policy, days_overdue);
    return figures;
}

} // namespace bolwerk::domain::governance
