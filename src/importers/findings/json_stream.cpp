#include "importers/findings/json_stream.hpp"

#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>

namespace bolwerk::importers::findings {
namespace {

// A byte that ends a run of plain string characters: quote, backslash or a control
// character (which JSON forbids inside strings).
constexpr std::array<bool, 256> string_stops = [] {
    std::array<bool, 256> stops{};
    for (int c = 0; c < 0x20; ++c)
        stops[static_cast<std::size_t>(c)] = true;
    stops['"'] = true;
    stops['\\'] = true;
    return stops;
}();

// A path segment on the walker's stack: an object key or an array index.
struct Segment {
    std::string_view key; ///< As written in the document (escapes not decoded).
    std::size_t index = 0;
    bool is_index = false;
};

/// The recursive-descent walker. `alive` holds the wanted paths that still match the
/// current position; a value is captured when a path ends at it and skipped (still
/// checked) when no path continues below it.
class Walker {
public:
    Walker(ReportInput const& input, std::vector<JsonPath> const& paths, JsonCaptureHandler const* handler)
        : m_input(input)
        , m_text(input.bytes())
        , m_paths(paths)
        , m_handler(handler)
    {
    }

    Result<void> document()
    {
        skip_space();
        std::vector<std::size_t> alive;
        for (std::size_t i = 0; i < m_paths.size(); ++i)
            alive.push_back(i);
        TRY(value(alive, 0));
        skip_space();
        if (m_position != m_text.size())
            return error("unexpected text after the JSON value");
        return ok();
    }

    Result<void> top_level(
        JsonTopLevel& top, std::function<bool(JsonTopLevel const&)> const& enough, std::string_view stop_at_key)
    {
        skip_space();
        if (peek() != '{')
            return ok();
        top.is_object = true;
        ++m_position;
        skip_space();
        if (peek() == '}')
            return ok();
        while (true) {
            TRY(expect('"', "an object key"));
            auto const key_start = m_position;
            auto key = TRY(string_text());
            skip_space();
            TRY(expect(':', "':' after an object key"));
            skip_space();
            auto const start = m_position;
            if (!stop_at_key.empty() && key == stop_at_key) {
                top.keys.push_back(std::move(key));
                top.scalar_values.emplace_back();
                top.raw_values.emplace_back();
                top.offsets.push_back(start);
                return ok();
            }
            bool const scalar = peek() != '{' && peek() != '[';
            m_stack.push_back({m_text.substr(key_start, start - key_start), 0, false});
            m_stack.back().key = m_stack.back().key.substr(0, m_stack.back().key.find('"'));
            TRY(skip_value(1));
            m_stack.pop_back();
            top.keys.push_back(std::move(key));
            top.scalar_values.push_back(scalar ? scalar_text(m_text.substr(start, m_position - start)) : std::string());
            top.raw_values.push_back(m_text.substr(start, m_position - start));
            top.offsets.push_back(start);
            if (enough(top))
                return ok();
            skip_space();
            if (peek() == ',') {
                ++m_position;
                skip_space();
                continue;
            }
            return expect('}', "',' or '}' in an object");
        }
    }

private:
    Result<void> value(std::vector<std::size_t> const& alive, std::size_t depth)
    {
        if (depth > max_json_depth)
            return error("JSON nested deeper than " + std::to_string(max_json_depth) + " levels");
        for (auto const index : alive)
            if (m_paths[index].size() == depth)
                return capture(index, depth);
        if (alive.empty())
            return skip_value(depth);
        char const c = peek();
        if (c == '{')
            return object(alive, depth);
        if (c == '[')
            return array(alive, depth);
        return skip_value(depth);
    }

    Result<void> capture(std::size_t path_index, std::size_t depth)
    {
        auto const start = m_position;
        TRY(skip_value(depth));
        std::vector<std::size_t> indices;
        for (auto const& segment : m_stack)
            if (segment.is_index)
                indices.push_back(segment.index);
        JsonCapture const found{path_index, m_text.substr(start, m_position - start), start, indices, pointer()};
        TRY((*m_handler)(found));
        m_input.release_before(start);
        return ok();
    }

