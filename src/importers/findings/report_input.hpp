#pragma once

#include "common/result.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace bolwerk::importers::findings {

/// Reports larger than this are refused before they are mapped.
constexpr std::uint64_t max_report_bytes = std::uint64_t{4} * 1024 * 1024 * 1024;

/// The read step: the bytes of one report and the name to report errors by. The bytes
/// are either a caller's buffer (tests, uploads) or a memory-mapped file. Importers
/// read front to back and call `release_before` as they go, so the pages of a mapped
/// file already read are dropped and a large report imports in bounded memory.
/// Not thread-safe; the bytes live as long as the ReportInput.
class ReportInput {
public:
    /// A view of bytes the caller keeps alive for as long as the input is used.
    ReportInput(std::string name, std::string_view bytes);
    ~ReportInput();
    ReportInput(ReportInput&&) noexcept;
    ReportInput& operator=(ReportInput&&) noexcept;
    ReportInput(ReportInput const&) = delete;
    ReportInput& operator=(ReportInput const&) = delete;

    /// Maps a file read-only. A missing file is NotFound, an unreadable one Unavailable,
    /// one larger than max_report_bytes Invalid.
    static Result<ReportInput> map_file(std::string const& path);

    std::string const& name() const { return m_name; }
    std::string_view bytes() const { return m_bytes; }

    /// Tells the input that bytes before `offset` will not be read again. For a mapped
    /// file the whole pages before it are returned to the kernel; otherwise nothing.
    void release_before(std::size_t offset) const;

private:
    struct Mapping;
    std::string m_name;
    std::string_view m_bytes;
    std::unique_ptr<Mapping> m_mapping;
};

/// Line and column (both 1-based) of a byte offset, for error messages.
struct TextPosition {
    std::uint64_t line = 1;
    std::uint64_t column = 1;
};
TextPosition position_of(std::string_view text, std::size_t offset);

} // namespace bolwerk::importers::findings
