#pragma once

#include "common/clock.hpp"
#include "common/id.hpp"
#include "domain/role.hpp"

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

// What the obligations engine knows about an organisation: plain values the app layer
// fills from the registers (systems, suppliers, staff, advisories, actions).
namespace bolwerk::domain::governance {

struct SystemFact {
    InformationSystemId id{0};
    std::string name;
    bool internet_facing = false;
    /// 5.18.02: a risk analysis may ask for access reviews more often than yearly.
    std::optional<int> access_review_months;
    std::optional<Date> since; ///< In the register from; duties start then.
};

struct SupplierFact {
    std::int64_t id = 0;
    std::string name;
    bool cloud_service = false; ///< A cloud service provider (5.23.01).
    std::optional<Date> since;
};

struct BoardMemberFact {
    std::int64_t id = 0;
    std::string name;
    std::optional<Date> since;
};

/// A person who uses the information systems (staff or contractor), for 6.03.02.
struct PersonFact {
    std::int64_t id = 0;
    std::string name;
    Date hired_on;
    std::optional<Date> trained_on; ///< Completed the awareness training.
};

/// A vulnerability advisory (NCSC or supplier) as handled (8.08.01–03).
struct AdvisoryFact {
    std::int64_t id = 0;
    std::string title;
    Date received_on;
    bool high_likelihood_and_damage = false;
    std::optional<Date> mitigated_on;
    std::optional<Date> installed_on; ///< The patch is in.
};

/// A dated action from elsewhere: a corrective action (ISO 10.2), an action of a
/// management review (9.3) or of an incident's lessons learned (5.27.01).
struct DatedAction {
    std::string source; ///< Clause or measure, e.g. "10.2".
    std::string key; ///< Stable subject key, e.g. "corrective-action:12".
    std::string title;
    Date due;
    Role owner = Role::Lijnmanager;
};

struct OrganisationFacts {
    /// From when duties are counted: before this no duty is due.
    Date isms_start;
    /// The date in the year the P&C cycle needs the policy review and the ICV by.
    std::chrono::month_day planning_cycle = std::chrono::April / 1;
    bool uses_cloud_services = false;
    std::vector<SystemFact> systems;
    std::vector<SupplierFact> suppliers;
    std::vector<BoardMemberFact> board;
    std::vector<PersonFact> staff;
    std::vector<AdvisoryFact> advisories;
    std::vector<DatedAction> open_actions;
    /// Anchors the organisation chose instead of a rule's default, by rule id.
    std::map<std::string, std::chrono::month_day, std::less<>> anchors;
};

/// A duty done: for which rule and subject, when, and the evidence.
struct Completion {
    std::string rule_id;
    std::string subject_key; ///< As in Task::subject_key.
    Date completed_on;
    std::string evidence; ///< Reference to the evidence item.
};

} // namespace bolwerk::domain::governance