    Result<void> object(std::vector<std::size_t> const& alive, std::size_t depth)
    {
        ++m_position;
        skip_space();
        if (peek() == '}') {
            ++m_position;
            return ok();
        }
        while (true) {
            TRY(expect('"', "an object key"));
            auto const key_start = m_position;
            auto const key = TRY(string_text());
            auto const raw_key = m_text.substr(key_start, m_position - key_start - 1);
            skip_space();
            TRY(expect(':', "':' after an object key"));
            skip_space();
            std::vector<std::size_t> next;
            for (auto const index : alive)
                if (m_paths[index][depth] == key || m_paths[index][depth] == "*")
                    next.push_back(index);
            m_stack.push_back({raw_key, 0, false});
            TRY(value(next, depth + 1));
            m_stack.pop_back();
            skip_space();
            if (peek() == ',') {
                ++m_position;
                skip_space();
                continue;
            }
            return expect('}', "',' or '}' in an object");
        }
    }

    Result<void> array(std::vector<std::size_t> const& alive, std::size_t depth)
    {
        ++m_position;
        skip_space();
        if (peek() == ']') {
            ++m_position;
            return ok();
        }
        std::vector<std::size_t> next;
        for (auto const index : alive)
            if (m_paths[index][depth] == "*")
                next.push_back(index);
        m_stack.push_back({{}, 0, true});
        while (true) {
            TRY(value(next, depth + 1));
            skip_space();
            if (peek() == ',') {
                ++m_position;
                ++m_stack.back().index;
                skip_space();
                continue;
            }
            TRY(expect(']', "',' or ']' in an array"));
            m_stack.pop_back();
            return ok();
        }
    }

    // Skips one value, checking its syntax, without recursion into captures.
    Result<void> skip_value(std::size_t depth)
    {
        if (depth > max_json_depth)
            return error("JSON nested deeper than " + std::to_string(max_json_depth) + " levels");
        char const c = peek();
        if (c == '"') {
            ++m_position;
            return skip_string();
        }
        if (c == '{' || c == '[')
            return skip_container(depth);
        if (c == 't')
            return literal("true");
        if (c == 'f')
            return literal("false");
        if (c == 'n')
            return literal("null");
        if (c == '-' || (c >= '0' && c <= '9'))
            return number();
        return error(m_position >= m_text.size() ? "the JSON text ends where a value was expected"
                                                 : "a JSON value was expected");
    }

    Result<void> skip_container(std::size_t depth)
    {
        bool const is_object = peek() == '{';
        char const close = is_object ? '}' : ']';
        ++m_position;
        skip_space();
        if (peek() == close) {
            ++m_position;
            return ok();
        }
        // The stack follows skipped values too, so an error inside one names its place.
        m_stack.push_back({{}, 0, !is_object});
        while (true) {
            if (is_object) {
                TRY(expect('"', "an object key"));
                auto const key_start = m_position;
                TRY(skip_string());
                m_stack.back().key = m_text.substr(key_start, m_position - key_start - 1);
                skip_space();
                TRY(expect(':', "':' after an object key"));
                skip_space();
            }
            TRY(skip_value(depth + 1));
            // Skipped text is not read again: a mapped file's pages go back as we pass.
            m_input.release_before(m_position);
            skip_space();
            if (peek() == ',') {
                ++m_position;
                ++m_stack.back().index;
                m_stack.back().key = {};
                skip_space();
                continue;
            }
            TRY(expect(close, is_object ? "',' or '}' in an object" : "',' or ']' in an array"));
            m_stack.pop_back();
            return ok();
        }
    }

    // After the opening quote: moves past the closing quote.
    Result<void> skip_string()
    {
        auto const* data = reinterpret_cast<unsigned char const*>(m_text.data());
        auto const size = m_text.size();
        while (true) {
            while (m_position < size && !string_stops[data[m_position]])
                ++m_position;
            if (m_position >= size)
                return error("a string is not closed before the end of the text");
            auto const c = data[m_position];
            if (c == '"') {
                ++m_position;
                return ok();
            }
            if (c != '\\')
                return error("a control character inside a string must be escaped");
            TRY(escape());
        }
    }

    Result<void> escape()
    {
        ++m_position;
        if (m_position >= m_text.size())
            return error("a string is not closed before the end of the text");
        char const c = m_text[m_position];
        if (std::strchr("\"\\/bfnrt", c) != nullptr && c != '\0') {
            ++m_position;
            return ok();
        }
        if (c != 'u')
            return error("invalid escape sequence in a string");
        for (std::size_t i = 1; i <= 4; ++i)
            if (m_position + i >= m_text.size() || !std::isxdigit(static_cast<unsigned char>(m_text[m_position + i])))
                return error("invalid \\u escape in a string");
        m_position += 5;
        return ok();
    }

