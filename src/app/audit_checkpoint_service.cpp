#include "app/audit_checkpoint_service.hpp"

#include "app/authorisation.hpp"
#include "app/backup/backup_archive.hpp"
#include "common/digest.hpp"
#include "common/text.hpp"
#include "domain/audit_event.hpp"
#include "store/audit_checkpoint_repository.hpp"
#include "store/audit_repository.hpp"
#include "store/database.hpp"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sodium.h>
#include <sstream>

namespace bolwerk::app {

namespace {

using Bytes = std::string;

Result<Bytes> from_hex(std::string_view hex, std::size_t bytes, std::string const& what)
{
    Bytes binary(bytes, '\0');
    std::size_t length = 0;
    if (hex.size() != 2 * bytes
        || sodium_hex2bin(reinterpret_cast<unsigned char*>(binary.data()), bytes, hex.data(), hex.size(), nullptr,
               &length, nullptr)
            != 0
        || length != bytes)
        return Error::invalid(what + " is not " + std::to_string(bytes) + " bytes in hex");
    return binary;
}

Result<Bytes> read_hex_file(std::filesystem::path const& path, std::size_t bytes, std::string const& what)
{
    std::ifstream file(path);
    if (!file)
        return Error::not_found("cannot read the " + what + " " + path.string());
    std::stringstream content;
    content << file.rdbuf();
    return from_hex(trim(content.str()), bytes, "the " + what + " " + path.string());
}

std::string key_id_of(Bytes const& public_key) { return sha256_hex(public_key).substr(0, 16); }

Result<void> write_text(std::filesystem::path const& path, std::string const& text)
{
    std::ofstream file(path, std::ios::app);
    if (!file || !(file << text) || !file.flush())
        return Error::unavailable("cannot write " + path.string());
    return ok();
}

Result<std::vector<domain::AuditCheckpointHead>> current_heads(store::Connection& connection)
{
    std::vector<domain::AuditCheckpointHead> heads;
    for (auto const& head : TRY(store::AuditRepository::heads(connection)))
        heads.push_back({head.chain, head.last_sequence, head.last_hash});
    std::sort(heads.begin(), heads.end(), [](auto const& a, auto const& b) { return a.chain < b.chain; });
    return heads;
}

Result<SignedAuditCheckpoint> parse_line(std::string const& line, std::size_t number, std::string const& file)
{
    auto const where = file + " line " + std::to_string(number);
    auto const json = nlohmann::json::parse(line, nullptr, false);
    if (json.is_discarded() || !json.is_object() || !json.contains("heads") || !json["heads"].is_array())
        return Error::invalid(where + " is not a checkpoint (a JSON object with heads)");
    SignedAuditCheckpoint parsed;
    auto text = [&](char const* name) {
        auto const found = json.find(name);
        return found != json.end() && found->is_string() ? found->get<std::string>() : std::string();
    };
    parsed.checkpoint.created_at = text("created_at");
    parsed.checkpoint.key_id = text("key_id");
    parsed.signature = text("signature");
    parsed.public_key = text("public_key");
    for (auto const& head : json["heads"]) {
        if (!head.is_object() || !head.contains("chain") || !head["chain"].is_number_integer()
            || !head.contains("events") || !head["events"].is_number_integer() || !head.contains("hash")
            || !head["hash"].is_string())
            return Error::invalid(where + ": a head needs chain, events and hash");
        parsed.checkpoint.heads.push_back(
            {head["chain"].get<std::int64_t>(), head["events"].get<std::int64_t>(), head["hash"].get<std::string>()});
    }
    return parsed;
}

std::string chain_name(std::int64_t chain)
{
    return chain == domain::system_audit_chain ? "the system chain" : "organisation " + std::to_string(chain);
}

// The findings of one checkpoint: its signature, then each head it signed.
Result<void> check_one(store::Connection& connection, SignedAuditCheckpoint const& signed_checkpoint,
    Bytes const& public_key, std::vector<AuditCheckpointFinding>& findings)
{
    auto const& checkpoint = signed_checkpoint.checkpoint;
    auto const signature = from_hex(signed_checkpoint.signature, crypto_sign_BYTES, "the signature");
    auto const text = domain::checkpoint_signed_text(checkpoint);
    bool const verified = signature
        && crypto_sign_verify_detached(reinterpret_cast<unsigned char const*>(signature->data()),
               reinterpret_cast<unsigned char const*>(text.data()), text.size(),
               reinterpret_cast<unsigned char const*>(public_key.data()))
            == 0;
    if (!verified) {
        findings.push_back({checkpoint.created_at, 0,
            "the signature does not verify with this public key (key " + key_id_of(public_key)
                + "): the checkpoint was altered or signed with another key"});
        return ok();
    }
    for (auto const& head : checkpoint.heads) {
        auto const now = TRY(store::AuditCheckpointRepository::event_hash(connection, head.chain, head.sequence));
        if (!now) {
            findings.push_back({checkpoint.created_at, head.chain,
                chain_name(head.chain) + ": event " + std::to_string(head.sequence)
                    + " that the checkpoint signed is gone (the trail was cut back after the checkpoint)"});
        } else if (*now != head.hash) {
            findings.push_back({checkpoint.created_at, head.chain,
                chain_name(head.chain) + ": event " + std::to_string(head.sequence) + " has hash " + now->substr(0, 12)
                    + "…, the checkpoint signed " + head.hash.substr(0, 12)
                    + "… (the trail was rewritten after the checkpoint)"});
        }
    }
    return ok();
}

} // namespace

Result<AuditSigningKey> generate_audit_signing_key(Actor const& actor, std::filesystem::path const& secret_file)
{
    TRY(authorise(actor, Permission::AuditCheckpoint));
    if (sodium_init() < 0)
        return Error::internal("libsodium cannot start");
    Bytes public_key(crypto_sign_PUBLICKEYBYTES, '\0');
    Bytes secret_key(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(
        reinterpret_cast<unsigned char*>(public_key.data()), reinterpret_cast<unsigned char*>(secret_key.data()));
    AuditSigningKey key{secret_file, secret_file.string() + ".pub", key_id_of(public_key)};
    TRY(create_private_file(key.secret_file));
    auto const written = write_text(key.secret_file, hex_encode(secret_key) + "\n");
    sodium_memzero(secret_key.data(), secret_key.size());
    TRY(written);
    TRY(write_text(key.public_file, hex_encode(public_key) + "\n"));
    return key;
}

std::string to_json_line(SignedAuditCheckpoint const& signed_checkpoint)
{
    auto heads = nlohmann::json::array();
    for (auto const& head : signed_checkpoint.checkpoint.heads)
        heads.push_back({{"chain", head.chain}, {"events", head.sequence}, {"hash", head.hash}});
    return nlohmann::json{{"created_at", signed_checkpoint.checkpoint.created_at},
        {"key_id", signed_checkpoint.checkpoint.key_id}, {"heads", heads}, {"signature", signed_checkpoint.signature},
        {"public_key", signed_checkpoint.public_key}}
        .dump();
}

Result<SignedAuditCheckpoint> create_audit_checkpoint(
    store::Database& database, Actor const& actor, Clock const& clock, std::filesystem::path const& secret_file)
{
    TRY(authorise(actor, Permission::AuditCheckpoint));
    if (sodium_init() < 0)
        return Error::internal("libsodium cannot start");
    auto secret_key = TRY(read_hex_file(secret_file, crypto_sign_SECRETKEYBYTES, "audit signing key"));
    Bytes public_key(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_ed25519_sk_to_pk(
        reinterpret_cast<unsigned char*>(public_key.data()), reinterpret_cast<unsigned char const*>(secret_key.data()));
    auto connection = TRY(database.acquire());
    SignedAuditCheckpoint result{
        .checkpoint = {format_timestamp(clock.now()), key_id_of(public_key), TRY(current_heads(*connection))},
        .signature = {},
        .public_key = hex_encode(public_key)};
    auto const text = domain::checkpoint_signed_text(result.checkpoint);
    Bytes signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
        reinterpret_cast<unsigned char const*>(text.data()), text.size(),
        reinterpret_cast<unsigned char const*>(secret_key.data()));
    sodium_memzero(secret_key.data(), secret_key.size());
    result.signature = hex_encode(signature);
    TRY(store::AuditCheckpointRepository::insert(
        *connection, {result.checkpoint.created_at, result.checkpoint.key_id, to_json_line(result), result.signature}));
    return result;
}

Result<std::vector<AuditCheckpointFinding>> check_audit_checkpoints(store::Database& database, Actor const& actor,
    std::filesystem::path const& checkpoints_file, std::filesystem::path const& public_key_file)
{
    TRY(authorise(actor, Permission::AuditTrailVerify));
    if (sodium_init() < 0)
        return Error::internal("libsodium cannot start");
    auto const public_key = TRY(read_hex_file(public_key_file, crypto_sign_PUBLICKEYBYTES, "public key"));
    std::ifstream file(checkpoints_file);
    if (!file)
        return Error::not_found("cannot read the checkpoint file " + checkpoints_file.string());
    auto connection = TRY(database.acquire());
    std::vector<AuditCheckpointFinding> findings;
    std::string line;
    std::size_t number = 0;
    std::size_t checked = 0;
    while (std::getline(file, line)) {
        ++number;
        if (trim(line).empty())
            continue;
        auto const parsed = TRY(parse_line(line, number, checkpoints_file.string()));
        TRY(check_one(*connection, parsed, public_key, findings));
        ++checked;
    }
    if (checked == 0)
        return Error::invalid(checkpoints_file.string() + " holds no checkpoint");
    return findings;
}

} // namespace bolwerk::app
