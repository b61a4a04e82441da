#include "domain/incident/cvd.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::incident {
namespace {

using namespace std::chrono;

Timestamp utc(std::string_view text) { return parse_timestamp(text).value(); }

Timestamp const now = utc("2026-06-01T12:00:00Z");

CvdReport received()
{
    CvdReport raw;
    raw.reporter = " onderzoeker42 ";
    raw.summary = "XSS in het zoekveld van de website";
    raw.received_at = utc("2026-05-01T08:00:00Z");
    raw.fixed_at = utc("2026-05-02T08:00:00Z"); // ignored: a new report starts at received
    return receive_cvd_report(raw, now).value();
}

TEST(Cvd, AReportGoesThroughItsStatesInOrder)
{
    auto report = received();
    EXPECT_EQ(report.reporter, "onderzoeker42");
    EXPECT_EQ(report.state(), CvdState::Received);
    EXPECT_FALSE(report.fixed_at);
    report = advance_cvd_report(report, CvdState::Acknowledged, utc("2026-05-01T09:00:00Z"), now).value();
    report = advance_cvd_report(report, CvdState::Fixed, utc("2026-05-10T09:00:00Z"), now).value();
    report = advance_cvd_report(report, CvdState::Disclosed, utc("2026-05-31T09:00:00Z"), now).value();
    EXPECT_EQ(report.state(), CvdState::Disclosed);
    EXPECT_EQ(parse_cvd_state("fixed").value(), CvdState::Fixed);
}

TEST(Cvd, RefusesStepsOutOfOrderOrTime)
{
    struct Case {
        CvdState to;
        std::string_view at;
        ErrorKind kind;
    };
    Case const cases[]{
        {CvdState::Fixed, "2026-05-02T08:00:00Z", ErrorKind::Conflict}, // skips acknowledged
        {CvdState::Received, "2026-05-02T08:00:00Z", ErrorKind::Conflict},
        {CvdState::Acknowledged, "2026-04-30T08:00:00Z", ErrorKind::Invalid}, // before receipt
        {CvdState::Acknowledged, "2026-06-01T12:00:01Z", ErrorKind::Invalid}, // in the future
    };
    for (auto const& test : cases) {
        auto const result = advance_cvd_report(received(), test.to, utc(test.at), now);
        ASSERT_FALSE(result) << test.at;
        EXPECT_EQ(result.error().kind(), test.kind) << test.at;
    }
    auto bad = received();
    bad.summary = " ";
    EXPECT_EQ(receive_cvd_report(bad, now).error().location().field, "summary");
    bad = received();
    bad.reporter = "";
    EXPECT_EQ(receive_cvd_report(bad, now).error().location().field, "reporter");
}

TEST(Cvd, ThePolicyIsPublishedAtAnHttpsAddress)
{
    constexpr sys_days today{2026y / June / 1};
    EXPECT_TRUE(check_cvd_policy(
        {sys_days{2026y / January / 5}, "https://voorbeeld.nl/cvd", "https://voorbeeld.nl/.well-known/security.txt"},
        today));
    EXPECT_EQ(check_cvd_policy({today, "http://voorbeeld.nl/cvd"}, today).error().location().field, "url");
    EXPECT_EQ(check_cvd_policy({today, "https://voorbeeld.nl/cvd", "ftp://x"}, today).error().location().field,
        "security_txt_url");
    EXPECT_EQ(check_cvd_policy({today + days{1}, "https://voorbeeld.nl/cvd"}, today).error().location().field,
        "published_on");
}

} // namespace
} // namespace bolwerk::domain::incident
