#include "importers/findings/signin_mfa.hpp"

#include <gtest/gtest.h>

namespace bolwerk::importers::findings {
namespace {

using domain::findings::MfaCoverage;

// Sign-in records as Microsoft Graph writes them (fields of the signIn resource), with
// strings that contain braces, brackets, quotes and backslashes to trap a splitter.
std::vector<std::string> const records{
    R"({"id":"1","userPrincipalName":"a@example.nl","status":{"errorCode":0},"isInteractive":true,"authenticationRequirement":"multiFactorAuthentication","appDisplayName":"Portal {\"x\"} [y]"})",
    R"({"id":"2","userPrincipalName":"b@example.nl","status":{"errorCode":0,"failureReason":"Other."},"isInteractive":true,"authenticationRequirement":"singleFactorAuthentication","location":{"city":"Den \\\"Haag\\\\"}})",
    R"({"id":"3","userPrincipalName":"c@example.nl","status":{"errorCode":50126},"isInteractive":true,"authenticationRequirement":"singleFactorAuthentication"})",
    R"({"id":"4","userPrincipalName":"d@example.nl","status":{"errorCode":0},"isInteractive":false,"authenticationRequirement":"singleFactorAuthentication"})",
    R"({"id":"5","userPrincipalName":"b@example.nl","status":{"errorCode":0},"authenticationRequirement":"singleFactorAuthentication","deviceDetail":{"browser":"}]},{\"id\":"}})",
    R"({"id":"6","userId":"0f1e","status":{"errorCode":0},"mfaDetail":{"authMethod":"PhoneAppNotification","authDetail":null}})",
    R"({"id":"7","userPrincipalName":"e@example.nl","status":{"errorCode":0},"mfaDetail":null})",
    R"({"id":"8","userPrincipalName":"f@example.nl","status":{"errorCode":0},"isInteractive":true,"authenticationRequirement":"multiFactorAuthentication","mfaDetail":{"authMethod":null}})",
};

MfaCoverage const expected{6, 3, {"b@example.nl", "e@example.nl"}};

std::string json_lines()
{
    std::string text;
    for (auto const& record : records)
        text += record + "\n";
    return text;
}

std::string list_response(std::string_view indent)
{
    std::string text
        = "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#auditLogs/signIns\",\"value\":[";
    for (std::size_t i = 0; i < records.size(); ++i)
        text += std::string(i == 0 ? "" : ",") + std::string(indent) + records[i];
    return text + std::string(indent)
        + "],\"@odata.nextLink\":\"https://graph.microsoft.com/v1.0/auditLogs/signIns?$skiptoken=]}{\"}";
}

TEST(SignInMfa, CountsJsonLinesWithAnyNumberOfThreads)
{
    auto const text = json_lines();
    ReportInput const input("signins.jsonl", text);
    EXPECT_EQ(detect_signin_layout(input).value(), SignInLayout::JsonLines);
    for (unsigned threads = 1; threads <= 9; ++threads) {
        auto const coverage = scan_signins(input, threads);
        ASSERT_TRUE(coverage) << coverage.error().to_string();
        EXPECT_EQ(*coverage, expected) << threads << " threads";
    }
}

TEST(SignInMfa, CountsAListResponseSplitAnywhere)
{
    for (auto const* indent : {"", "\n  "}) {
        auto const text = list_response(indent);
        ReportInput const input("signins.json", text);
        EXPECT_EQ(detect_signin_layout(input).value(), SignInLayout::ListResponse);
        // Up to 40 threads: chunk starts fall inside strings, escapes and records.
        for (unsigned threads = 1; threads <= 40; ++threads) {
            auto const coverage = scan_signins(input, threads);
            ASSERT_TRUE(coverage) << coverage.error().to_string();
            EXPECT_EQ(*coverage, expected) << threads << " threads";
        }
    }
}

TEST(SignInMfa, RefusesWhatIsNoSignInLog)
{
    struct Case {
        std::string text;
        std::string_view message_part;
        std::uint64_t line;
    };
    Case const cases[] = {
        {records[0] + "\n{\"id\":\"x\"}\n", "no status.errorCode", 2},
        {records[0] + "\n[1,2]\n", "not a JSON object", 2},
        {records[0] + "\n{\"id\":\"x\",\"status\":{\"errorCode\":\"zero\"}}\n", "invalid sign-in record", 2},
        {"{\"value\":[" + records[0] + ",{\"id\":1}]}", "no status.errorCode", 1},
        {"{\"value\":[" + records[0] + ",", "ends inside", 1},
        {"{\"value\":{}}", "must be an array", 1},
        {"[]", "JSON lines of sign-in objects", 1},
    };
    for (auto const& test : cases) {
        ReportInput const input("log", test.text);
        auto const coverage = scan_signins(input, 2);
        ASSERT_FALSE(coverage) << test.text;
        EXPECT_EQ(coverage.error().kind(), ErrorKind::Invalid);
        EXPECT_NE(coverage.error().message().find(test.message_part), std::string::npos)
            << coverage.error().to_string();
        EXPECT_EQ(coverage.error().location().line, test.line) << test.text;
    }
}

} // namespace
} // namespace bolwerk::importers::findings
