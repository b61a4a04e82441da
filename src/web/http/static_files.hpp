#pragma once

#include "common/result.hpp"
#include "web/http/http.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::web {

/// Static assets (CSS, images, fonts), read into memory once at start-up and served
/// with a strong ETag (SHA-256 of the content) and cache headers. Only files loaded at
/// start-up can be served, so a request path can never reach outside the asset
/// folders. Immutable after load(); safe to share between threads.
class StaticFiles {
public:
    /// One folder to publish under a URL prefix ("/static/nlds/" → node_modules/…).
    struct Mount {
        std::string url_prefix;
        std::filesystem::path directory;
        std::vector<std::string> extensions; ///< Only these are published, e.g. ".css".
    };

    /// Loads every matching file below each mount. A missing folder is an error.
    static Result<StaticFiles> load(std::vector<Mount> const& mounts);

    /// The response for `request` if its path is a loaded asset: 200, or 304 when
    /// If-None-Match names the current ETag.
    std::optional<Response> serve(Request const& request) const;

    std::size_t size() const { return m_files.size(); }

private:
    struct File {
        std::string content;
        std::string content_type;
        std::string etag;
    };
    std::map<std::string, File, std::less<>> m_files;
};

} // namespace bolwerk::web
