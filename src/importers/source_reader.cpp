#include "importers/source_reader.hpp"

#include <curl/curl.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>

namespace bolwerk::importers {

namespace {

constexpr long connect_timeout_seconds = 15;
constexpr long total_timeout_seconds = 120;
constexpr long max_redirects = 5;

bool has_prefix(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// libcurl write callback: appends to the string, refusing more than max_source_bytes.
std::size_t append_body(char* data, std::size_t size, std::size_t count, void* user)
{
    auto* body = static_cast<std::string*>(user);
    auto const bytes = size * count;
    if (body->size() + bytes > max_source_bytes)
        return 0;
    body->append(data, bytes);
    return bytes;
}

struct CurlDeleter {
    void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};

void configure(CURL* handle, std::string const& url, std::string& body)
{
    curl_easy_setopt(handle, CURLOPT_URL, url.c_str());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS_STR, "https");
    curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(handle, CURLOPT_MAXREDIRS, max_redirects);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, connect_timeout_seconds);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, total_timeout_seconds);
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_USERAGENT, "bolwerk-catalog-import");
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, append_body);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &body);
}

} // namespace

Result<SourceDocument> read_file(std::string const& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        auto const reason = std::string(std::strerror(errno));
        if (errno == ENOENT)
            return Error::not_found("cannot open '" + path + "': " + reason);
        return Error::unavailable("cannot open '" + path + "': " + reason);
    }
    file.seekg(0, std::ios::end);
    auto const size = file.tellg();
    if (size < 0 || static_cast<std::size_t>(size) > max_source_bytes)
        return Error::invalid("'" + path + "' is larger than the import limit", {.source = path});
    file.seekg(0, std::ios::beg);
    std::string content(static_cast<std::size_t>(size), '\0');
    if (!file.read(content.data(), size))
        return Error::unavailable("cannot read '" + path + "'");
    return SourceDocument{path, std::move(content)};
}

Result<SourceDocument> fetch_https(std::string const& url)
{
    if (!has_prefix(url, "https://"))
        return Error::invalid("only https URLs can be imported: '" + url + "'", {.source = url});
    std::unique_ptr<CURL, CurlDeleter> handle(curl_easy_init());
    if (!handle)
        return Error::internal("libcurl could not start");
    std::string body;
    configure(handle.get(), url, body);
    auto const code = curl_easy_perform(handle.get());
    if (code != CURLE_OK)
        return Error::unavailable("cannot fetch '" + url + "': " + curl_easy_strerror(code));
    long status = 0;
    curl_easy_getinfo(handle.get(), CURLINFO_RESPONSE_CODE, &status);
    if (status < 200 || status >= 300)
        return Error::unavailable("cannot fetch '" + url + "': HTTP status " + std::to_string(status));
    return SourceDocument{url, std::move(body)};
}

Result<SourceDocument> read_source(std::string const& location)
{
    if (has_prefix(location, "https://"))
        return fetch_https(location);
    if (location.find("://") != std::string::npos)
        return Error::invalid("only https URLs can be imported: '" + location + "'", {.source = location});
    return read_file(location);
}

} // namespace bolwerk::importers
