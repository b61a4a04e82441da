#pragma once

#include "common/result.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace bolwerk::importers {

/// The read step of every importer: the bytes of an input and the name to report it by.
struct SourceDocument {
    std::string name; ///< The file path or URL as given.
    std::string content;
};

/// Inputs larger than this are refused before they are read in full.
constexpr std::size_t max_source_bytes = 64 * 1024 * 1024;

/// Reads a local file. A missing or unreadable file is NotFound or Unavailable.
Result<SourceDocument> read_file(std::string const& path);

/// Downloads an https URL (with certificate and host checks, redirects only to
/// https). Any other scheme is Invalid; a host that cannot be reached, a TLS
/// failure or an HTTP error status is Unavailable.
Result<SourceDocument> fetch_https(std::string const& url);

/// A location that starts with "https://" is fetched, "http://" and other URL
/// schemes are refused, anything else is read as a file.
Result<SourceDocument> read_source(std::string const& location);

} // namespace bolwerk::importers
