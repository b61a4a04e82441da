#include "cli/mail_settings.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include <unistd.h>

namespace bolwerk::cli {
namespace {

EnvironmentLookup from(std::map<std::string, std::string> values)
{
    return [values = std::move(values)](char const* name) -> std::optional<std::string> {
        auto const found = values.find(name);
        if (found == values.end())
            return std::nullopt;
        return found->second;
    };
}

TEST(MailSettings, NoUrlMeansNoMail)
{
    auto const settings = mail_settings(from({}));
    ASSERT_TRUE(settings);
    EXPECT_FALSE(*settings);
}

TEST(MailSettings, ReadsUrlSenderTlsAndCredentialsFile)
{
    auto const path = std::filesystem::temp_directory_path() / ("bolwerk-smtp-" + std::to_string(getpid()));
    std::ofstream(path) << "bolwerk\n  geheim wachtwoord  \n";
    auto const settings = mail_settings(from({{"BOLWERK_SMTP_URL", "smtp://mail.example.nl:587"},
        {"BOLWERK_MAIL_FROM", "bolwerk@example.nl"}, {"BOLWERK_SMTP_CREDENTIALS_FILE", path.string()}}));
    std::filesystem::remove(path);
    ASSERT_TRUE(settings) << settings.error().to_string();
    ASSERT_TRUE(*settings);
    EXPECT_EQ((*settings)->url, "smtp://mail.example.nl:587");
    EXPECT_EQ((*settings)->tls, app::SmtpTls::Required);
    ASSERT_TRUE((*settings)->credentials);
    EXPECT_EQ((*settings)->credentials->user_name, "bolwerk");
    EXPECT_EQ((*settings)->credentials->password, "geheim wachtwoord");
}

TEST(MailSettings, RefusesWhatIsMissingOrWrongNamingTheVariable)
{
    struct Case {
        std::map<std::string, std::string> environment;
        std::string field;
    };
    for (auto const& c : {
             Case{{{"BOLWERK_SMTP_URL", "smtp://mail:25"}}, "BOLWERK_MAIL_FROM"},
             Case{{{"BOLWERK_SMTP_URL", "smtp://mail:25"}, {"BOLWERK_MAIL_FROM", "a@b.nl"},
                      {"BOLWERK_SMTP_TLS", "never"}},
                 "BOLWERK_SMTP_TLS"},
         }) {
        auto const settings = mail_settings(from(c.environment));
        ASSERT_FALSE(settings);
        EXPECT_EQ(settings.error().location().field, c.field);
    }
    auto const missing = mail_settings(from({{"BOLWERK_SMTP_URL", "smtp://mail:25"}, {"BOLWERK_MAIL_FROM", "a@b.nl"},
        {"BOLWERK_SMTP_CREDENTIALS_FILE", "/nonexistent/smtp-credentials"}}));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().location().source, "/nonexistent/smtp-credentials");
}

} // namespace
} // namespace bolwerk::cli