    // After the opening quote: the string's text with simple escapes decoded (keys).
    Result<std::string> string_text()
    {
        auto const start = m_position;
        TRY(skip_string());
        auto const raw = m_text.substr(start, m_position - start - 1);
        if (raw.find('\\') == std::string_view::npos)
            return std::string(raw);
        std::string text;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] != '\\') {
                text += raw[i];
                continue;
            }
            char const c = raw[++i];
            text += c == 'n' ? '\n' : c == 't' ? '\t' : c == 'u' ? '?' : c;
            if (c == 'u')
                i += 4;
        }
        return text;
    }

    static std::string scalar_text(std::string_view raw)
    {
        if (raw.size() >= 2 && raw.front() == '"')
            raw = raw.substr(1, raw.size() - 2);
        return std::string(raw);
    }

    Result<void> literal(std::string_view word)
    {
        if (m_text.substr(m_position, word.size()) != word)
            return error("a JSON value was expected");
        m_position += word.size();
        return ok();
    }

    Result<void> number()
    {
        auto const start = m_position;
        if (peek() == '-')
            ++m_position;
        auto const digits = [&] {
            auto const from = m_position;
            while (m_position < m_text.size() && m_text[m_position] >= '0' && m_text[m_position] <= '9')
                ++m_position;
            return m_position - from;
        };
        auto const integer_digits = digits();
        if (integer_digits == 0 || (integer_digits > 1 && m_text[m_position - integer_digits] == '0'))
            return error_at(start, "invalid number");
        if (peek() == '.') {
            ++m_position;
            if (digits() == 0)
                return error_at(start, "invalid number");
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_position;
            if (peek() == '+' || peek() == '-')
                ++m_position;
            if (digits() == 0)
                return error_at(start, "invalid number");
        }
        return ok();
    }

    Result<void> expect(char c, std::string_view what)
    {
        if (peek() != c)
            return error(std::string(m_position >= m_text.size() ? "the JSON text ends where " : "expected ")
                + std::string(what) + (m_position >= m_text.size() ? " was expected" : ""));
        ++m_position;
        return ok();
    }

    char peek() const { return m_position < m_text.size() ? m_text[m_position] : '\0'; }

    void skip_space()
    {
        while (m_position < m_text.size()) {
            char const c = m_text[m_position];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return;
            ++m_position;
        }
    }

    std::string pointer() const
    {
        std::string text;
        for (auto const& segment : m_stack) {
            if (!segment.is_index && segment.key.empty())
                continue;
            text += '/';
            if (segment.is_index) {
                text += std::to_string(segment.index);
                continue;
            }
            for (char const c : segment.key)
                text += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
        }
        return text;
    }

    Error error(std::string message) const { return error_at(m_position, std::move(message)); }

    Error error_at(std::size_t offset, std::string message) const
    {
        auto const position = position_of(m_text, offset);
        auto const where = pointer();
        return Error::invalid(std::move(message) + " (byte " + std::to_string(offset) + ")",
            {.source = m_input.name(),
                .field = where.empty() ? std::string("/") : where,
                .line = position.line,
                .column = position.column});
    }

    ReportInput const& m_input;
    std::string_view m_text;
    std::vector<JsonPath> const& m_paths;
    JsonCaptureHandler const* m_handler;
    std::size_t m_position = 0;
    std::vector<Segment> m_stack;
};

} // namespace

Result<void> walk_json(ReportInput const& input, std::vector<JsonPath> const& paths, JsonCaptureHandler const& handler)
{
    Walker walker(input, paths, &handler);
    return walker.document();
}

std::string_view JsonTopLevel::value_of(std::string_view key) const
{
    for (std::size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key)
            return scalar_values[i];
    return {};
}

bool JsonTopLevel::has(std::string_view key) const
{
    for (auto const& name : keys)
        if (name == key)
            return true;
    return false;
}

Result<JsonTopLevel> read_json_top_level(
    ReportInput const& input, std::function<bool(JsonTopLevel const&)> const& enough, std::string_view stop_at_key)
{
    std::vector<JsonPath> const none;
    Walker walker(input, none, nullptr);
    JsonTopLevel top;
    TRY(walker.top_level(top, enough, stop_at_key));
    return top;
}

} // namespace bolwerk::importers::findings
