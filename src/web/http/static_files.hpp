#pragma once

#include "common/result.hpp"
#include "web/http/http.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace bolwerk::web {

/// Static assets (CSS, images, fonts), read into memory once at start-up and served
/// with a strong ETag (SHA-256 of the content) and cache headers. Only files loaded at
/// start-up can be served, so a request path can never reach outside the asset
/// folders. Safe to share between threads: immutable after load() but for each file's
/// compressed forms, made once on first demand (under a once_flag).
///
/// Issue #12 item 6: every file is also published under a content-hashed name
/// ("/static/bolwerk.3f2a9c1d0b4e.css", see versioned()) with a year's
/// `Cache-Control: immutable`, and text files go out Brotli- or gzip-compressed when
/// the client accepts it (Vary: Accept-Encoding; each coding has its own ETag).
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
    /// If-None-Match names the current ETag of the coding chosen.
    std::optional<Response> serve(Request const& request) const;

    /// The content-hashed URL of a loaded asset ("/static/bolwerk.css" →
    /// "/static/bolwerk.<hash>.css"); any other path unchanged.
    std::string versioned(std::string_view path) const;

    /// Loaded files (each counted once, not per name).
    std::size_t size() const { return m_versioned.size(); }

private:
    struct File {
        std::string content;
        std::string content_type;
        std::string hash; ///< Hex SHA-256 prefix of the content.
        bool compressible = false;
        mutable std::once_flag compressed_once;
        mutable std::string brotli; ///< Empty until first asked for (or not smaller).
        mutable std::string gzip;
    };
    struct Entry {
        std::shared_ptr<File const> file;
        bool immutable = false; ///< Reached by its content-hashed name.
    };
    std::map<std::string, Entry, std::less<>> m_files;
    std::map<std::string, std::string, std::less<>> m_versioned; ///< Plain URL → hashed URL.
};

} // namespace bolwerk::web
