#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "common/result.hpp"
#include "domain/governance/escalation.hpp"
#include "domain/governance/share.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// An access review campaign (BIO2 5.18.02: all access rights reviewed at least once a
// year; werking): the accounts and rights of one system, each decided by its reviewer.
// A completed campaign is evidence of werking for 5.18.02.
namespace bolwerk::domain::governance {

/// Stored: "undecided", "keep", "change", "revoke".
enum class AccessDecision : std::uint8_t { Undecided, Keep, Change, Revoke };
std::string_view to_string(AccessDecision decision);
Result<AccessDecision> parse_access_decision(std::string_view text);

struct AccessReviewItem {
    std::string account;
    std::string rights;
    std::string reviewer; ///< The system's owner or the user's manager.
    AccessDecision decision = AccessDecision::Undecided;
    std::string note;
    std::optional<Timestamp> decided_at;
};

struct AccessReviewCampaign {
    InformationSystemId system{0};
    std::string system_name;
    Date opened_on;
    Date due;
    std::vector<AccessReviewItem> items;
};

/// The item decided by `reviewer` at `now`: only the assigned reviewer decides, a
/// decision is keep, change or revoke, and change and revoke say what in the note.
Result<AccessReviewItem> decide_access(
    AccessReviewItem item, AccessDecision decision, std::string_view note, std::string_view reviewer, Timestamp now);

/// Stored: "open", "overdue", "completed".
enum class CampaignState : std::uint8_t { Open, Overdue, Completed };
std::string_view to_string(CampaignState state);

struct CampaignFigures {
    CampaignState state = CampaignState::Open;
    Share reviewed;
    std::size_t keep = 0;
    std::size_t change = 0;
    std::size_t revoke = 0;
    std::size_t undecided = 0;
    /// Past due with undecided items: who must act (owner → CISO → bestuurder).
    EscalationLevel escalation = EscalationLevel::Owner;
    std::vector<std::string> reviewers_behind; ///< Reviewers with undecided items, each once.
};

/// The campaign's figures on `today`. Completed when every item is decided (an empty
/// campaign is not complete: there is nothing it proves).
CampaignFigures campaign_figures(AccessReviewCampaign const& campaign, EscalationPolicy const& policy, Date today);

} // namespace bolwerk::domain::governance
