#include "domain/incident/incident.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::incident {
namespace {

using namespace std::chrono;

Timestamp utc(std::string_view text) { return parse_timestamp(text).value(); }

Timestamp const now = utc("2026-12-07T13:05:00Z");

IncidentReport valid_report()
{
    return {"Verdachte mail", "Een medewerker klikte op een link.", utc("2026-12-07T12:00:00Z"),
        {InformationSystemId(2), InformationSystemId(1), InformationSystemId(2)}, {" Burgerzaken ", ""}, "j.jansen",
        "j.jansen@example.nl"};
}

TEST(Incident, EnumerationsRoundTripThroughTheirStoredNames)
{
    for (auto const status : {IncidentStatus::New, IncidentStatus::InProgress, IncidentStatus::Contained,
             IncidentStatus::Resolved, IncidentStatus::Closed})
        EXPECT_EQ(parse_incident_status(to_string(status)).value(), status);
    for (auto const type : all_incident_types) {
        EXPECT_EQ(parse_incident_type(to_string(type)).value(), type);
    }
    for (auto const severity : all_severities) {
        EXPECT_EQ(parse_severity(to_string(severity)).value(), severity);
    }
    auto const unknown = parse_severity("huge");
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().message(), "unknown severity 'huge' (expected low, medium, high or critical)");
}

TEST(Incident, TheLifecycleAllowsOnlyItsSteps)
{
    using enum IncidentStatus;
    std::array const statuses{New, InProgress, Contained, Resolved, Closed};
    // allowed[from][to]
    bool const allowed[5][5]{
        {false, true, false, false, true}, // new
        {false, false, true, true, false}, // in progress
        {false, true, false, true, false}, // contained
        {false, true, false, false, true}, // resolved
        {false, true, false, false, false}, // closed
    };
    for (std::size_t from = 0; from < statuses.size(); ++from) {
        for (std::size_t to = 0; to < statuses.size(); ++to) {
            auto const result = check_status_change(statuses[from], statuses[to]);
            EXPECT_EQ(result.has_value(), allowed[from][to])
                << to_string(statuses[from]) << " -> " << to_string(statuses[to]);
            if (!result) {
                EXPECT_EQ(result.error().kind(), ErrorKind::Conflict);
            }
        }
    }
}

TEST(Incident, StatusChangesKeepHandledAndClosedInStep)
{
    auto incident = open_incident(IncidentReport::create(valid_report(), now).value(), OrganisationId(1), now);
    incident = change_status(incident, IncidentStatus::InProgress, now).value();
    EXPECT_FALSE(incident.handled_at);
    incident = change_status(incident, IncidentStatus::Resolved, now + hours{5}).value();
    EXPECT_EQ(incident.handled_at, now + hours{5});
    incident = change_status(incident, IncidentStatus::InProgress, now + hours{6}).value(); // reopened
    EXPECT_FALSE(incident.handled_at);
    incident = change_status(incident, IncidentStatus::Resolved, now + hours{8}).value();
    incident = change_status(incident, IncidentStatus::Closed, now + hours{9}).value();
    EXPECT_EQ(incident.handled_at, now + hours{8});
    EXPECT_EQ(incident.closed_at, now + hours{9});
    incident = change_status(incident, IncidentStatus::InProgress, now + hours{10}).value();
    EXPECT_FALSE(incident.closed_at);
    EXPECT_FALSE(change_status(incident, IncidentStatus::New, now).has_value());
}

TEST(Incident, AMeldloketReportOpensANewIncidentAwareOnArrival)
{
    auto const report = IncidentReport::create(valid_report(), now).value();
    EXPECT_EQ(report.systems, (std::vector{InformationSystemId(1), InformationSystemId(2)}));
    EXPECT_EQ(report.services, std::vector<std::string>{"Burgerzaken"});
    auto const incident = open_incident(report, OrganisationId(7), now);
    EXPECT_EQ(incident.status, IncidentStatus::New);
    EXPECT_EQ(incident.aware_at, now);
    EXPECT_EQ(incident.reported_at, now);
    EXPECT_EQ(incident.noticed_at, utc("2026-12-07T12:00:00Z"));
    EXPECT_EQ(incident.organisation_id, OrganisationId(7));
    EXPECT_EQ(set_awareness(incident, now - hours{2}, now).value().aware_at, now - hours{2});
    auto const future = set_awareness(incident, now + seconds{1}, now);
    ASSERT_FALSE(future);
    EXPECT_EQ(future.error().location().field, "aware_at");
}

