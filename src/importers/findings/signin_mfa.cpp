#include "importers/findings/signin_mfa.hpp"

#include "importers/findings/json_stream.hpp"
#include "importers/findings/signin_record.hpp"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <set>
#include <thread>
#include <vector>

namespace bolwerk::importers::findings {
namespace {

namespace od = simdjson::ondemand;
using signin::Tally;

struct Record {
    bool has_status = false;
    std::int64_t error_code = -1;
    bool interactive = true;
    bool has_requirement = false;
    bool multi_factor = false;
    bool mfa_detail = false;
    std::string_view account;
    std::string_view user_id;
};

simdjson::error_code read_status(od::value value, Record& record)
{
    od::object status;
    if (auto const error = value.get_object().get(status))
        return error;
    for (auto member : status) {
        od::field field;
        if (auto const error = std::move(member).get(field))
            return error;
        if (field.key() == "errorCode") {
            if (auto const error = field.value().get_int64().get(record.error_code))
                return error;
            record.has_status = true;
        }
    }
    return simdjson::SUCCESS;
}

simdjson::error_code read_mfa_detail(od::value value, Record& record)
{
    bool is_null = false;
    if (auto const error = value.is_null().get(is_null); error || is_null)
        return error;
    od::object detail;
    if (auto const error = value.get_object().get(detail))
        return error;
    for (auto member : detail) {
        od::field field;
        if (auto const error = std::move(member).get(field))
            return error;
        if (!(field.key() == "authMethod"))
            continue;
        std::string_view method;
        if (field.value().get_string().get(method) == simdjson::SUCCESS)
            record.mfa_detail = !method.empty();
    }
    return simdjson::SUCCESS;
}

// One pass over the record's members; everything not needed is skipped unparsed.
simdjson::error_code read_record(od::object object, Record& record)
{
    for (auto member : object) {
        od::field field;
        if (auto const error = std::move(member).get(field))
            return error;
        auto const key = field.key();
        simdjson::error_code error = simdjson::SUCCESS;
        if (key == "status")
            error = read_status(field.value(), record);
        else if (key == "isInteractive")
            error = field.value().get_bool().get(record.interactive);
        else if (key == "authenticationRequirement") {
            std::string_view requirement;
            error = field.value().get_string().get(requirement);
            record.has_requirement = true;
            record.multi_factor = requirement == "multiFactorAuthentication";
        } else if (key == "userPrincipalName")
            error = field.value().get_string().get(record.account);
        else if (key == "userId")
            error = field.value().get_string().get(record.user_id);
        else if (key == "mfaDetail")
            error = read_mfa_detail(field.value(), record);
        if (error)
            return error;
    }
    return simdjson::SUCCESS;
}

// JSON lines: simdjson's document stream over one chunk that ends at a line end and is
// followed by at least SIMDJSON_PADDING readable bytes.
void scan_lines(std::string_view chunk, std::size_t chunk_offset, Tally& tally)
{
    od::parser parser;
    od::document_stream stream;
    constexpr std::size_t batch = std::size_t{4} << 20;
    if (auto const error = parser.iterate_many(chunk.data(), chunk.size(), batch).get(stream)) {
        tally.error = std::string("invalid JSON lines: ") + simdjson::error_message(error);
        tally.error_offset = chunk_offset;
        return;
    }
    for (auto it = stream.begin(); it != stream.end(); ++it) {
        auto const offset = chunk_offset + it.current_index();
        od::object object;
        auto document = *it;
        if (auto const error = document.get_object().get(object)) {
            tally.error = std::string("a line is not a JSON object: ") + simdjson::error_message(error);
            tally.error_offset = offset;
            return;
        }
        if (!signin::count_record(object, tally, offset))
            return;
    }
    if (stream.truncated_bytes() > 0) {
        tally.error = "the last record is incomplete";
        tally.error_offset = chunk_offset + chunk.size() - stream.truncated_bytes();
    }
}

// Splits [begin, end) into `parts` ranges that each end just after a newline.
std::vector<std::pair<std::size_t, std::size_t>> line_chunks(std::string_view text, std::size_t begin, unsigned parts)
{
    std::vector<std::pair<std::size_t, std::size_t>> chunks;
    auto const size = text.size() - begin;
    std::size_t start = begin;
    for (unsigned i = 1; i <= parts && start < text.size(); ++i) {
        auto end = i == parts ? text.size() : begin + size / parts * i;
        if (end < start)
            end = start;
        if (i != parts) {
            auto const newline = text.find('\n', end);
            end = newline == std::string_view::npos ? text.size() : newline + 1;
        }
        chunks.emplace_back(start, end);
        start = end;
    }
    return chunks;
}

} // namespace

namespace signin {

// Counts one record; false (with the reason in the tally) if it is not a sign-in.
bool count_record(simdjson::ondemand::object object, Tally& tally, std::size_t offset)
{
    Record record;
    auto const error = read_record(object, record);
    if (error || !record.has_status) {
        tally.error = error ? std::string("invalid sign-in record: ") + simdjson::error_message(error)
                            : std::string("a sign-in record has no status.errorCode");
        tally.error_offset = offset;
        return false;
    }
    if (record.error_code != 0 || !record.interactive)
        return true;
    ++tally.successful_interactive;
    bool const mfa = record.has_requirement ? record.multi_factor : record.mfa_detail;
    if (mfa) {
        ++tally.with_mfa;
        return true;
    }
    auto const account = record.account.empty() ? record.user_id : record.account;
    if (tally.single_factor.find(account) == tally.single_factor.end())
        tally.single_factor.emplace(account);
    return true;
}

} // namespace signin

namespace {

Result<domain::findings::MfaCoverage> merge(ReportInput const& input, std::vector<Tally>& tallies)
{
    domain::findings::MfaCoverage coverage;
    std::set<std::string, std::less<>> accounts;
    Tally const* failed = nullptr;
    for (auto& tally : tallies) {
        if (tally.error && (failed == nullptr || tally.error_offset < failed->error_offset))
            failed = &tally;
        coverage.interactive_successful += tally.successful_interactive;
        coverage.with_mfa += tally.with_mfa;
        accounts.merge(tally.single_factor);
    }
    if (failed != nullptr) {
        auto const position = position_of(input.bytes(), failed->error_offset);
        return Error::invalid(*failed->error + " (byte " + std::to_string(failed->error_offset) + ")",
            {.source = input.name(), .line = position.line, .column = position.column});
    }
    coverage.single_factor_accounts.assign(accounts.begin(), accounts.end());
    return coverage;
}

std::string padded_copy(std::string_view text)
{
    std::string copy(text);
    copy.resize(text.size() + simdjson::SIMDJSON_PADDING, ' ');
    return copy;
}

} // namespace

Result<SignInLayout> detect_signin_layout(ReportInput const& input)
{
    auto const top = TRY(read_json_top_level(
        input, [](JsonTopLevel const&) { return false; }, "value"));
    if (!top.is_object)
        return Error::invalid("a sign-in log is JSON lines of sign-in objects or a Graph list response",
            {.source = input.name(), .line = 1, .column = 1});
    return top.has("value") ? SignInLayout::ListResponse : SignInLayout::JsonLines;
}

Result<domain::findings::MfaCoverage> scan_signins(ReportInput const& input, unsigned threads)
{
    threads = std::max(1u, threads);
    auto const layout = TRY(detect_signin_layout(input));
    auto const text = input.bytes();
    std::vector<Tally> tallies(threads);
    if (layout == SignInLayout::ListResponse) {
        auto const top = TRY(read_json_top_level(
            input, [](JsonTopLevel const&) { return false; }, "value"));
        auto const array_begin = top.offsets.back();
        if (array_begin >= text.size() || text[array_begin] != '[') {
            auto const position = position_of(text, array_begin);
            return Error::invalid("the \"value\" member of a list response must be an array",
                {.source = input.name(), .field = "/value", .line = position.line, .column = position.column});
        }
        signin::scan_list_response(text, array_begin, tallies);
        return merge(input, tallies);
    }
    // simdjson may read SIMDJSON_PADDING bytes past a chunk: every chunk but the last
    // is followed by the next; the last is copied into a padded buffer when it ends
    // too close to the end of the mapping.
    auto const chunks = line_chunks(text, 0, threads);
    std::vector<std::thread> workers;
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        auto const [begin, end] = chunks[i];
        // The lines of the last chunk that lie within SIMDJSON_PADDING of the end are
        // scanned from a padded copy (at most a few records); the rest in place.
        auto cut = end;
        if (end == text.size()) {
            auto const newline = end - begin > simdjson::SIMDJSON_PADDING
                ? text.rfind('\n', end - simdjson::SIMDJSON_PADDING - 1)
                : std::string_view::npos;
            cut = newline == std::string_view::npos || newline < begin ? begin : newline + 1;
        }
        workers.emplace_back([text, begin = begin, end = end, cut, &tally = tallies[i]] {
            if (cut > begin)
                scan_lines(text.substr(begin, cut - begin), begin, tally);
            if (cut < end && !tally.error) {
                auto const tail = padded_copy(text.substr(cut, end - cut));
                scan_lines(std::string_view(tail.data(), end - cut), cut, tally);
            }
        });
    }
    for (auto& worker : workers)
        worker.join();
    return merge(input, tallies);
}

} // namespace bolwerk::importers::findings
