#include "common/file_io.hpp"

#include <fstream>
#include <sstream>

namespace bolwerk {

Result<std::string> read_file(std::filesystem::path const& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return Error::invalid("cannot read '" + path.string() + "'", {.source = path.string()});
    std::stringstream content;
    content << file.rdbuf();
    return content.str();
}

Result<void> write_file(std::filesystem::path const& path, std::string_view content)
{
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (!file || !file.write(content.data(), static_cast<std::streamsize>(content.size())) || !file.flush())
        return Error::unavailable("cannot write '" + path.string() + "'");
    return ok();
}

} // namespace bolwerk
