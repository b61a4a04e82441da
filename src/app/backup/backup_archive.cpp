#include "app/backup/backup_archive.hpp"

#include "common/digest.hpp"

#include <array>
#include <fcntl.h>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sodium.h>
#include <unistd.h>

namespace bolwerk::app {

namespace {

constexpr std::string_view magic_line = "BOLWERK-BACKUP 1";
// The JSON line is small; a longer one means this is not our file.
constexpr std::size_t longest_header_line = 4096;
constexpr std::size_t chunk_bytes = 1 << 20;

Error bad_archive(std::filesystem::path const& archive, std::string const& what)
{
    return Error::invalid(archive.string() + " is not a usable Bolwerk backup: " + what);
}

// Streams `in` into `out` (when given) for `bytes` bytes, returning the SHA-256 in hex.
Result<std::string> copy_and_hash(std::istream& in, std::ostream* out, std::uint64_t bytes)
{
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    std::vector<char> buffer(chunk_bytes);
    while (bytes > 0) {
        auto const wanted = static_cast<std::streamsize>(std::min<std::uint64_t>(bytes, buffer.size()));
        in.read(buffer.data(), wanted);
        if (in.gcount() != wanted)
            return Error::invalid("the payload ends early");
        crypto_hash_sha256_update(
            &state, reinterpret_cast<unsigned char const*>(buffer.data()), static_cast<unsigned long long>(wanted));
        if (out != nullptr && !out->write(buffer.data(), wanted))
            return Error::unavailable("cannot write");
        bytes -= static_cast<std::uint64_t>(wanted);
    }
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256_final(&state, digest.data());
    return hex_encode({reinterpret_cast<char const*>(digest.data()), digest.size()});
}

nlohmann::json header_json(BackupHeader const& header)
{
    return {{"backend", std::string(store::to_string(header.backend))}, {"schema_version", header.schema_version},
        {"created_at", header.created_at}, {"bolwerk_version", header.bolwerk_version},
        {"payload_bytes", header.payload_bytes}, {"payload_sha256", header.payload_sha256}};
}

// A string field, or "" when it is missing or not a string (the header is outside input).
std::string text_field(nlohmann::json const& json, char const* name)
{
    auto const found = json.find(name);
    return found != json.end() && found->is_string() ? found->get<std::string>() : std::string();
}

Result<BackupHeader> parse_header(std::filesystem::path const& archive, std::string const& line)
{
    auto const json = nlohmann::json::parse(line, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return bad_archive(archive, "line 2 is not a JSON object");
    BackupHeader header;
    auto const backend = text_field(json, "backend");
    if (backend == store::to_string(store::Backend::Sqlite))
        header.backend = store::Backend::Sqlite;
    else if (backend == store::to_string(store::Backend::Postgres))
        header.backend = store::Backend::Postgres;
    else
        return bad_archive(archive, "line 2: unknown backend '" + backend + "'");
    if (!json.contains("schema_version") || !json["schema_version"].is_number_integer()
        || !json.contains("payload_bytes") || !json["payload_bytes"].is_number_unsigned())
        return bad_archive(archive, "line 2 lacks schema_version or payload_bytes");
    header.schema_version = json["schema_version"].get<std::int64_t>();
    header.payload_bytes = json["payload_bytes"].get<std::uint64_t>();
    header.payload_sha256 = text_field(json, "payload_sha256");
    header.created_at = text_field(json, "created_at");
    header.bolwerk_version = text_field(json, "bolwerk_version");
    if (header.payload_sha256.size() != std::size_t{2} * crypto_hash_sha256_BYTES)
        return bad_archive(archive, "line 2: payload_sha256 is not a SHA-256");
    return header;
}

// Opens `archive` and leaves the stream at the start of the payload.
Result<BackupHeader> open_at_payload(std::filesystem::path const& archive, std::ifstream& in)
{
    in.open(archive, std::ios::binary);
    if (!in)
        return Error::not_found("cannot read the backup " + archive.string());
    std::string line;
    if (!std::getline(in, line) || line != magic_line)
        return bad_archive(archive, "line 1 is not '" + std::string(magic_line) + "'");
    line.clear();
    char character = 0;
    while (in.get(character) && character != '\n') {
        if (line.size() == longest_header_line)
            return bad_archive(archive, "line 2 is too long");
        line += character;
    }
    if (!in)
        return bad_archive(archive, "the file ends in its header");
    return parse_header(archive, line);
}

} // namespace

Result<void> create_private_file(std::filesystem::path const& path)
{
    int const descriptor = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (descriptor < 0)
        return Error::unavailable("cannot create " + path.string() + " (does it exist already?)");
    close(descriptor);
    return ok();
}

Result<BackupHeader> write_backup_archive(
    std::filesystem::path const& archive, BackupHeader header, std::filesystem::path const& payload)
{
    std::error_code size_error;
    header.payload_bytes = std::filesystem::file_size(payload, size_error);
    if (size_error)
        return Error::unavailable("cannot read " + payload.string());
    {
        std::ifstream in(payload, std::ios::binary);
        header.payload_sha256 = TRY(copy_and_hash(in, nullptr, header.payload_bytes));
    }
    if (std::filesystem::exists(archive))
        return Error::conflict(archive.string() + " exists already; choose another name for the backup");
    auto const partial = std::filesystem::path(archive.string() + ".partial");
    TRY(create_private_file(partial));
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        std::ifstream in(payload, std::ios::binary);
        out << magic_line << '\n' << header_json(header).dump() << '\n';
        auto const copied = copy_and_hash(in, &out, header.payload_bytes);
        if (!copied || !out.flush() || *copied != header.payload_sha256) {
            std::filesystem::remove(partial);
            return Error::unavailable(
                "cannot write the backup " + partial.string() + (copied ? "" : ": " + copied.error().message()));
        }
    }
    std::error_code renamed;
    std::filesystem::rename(partial, archive, renamed);
    if (renamed)
        return Error::unavailable("cannot rename " + partial.string() + " to " + archive.string());
    return header;
}

Result<BackupHeader> read_backup_header(std::filesystem::path const& archive)
{
    std::ifstream in;
    return open_at_payload(archive, in);
}

Result<void> extract_backup_payload(
    std::filesystem::path const& archive, BackupHeader const& header, std::filesystem::path const& target)
{
    std::ifstream in;
    TRY(open_at_payload(archive, in));
    TRY(create_private_file(target));
    std::ofstream out(target, std::ios::binary | std::ios::trunc);
    auto const digest = copy_and_hash(in, &out, header.payload_bytes);
    if (!digest)
        return bad_archive(archive, digest.error().message() + " (the file is truncated)");
    if (in.peek() != std::char_traits<char>::eof())
        return bad_archive(archive, "there are bytes after the payload");
    if (*digest != header.payload_sha256)
        return bad_archive(archive, "the payload's SHA-256 differs from the header (the file was altered)");
    if (!out.flush())
        return Error::unavailable("cannot write " + target.string());
    return ok();
}

} // namespace bolwerk::app
