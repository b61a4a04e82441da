#pragma once

#include <string>
#include <utility>
#include <vector>

namespace bolwerk::testing {

/// The boundary of multipart_body(), and the Content-Type that names it.
inline std::string const multipart_boundary = "----bolwerkTestGrens";
inline std::string const multipart_type = "multipart/form-data; boundary=" + multipart_boundary;

/// One file field of a multipart/form-data body.
struct FilePart {
    std::string name;
    std::string file_name;
    std::string content;
};

/// A multipart/form-data body as a browser sends it: the fields, then the files.
inline std::string multipart_body(
    std::vector<std::pair<std::string, std::string>> const& fields, std::vector<FilePart> const& files = {})
{
    std::string body;
    for (auto const& [name, value] : fields) {
        body += "--" + multipart_boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
            + "\r\n";
    }
    for (auto const& file : files) {
        // A quoted-string: quote and backslash escaped (RFC 9110 5.6.4).
        std::string quoted;
        for (auto const character : file.file_name) {
            if (character == '"' || character == '\\')
                quoted += '\\';
            quoted += character;
        }
        body += "--" + multipart_boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name
            + "\"; filename=\"" + quoted + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + file.content
            + "\r\n";
    }
    return body + "--" + multipart_boundary + "--\r\n";
}

} // namespace bolwerk::testing