TEST(Incident, RefusesAMeldloketReportWithoutWhatWhoOrAPlausibleTime)
{
    struct Case {
        void (*spoil)(IncidentReport&);
        std::string_view field;
    };
    Case const cases[]{
        {[](IncidentReport& r) { r.title = "  "; }, "title"},
        {[](IncidentReport& r) { r.title = std::string(201, 'x'); }, "title"},
        {[](IncidentReport& r) { r.description = ""; }, "description"},
        {[](IncidentReport& r) { r.description = std::string(20001, 'x'); }, "description"},
        {[](IncidentReport& r) { r.reported_by = ""; }, "reported_by"},
        {[](IncidentReport& r) { r.reporter_contact = std::string(201, 'x'); }, "reporter_contact"},
        {[](IncidentReport& r) { r.noticed_at = utc("2026-12-07T13:06:00Z"); }, "noticed_at"},
    };
    for (auto const& test : cases) {
        auto report = valid_report();
        test.spoil(report);
        auto const result = IncidentReport::create(report, now);
        ASSERT_FALSE(result) << test.field;
        EXPECT_EQ(result.error().location().field, test.field);
        EXPECT_EQ(result.error().kind(), ErrorKind::Invalid);
    }
}

TEST(Incident, ChecksTheMemberStatesOfACrossBorderIncident)
{
    struct Case {
        std::vector<std::string> member_states;
        bool valid;
    };
    Case const cases[]{
        {{}, true},
        {{"BE", "DE"}, true},
        {{"be"}, false},
        {{"BEL"}, false},
        {{"NL"}, false},
        {{"BE", "BE"}, false},
    };
    for (auto const& test : cases) {
        Classification classification;
        classification.member_states = test.member_states;
        auto const result = check_classification(classification);
        EXPECT_EQ(result.has_value(), test.valid) << ::testing::PrintToString(test.member_states);
        if (!result) {
            EXPECT_EQ(result.error().location().field, "member_states");
        }
    }
    Classification unnamed;
    unnamed.services = {" "};
    EXPECT_EQ(check_classification(unnamed).error().location().field, "services");
}

TEST(Incident, DerivesTheBivImpactFromTheSystemsItTouches)
{
    std::map<InformationSystemId, Cia> const effective{
        {InformationSystemId(1), {CiaLevel::Hoog, CiaLevel::Laag, CiaLevel::Midden}},
        {InformationSystemId(2), {CiaLevel::Laag, CiaLevel::Midden, CiaLevel::Hoog}}};
    Classification classification;
    EXPECT_FALSE(derived_impact(classification, effective));
    classification.systems = {InformationSystemId(1), InformationSystemId(2), InformationSystemId(99)};
    auto const impact = derived_impact(classification, effective);
    ASSERT_TRUE(impact);
    EXPECT_EQ(*impact, (Cia{CiaLevel::Hoog, CiaLevel::Midden, CiaLevel::Hoog}));
}

TEST(Incident, KeepsRecordsAtLeastThreeYearsAfterClosing)
{
    Incident incident;
    EXPECT_FALSE(retention_until(incident));
    struct Case {
        std::string_view closed_at;
        sys_days first_day_to_destroy;
    };
    Case const cases[]{
        {"2026-12-07T13:05:00Z", 2029y / December / 8},
        {"2028-02-29T10:00:00Z", 2031y / March / 1}, // no 29 February in 2031: 28 February + 1 day
        {"2026-12-31T23:30:00Z", 2030y / January / 2}, // 1 January 2027 in Amsterdam
    };
    for (auto const& test : cases) {
        incident.closed_at = utc(test.closed_at);
        EXPECT_EQ(retention_until(incident), test.first_day_to_destroy) << test.closed_at;
    }
}

} // namespace
} // namespace bolwerk::domain::incident
