#include "signin_generator.hpp"

#include <array>
#include <cstdio>
#include <fstream>
#include <random>

namespace bolwerk::bench {
namespace {

constexpr std::array<char const*, 6> apps{"Office 365 Exchange Online", "Microsoft Teams", "Zaaksysteem",
    "Azure Portal", "SharePoint Online", "Citrix Workspace"};
constexpr std::array<char const*, 5> cities{"Den Haag", "Utrecht", "Zwolle", "Amsterdam", "Groningen"};
constexpr std::array<char const*, 4> methods{
    "PhoneAppNotification", "PhoneAppOTP", "FIDO2 security key", "Windows Hello for Business"};

std::string uuid(std::mt19937_64& random)
{
    char text[40];
    auto const a = random();
    auto const b = random();
    std::snprintf(text, sizeof text, "%08llx-%04llx-4%03llx-a%03llx-%012llx", static_cast<unsigned long long>(a >> 32),
        static_cast<unsigned long long>((a >> 16) & 0xFFFF), static_cast<unsigned long long>(a & 0xFFF),
        static_cast<unsigned long long>(b >> 52), static_cast<unsigned long long>(b & 0xFFFFFFFFFFFFull));
    return text;
}

// printf's %llu wants unsigned long long, which uint64_t need not be.
unsigned long long pick(std::mt19937_64& random, unsigned long long bound) { return random() % bound; }

std::string record(std::mt19937_64& random, unsigned long long index)
{
    auto const user = pick(random, 5000);
    bool const failed = random() % 10 == 0;
    bool const interactive = random() % 100 >= 15;
    // Single-factor: 60 accounts (users 0–59) sign in without MFA now and then.
    bool const single = user < 60 && random() % 2 == 0;
    auto const* app = apps[random() % apps.size()];
    auto const* city = cities[random() % cities.size()];
    char mfa[160];
    if (single)
        std::snprintf(
            mfa, sizeof mfa, "\"authenticationRequirement\":\"singleFactorAuthentication\",\"mfaDetail\":null");
    else
        std::snprintf(mfa, sizeof mfa,
            "\"authenticationRequirement\":\"multiFactorAuthentication\",\"mfaDetail\":{\"authMethod\":\"%s\","
            "\"authDetail\":null}",
            methods[random() % methods.size()]);
    char text[2400];
    auto const length = std::snprintf(text, sizeof text,
        "{\"id\":\"%s\",\"createdDateTime\":\"2026-%02llu-%02lluT%02llu:%02llu:%02lluZ\",\"userDisplayName\":"
        "\"Medewerker %llu\","
        "\"userPrincipalName\":\"medewerker%llu@gemeente.example.nl\",\"userId\":\"%s\",\"appId\":\"%s\","
        "\"appDisplayName\":\"%s\","
        "\"ipAddress\":\"198.51.%llu.%llu\",\"clientAppUsed\":\"Browser\",\"correlationId\":\"%s\","
        "\"conditionalAccessStatus\":\"%s\","
        "\"originalRequestId\":\"%s\",\"isInteractive\":%s,\"tokenIssuerName\":\"\",\"tokenIssuerType\":\"AzureAD\","
        "\"processingTimeInMilliseconds\":%llu,\"riskDetail\":\"none\",\"riskLevelAggregated\":\"none\","
        "\"riskLevelDuringSignIn\":\"none\","
        "\"riskState\":\"none\",\"riskEventTypes\":[],\"riskEventTypes_v2\":[],\"resourceDisplayName\":\"Microsoft "
        "Graph\","
        "\"resourceId\":\"00000003-0000-0000-c000-000000000000\",\"status\":{\"errorCode\":%d,\"failureReason\":\"%s\","
        "\"additionalDetails\":%s},\"deviceDetail\":{\"deviceId\":\"\",\"displayName\":\"\",\"operatingSystem\":"
        "\"Windows 10\","
        "\"browser\":\"Edge 120.0.0\",\"isCompliant\":true,\"isManaged\":true,\"trustType\":\"Hybrid Azure AD "
        "joined\"},"
        "\"location\":{\"city\":\"%s\",\"state\":\"Zuid-Holland\",\"countryOrRegion\":\"NL\",\"geoCoordinates\":{"
        "\"altitude\":null,"
        "\"latitude\":52.0%llu,\"longitude\":4.3%llu}},\"appliedConditionalAccessPolicies\":[{\"id\":\"%s\","
        "\"displayName\":"
        "\"MFA voor alle medewerkers {\\\"scope\\\": "
        "[\\\"all\\\"]}\",\"enforcedGrantControls\":[\"Mfa\"],\"enforcedSessionControls\":[],"
        "\"result\":\"success\"}],%s}",
        uuid(random).c_str(), index % 12 + 1, index % 28 + 1, index % 24, index % 60, index % 60, user, user,
        uuid(random).c_str(), uuid(random).c_str(), app, pick(random, 256), pick(random, 256), uuid(random).c_str(),
        failed ? "failure" : "success", uuid(random).c_str(), interactive ? "true" : "false", pick(random, 400),
        failed ? 50126 : 0, failed ? "Error validating credentials due to invalid username or password." : "Other.",
        failed ? "\"The user didn't enter the right credentials.\"" : "null", city, pick(random, 100),
        pick(random, 100), uuid(random).c_str(), mfa);
    return std::string(text, static_cast<std::size_t>(length));
}

} // namespace

bool write_signin_log(std::string const& path, std::uint64_t bytes, bool list_response)
{
    std::ofstream file(path, std::ios::binary);
    std::mt19937_64 random(20260301);
    std::uint64_t written = 0;
    std::string buffer;
    if (list_response)
        buffer = "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#auditLogs/signIns\",\"value\":[";
    for (std::uint64_t index = 0; written + buffer.size() < bytes; ++index) {
        if (list_response && index > 0)
            buffer += ',';
        buffer += record(random, index);
        if (!list_response)
            buffer += '\n';
        if (buffer.size() > (std::size_t{1} << 20)) {
            file.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            written += buffer.size();
            buffer.clear();
        }
    }
    if (list_response)
        buffer += "],\"@odata.nextLink\":\"https://graph.microsoft.com/v1.0/auditLogs/signIns?$skiptoken=9a8b\"}";
    file.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    return static_cast<bool>(file);
}

} // namespace bolwerk::bench
