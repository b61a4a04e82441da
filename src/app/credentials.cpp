#include "app/credentials.hpp"

#include "common/text.hpp"

#include <sodium.h>

#include <fstream>
#include <vector>

namespace bolwerk::app {

namespace {

constexpr unsigned long long password_ops_limit = 2;
constexpr std::size_t password_memory_limit = std::size_t{19} * 1024 * 1024;

bool initialise_sodium()
{
    static bool const initialised = sodium_init() >= 0;
    return initialised;
}

} // namespace

std::string random_token(std::size_t bytes)
{
    BOLWERK_VERIFY(initialise_sodium());
    std::vector<unsigned char> buffer(bytes);
    randombytes_buf(buffer.data(), buffer.size());
    std::string encoded(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(
        encoded.data(), encoded.size(), buffer.data(), buffer.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    encoded.resize(std::char_traits<char>::length(encoded.c_str()));
    return encoded;
}

std::string random_bytes(std::size_t count)
{
    BOLWERK_VERIFY(initialise_sodium());
    std::string bytes(count, '\0');
    randombytes_buf(bytes.data(), bytes.size());
    return bytes;
}

std::string random_readable_secret(std::size_t groups)
{
    BOLWERK_VERIFY(initialise_sodium());
    // No 0/o, 1/l/i: easy to read aloud and to type from a screen.
    constexpr std::string_view alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
    std::string secret;
    for (std::size_t group = 0; group < groups; ++group) {
        if (group > 0)
            secret += '-';
        for (int i = 0; i < 4; ++i)
            secret += alphabet[randombytes_uniform(static_cast<std::uint32_t>(alphabet.size()))];
    }
    return secret;
}

Result<std::string> hash_password(std::string_view password)
{
    BOLWERK_VERIFY(initialise_sodium());
    std::string hash(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str(hash.data(), password.data(), password.size(), password_ops_limit, password_memory_limit)
        != 0)
        return Error::unavailable("not enough memory to hash the password");
    hash.resize(std::char_traits<char>::length(hash.c_str()));
    return hash;
}

bool verify_password(std::string const& hash, std::string_view password)
{
    BOLWERK_VERIFY(initialise_sodium());
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

void spend_password_check_time(std::string_view password)
{
    // Computed once; a fixed hash of a random password that no one knows.
    static std::string const decoy = hash_password(random_token(16)).value();
    (void)verify_password(decoy, password);
}

Result<domain::CommonPasswords> load_common_passwords(std::filesystem::path const& path)
{
    std::ifstream file(path);
    if (!file)
        return Error::unavailable(
            "cannot read the list of common passwords " + path.string() + " (Debian package john-data)");
    std::unordered_set<std::string> words;
    std::string line;
    while (std::getline(file, line)) {
        if (line.starts_with("#!comment:") || trim(line).empty())
            continue;
        words.insert(to_ascii_lower(trim(line)));
    }
    return domain::CommonPasswords(std::move(words));
}

} // namespace bolwerk::app
