#include "web/http/static_files.hpp"

#include "common/digest.hpp"
#include "common/file_io.hpp"

#include <algorithm>
#include <array>

namespace bolwerk::web {

namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 8> content_types{{
    {".css", "text/css; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".svg", "image/svg+xml"},
    {".png", "image/png"},
    {".ico", "image/x-icon"},
    {".woff2", "font/woff2"},
    {".json", "application/json"},
    {".txt", "text/plain; charset=utf-8"},
}};

std::string content_type_for(std::string const& extension)
{
    for (auto const& [known, type] : content_types) {
        if (known == extension)
            return std::string(type);
    }
    return "application/octet-stream";
}

Result<std::string> read_asset(std::filesystem::path const& path)
{
    auto content = read_file(path);
    if (!content)
        return Error::unavailable("cannot read " + path.string());
    return content;
}

bool wanted(std::filesystem::path const& path, std::vector<std::string> const& extensions)
{
    auto const extension = path.extension().string();
    return std::find(extensions.begin(), extensions.end(), extension) != extensions.end();
}

} // namespace

Result<StaticFiles> StaticFiles::load(std::vector<Mount> const& mounts)
{
    StaticFiles files;
    for (auto const& mount : mounts) {
        std::error_code error;
        std::filesystem::recursive_directory_iterator entries(mount.directory, error);
        if (error)
            return Error::unavailable("cannot read the asset folder " + mount.directory.string());
        for (auto const& entry : entries) {
            if (!entry.is_regular_file() || !wanted(entry.path(), mount.extensions))
                continue;
            auto const relative = std::filesystem::relative(entry.path(), mount.directory).generic_string();
            auto content = TRY(read_asset(entry.path()));
            auto etag = "\"" + sha256_hex(content).substr(0, 32) + "\"";
            files.m_files[mount.url_prefix + relative]
                = File{std::move(content), content_type_for(entry.path().extension().string()), std::move(etag)};
        }
    }
    return files;
}

std::optional<Response> StaticFiles::serve(Request const& request) const
{
    auto const found = m_files.find(request.path);
    if (found == m_files.end())
        return std::nullopt;
    auto const& file = found->second;
    Response response;
    response.set_header("ETag", file.etag);
    // Revalidated hourly; the ETag makes revalidation cheap (304 without a body).
    response.set_header("Cache-Control", "public, max-age=3600");
    if (request.header("if-none-match") == std::optional<std::string_view>(file.etag)) {
        response.status = 304;
        return response;
    }
    response.set_header("Content-Type", file.content_type);
    response.body = file.content;
    return response;
}

} // namespace bolwerk::web
