#include "importers/findings/report_input.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bolwerk::importers::findings {

/// Owns one mmap of a file; unmaps it on destruction.
struct ReportInput::Mapping {
    void* address = nullptr;
    std::size_t length = 0;
    mutable std::size_t released = 0;

    Mapping() = default;
    Mapping(Mapping const&) = delete;
    Mapping& operator=(Mapping const&) = delete;
    Mapping(Mapping&&) = delete;
    Mapping& operator=(Mapping&&) = delete;
    ~Mapping()
    {
        if (address)
            munmap(address, length);
    }
};

ReportInput::ReportInput(std::string name, std::string_view bytes)
    : m_name(std::move(name))
    , m_bytes(bytes)
{
}

ReportInput::~ReportInput() = default;
ReportInput::ReportInput(ReportInput&&) noexcept = default;
ReportInput& ReportInput::operator=(ReportInput&&) noexcept = default;

namespace {

// Closes a file descriptor when leaving scope; the mapping stays valid after close.
struct FileCloser {
    int descriptor;
    explicit FileCloser(int descriptor_)
        : descriptor(descriptor_)
    {
    }
    FileCloser(FileCloser const&) = delete;
    FileCloser& operator=(FileCloser const&) = delete;
    FileCloser(FileCloser&&) = delete;
    FileCloser& operator=(FileCloser&&) = delete;
    ~FileCloser() { ::close(descriptor); }
};

} // namespace

Result<ReportInput> ReportInput::map_file(std::string const& path)
{
    int const descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0) {
        auto const message = "cannot open report: " + std::string(std::strerror(errno));
        if (errno == ENOENT)
            return Error::not_found(message + " (" + path + ")");
        return Error::unavailable(message + " (" + path + ")");
    }
    FileCloser const closer{descriptor};
    struct stat status { };
    if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode))
        return Error::invalid("not a regular file", {.source = path});
    auto const size = static_cast<std::uint64_t>(status.st_size);
    if (size > max_report_bytes)
        return Error::invalid("report is larger than " + std::to_string(max_report_bytes) + " bytes", {.source = path});
    ReportInput input(path, {});
    if (size == 0)
        return input;
    void* address = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, descriptor, 0);
    if (address == MAP_FAILED)
        return Error::unavailable("cannot map report " + path + ": " + std::strerror(errno));
    ::madvise(address, size, MADV_SEQUENTIAL);
    input.m_mapping = std::make_unique<Mapping>();
    input.m_mapping->address = address;
    input.m_mapping->length = size;
    input.m_bytes = {static_cast<char const*>(address), size};
    return input;
}

void ReportInput::release_before(std::size_t offset) const
{
    // Pages are dropped in steps of 16 MiB, so the system call is rare.
    constexpr std::size_t step = std::size_t{16} * 1024 * 1024;
    if (!m_mapping)
        return;
    // A second pass over the input (detect, then import) starts again from the front.
    if (offset < m_mapping->released)
        m_mapping->released = 0;
    if (offset < m_mapping->released + step)
        return;
    auto const page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    auto const end = std::min(offset, m_mapping->length) / page * page;
    auto* start = static_cast<char*>(m_mapping->address) + m_mapping->released;
    ::madvise(start, end - m_mapping->released, MADV_DONTNEED);
    m_mapping->released = end;
}

TextPosition position_of(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    TextPosition position;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++position.line;
            line_start = i + 1;
        }
    position.column = offset - line_start + 1;
    return position;
}

} // namespace bolwerk::importers::findings
