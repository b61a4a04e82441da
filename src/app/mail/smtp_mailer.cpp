#include "app/mail/smtp_mailer.hpp"

#include "common/text.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <fstream>

namespace bolwerk::app {

namespace {

struct CurlDeleter {
    void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
struct ListDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

// The message text handed to libcurl piece by piece (CURLOPT_READFUNCTION).
struct Upload {
    std::string_view remaining;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* data)
{
    auto& upload = *static_cast<Upload*>(data);
    auto const length = std::min(size * count, upload.remaining.size());
    std::memcpy(buffer, upload.remaining.data(), length);
    upload.remaining.remove_prefix(length);
    return length;
}

void set_connection(CURL* handle, SmtpSettings const& settings)
{
    curl_easy_setopt(handle, CURLOPT_URL, settings.url.c_str());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(handle, CURLOPT_USE_SSL,
        settings.tls == SmtpTls::Required ? static_cast<long>(CURLUSESSL_ALL) : static_cast<long>(CURLUSESSL_TRY));
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, static_cast<long>(settings.timeout.count()));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, static_cast<long>(settings.timeout.count()));
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    if (settings.credentials) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, settings.credentials->user_name.c_str());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, settings.credentials->password.c_str());
    }
}

bool is_smtp_url(std::string_view url) { return url.starts_with("smtp://") || url.starts_with("smtps://"); }

} // namespace

Result<SmtpCredentials> read_smtp_credentials(std::filesystem::path const& path)
{
    std::ifstream file(path);
    if (!file)
        return Error::invalid("cannot read the SMTP credentials file", {.source = path.string()});
    std::string user_name;
    std::string password;
    std::getline(file, user_name);
    std::getline(file, password);
    SmtpCredentials credentials{std::string(trim(user_name)), std::string(trim(password))};
    if (credentials.user_name.empty() || credentials.password.empty())
        return Error::invalid("the SMTP credentials file needs the user name on line 1 and the password on line 2",
            {.source = path.string()});
    return credentials;
}

Result<std::unique_ptr<SmtpMailer>> SmtpMailer::create(SmtpSettings settings, Clock const& clock)
{
    if (!is_smtp_url(settings.url) || settings.url.find('@') != std::string::npos)
        return Error::invalid(
            "the SMTP server is a URL like smtp://mail.example.nl:587 or smtps://mail.example.nl:465, without "
            "credentials",
            {.field = "smtp_url"});
    if (!is_plain_mail_address(settings.from))
        return Error::invalid("the sender of mail is not a plain e-mail address", {.field = "mail_from"});
    if (settings.credentials && settings.tls != SmtpTls::Required)
        return Error::invalid("SMTP credentials are sent only over TLS", {.field = "smtp_tls"});
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
        return Error::unavailable("libcurl could not be initialised");
    return std::unique_ptr<SmtpMailer>(new SmtpMailer(std::move(settings), clock));
}

Result<void> SmtpMailer::send(MailMessage const& message)
{
    auto const text = TRY(format_mail(m_settings.from, message, m_clock.now()));
    std::unique_ptr<CURL, CurlDeleter> handle(curl_easy_init());
    if (!handle)
        return Error::unavailable("libcurl could not start a transfer");
    set_connection(handle.get(), m_settings);
    // RFC 5321 envelope: MAIL FROM and RCPT TO, apart from the headers.
    std::string const envelope_from = "<" + m_settings.from + ">";
    std::string const envelope_to = "<" + message.to + ">";
    std::unique_ptr<curl_slist, ListDeleter> recipients(curl_slist_append(nullptr, envelope_to.c_str()));
    curl_easy_setopt(handle.get(), CURLOPT_MAIL_FROM, envelope_from.c_str());
    curl_easy_setopt(handle.get(), CURLOPT_MAIL_RCPT, recipients.get());
    Upload upload{text};
    curl_easy_setopt(handle.get(), CURLOPT_READFUNCTION, read_upload);
    curl_easy_setopt(handle.get(), CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle.get(), CURLOPT_UPLOAD, 1L);
    char reason[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(handle.get(), CURLOPT_ERRORBUFFER, reason);
    auto const code = curl_easy_perform(handle.get());
    if (code != CURLE_OK)
        return Error::unavailable("cannot send mail via " + m_settings.url + ": "
            + (reason[0] != '\0' ? std::string(reason) : std::string(curl_easy_strerror(code))));
    return ok();
}

} // namespace bolwerk::app
