#include "importers/findings/signin_record.hpp"

#include <array>
#include <thread>

namespace bolwerk::importers::findings::signin {
namespace {

// Bytes that matter for finding records: quotes and brackets.
constexpr std::array<bool, 256> structural = [] {
    std::array<bool, 256> table{};
    for (unsigned char const c : std::string_view("\"{}[]"))
        table[c] = true;
    return table;
}();

// A quote is escaped when an odd number of backslashes precede it (they may lie
// before the chunk: the whole text is readable).
bool is_escaped(std::string_view text, std::size_t position)
{
    std::size_t backslashes = 0;
    while (position > backslashes && text[position - backslashes - 1] == '\\')
        ++backslashes;
    return backslashes % 2 == 1;
}

/// Phase 1, per chunk, without knowing whether the chunk starts inside a string: the
/// parity of its unescaped quotes, and its net nesting change for both cases.
struct ChunkSummary {
    bool odd_quotes = false;
    std::array<std::int64_t, 2> depth_change{}; ///< [starts outside a string, starts inside]
};

ChunkSummary summarise(std::string_view text, std::size_t begin, std::size_t end)
{
    ChunkSummary summary;
    auto const* bytes = reinterpret_cast<unsigned char const*>(text.data());
    bool parity = false;
    for (std::size_t i = begin; i < end; ++i) {
        auto const c = bytes[i];
        if (!structural[c])
            continue;
        if (c == '"') {
            if (!is_escaped(text, i))
                parity = !parity;
            continue;
        }
        int const step = c == '{' || c == '[' ? 1 : -1;
        // Outside a string under hypothesis h when h == parity (both false, or both true).
        summary.depth_change[parity ? 1 : 0] += step;
    }
    summary.odd_quotes = parity;
    return summary;
}

struct ChunkStart {
    bool in_string = false;
    std::int64_t depth = 1; ///< 1 = directly inside the "value" array.
};

/// Phase 3: with the true state at its start, a chunk finds the records (objects at
/// depth 1) that start in it, follows each to its end (past the chunk if need be) and
/// counts it with simdjson On-Demand. Depth 0 is the end of the array.
void scan_chunk(std::string_view text, std::size_t begin, std::size_t end, ChunkStart start, Tally& tally)
{
    simdjson::ondemand::parser parser;
    std::string buffer;
    auto const* bytes = reinterpret_cast<unsigned char const*>(text.data());
    bool in_string = start.in_string;
    std::int64_t depth = start.depth;
    constexpr std::size_t no_record = std::string_view::npos;
    std::size_t record_start = no_record;
    for (std::size_t i = begin; i < text.size(); ++i) {
        auto const c = bytes[i];
        if (!structural[c])
            continue;
        if (c == '"') {
            if (!is_escaped(text, i))
                in_string = !in_string;
            continue;
        }
        if (in_string)
            continue;
        if (c == '{' || c == '[') {
            if (depth == 1 && c == '{') {
                if (i >= end)
                    return; // the next chunk's record
                record_start = i;
            }
            ++depth;
            continue;
        }
        --depth;
        if (depth == 0)
            return; // the end of the "value" array
        // A record that started in an earlier chunk is that chunk's.
        if (depth != 1 || c != '}' || record_start == no_record)
            continue;
        auto const record = text.substr(record_start, i + 1 - record_start);
        buffer.assign(record);
        buffer.resize(record.size() + simdjson::SIMDJSON_PADDING, ' ');
        simdjson::ondemand::document document;
        simdjson::ondemand::object object;
        auto error = parser.iterate(buffer.data(), record.size(), buffer.size()).get(document);
        if (!error)
            error = document.get_object().get(object);
        if (error) {
            tally.error = std::string("invalid sign-in record: ") + simdjson::error_message(error);
            tally.error_offset = record_start;
            return;
        }
        if (!count_record(object, tally, record_start))
            return;
        record_start = no_record;
        if (i >= end)
            return;
    }
    if (!tally.error && depth > 0) {
        tally.error = "the list response ends inside its \"value\" array";
        tally.error_offset = text.size();
    }
}

} // namespace

void scan_list_response(std::string_view text, std::size_t array_begin, std::vector<Tally>& tallies)
{
    auto const parts = tallies.size();
    auto const first = array_begin + 1;
    std::vector<std::size_t> bounds{first};
    for (std::size_t i = 1; i < parts; ++i)
        bounds.push_back(first + (text.size() - first) / parts * i);
    bounds.push_back(text.size());
    std::vector<ChunkSummary> summaries(parts);
    {
        std::vector<std::thread> workers;
        for (std::size_t i = 0; i < parts; ++i)
            workers.emplace_back([&, i] { summaries[i] = summarise(text, bounds[i], bounds[i + 1]); });
        for (auto& worker : workers)
            worker.join();
    }
    // Phase 2: the true state at each chunk start, from the one before it.
    std::vector<ChunkStart> starts(parts);
    for (std::size_t i = 1; i < parts; ++i) {
        auto const& previous = summaries[i - 1];
        starts[i].in_string = starts[i - 1].in_string != previous.odd_quotes;
        starts[i].depth = starts[i - 1].depth + previous.depth_change[starts[i - 1].in_string ? 1 : 0];
    }
    std::vector<std::thread> workers;
    for (std::size_t i = 0; i < parts; ++i)
        workers.emplace_back([&, i] {
            if (starts[i].depth >= 1)
                scan_chunk(text, bounds[i], bounds[i + 1], starts[i], tallies[i]);
        });
    for (auto& worker : workers)
        worker.join();
}

} // namespace bolwerk::importers::findings::signin
