#include "importers/findings/json_node.hpp"

#include <simdjson.h>

#include <charconv>

namespace bolwerk::importers::findings {
namespace {

namespace od = simdjson::ondemand;

std::vector<JsonNode> const no_elements;

// Converts an On-Demand value into a JsonNode; depth is bounded by the walker.
simdjson::error_code convert(od::value value, JsonNode& node, std::size_t depth)
{
    if (depth > max_json_depth)
        return simdjson::DEPTH_ERROR;
    od::json_type type;
    if (auto const error = value.type().get(type))
        return error;
    switch (type) {
    case od::json_type::object: {
        node.kind = JsonNode::Kind::Object;
        od::object object;
        if (auto const error = value.get_object().get(object))
            return error;
        for (auto field : object) {
            std::string_view key;
            if (auto const error = field.unescaped_key().get(key))
                return error;
            node.keys.emplace_back(key);
            node.children.emplace_back();
            if (auto const error = convert(field.value(), node.children.back(), depth + 1))
                return error;
        }
        return simdjson::SUCCESS;
    }
    case od::json_type::array: {
        node.kind = JsonNode::Kind::Array;
        od::array array;
        if (auto const error = value.get_array().get(array))
            return error;
        for (auto element : array) {
            od::value child;
            if (auto const error = element.get(child))
                return error;
            node.children.emplace_back();
            if (auto const error = convert(child, node.children.back(), depth + 1))
                return error;
        }
        return simdjson::SUCCESS;
    }
    case od::json_type::string: {
        node.kind = JsonNode::Kind::String;
        std::string_view text;
        if (auto const error = value.get_string().get(text))
            return error;
        node.text = text;
        return simdjson::SUCCESS;
    }
    case od::json_type::number:
    case od::json_type::boolean: {
        node.kind = type == od::json_type::number ? JsonNode::Kind::Number : JsonNode::Kind::Boolean;
        std::string_view token = value.raw_json_token();
        while (!token.empty()
            && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
            token.remove_suffix(1);
        node.text = token;
        if (type == od::json_type::boolean) {
            bool flag = false;
            return value.get_bool().get(flag);
        }
        return simdjson::SUCCESS;
    }
    case od::json_type::null: node.kind = JsonNode::Kind::Null; return simdjson::SUCCESS;
    }
    return simdjson::INCORRECT_TYPE;
}

} // namespace

JsonNode const* JsonNode::find(std::string_view key) const
{
    if (kind != Kind::Object)
        return nullptr;
    for (std::size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key)
            return &children[i];
    return nullptr;
}

std::string_view JsonNode::text_of(std::string_view key) const
{
    auto const* member = find(key);
    if (member == nullptr || !member->is_scalar())
        return {};
    return member->text;
}

std::optional<double> JsonNode::number_of(std::string_view key) const
{
    auto const number_text = text_of(key);
    if (number_text.empty())
        return std::nullopt;
    double value = 0;
    auto const [end, error] = std::from_chars(number_text.data(), number_text.data() + number_text.size(), value);
    if (error != std::errc() || end != number_text.data() + number_text.size())
        return std::nullopt;
    return value;
}

std::vector<JsonNode> const& JsonNode::elements_of(std::string_view key) const
{
    auto const* member = find(key);
    if (member == nullptr || !member->is_array())
        return no_elements;
    return member->children;
}

struct JsonRecordParser::State {
    od::parser parser;
    std::string buffer;
};

JsonRecordParser::JsonRecordParser()
    : m_state(std::make_unique<State>())
{
}

JsonRecordParser::~JsonRecordParser() = default;

Result<JsonNode> JsonRecordParser::parse_text(std::string_view text, std::string const& source)
{
    auto& buffer = m_state->buffer;
    buffer.assign(text);
    buffer.resize(text.size() + simdjson::SIMDJSON_PADDING, ' ');
    od::document document;
    JsonNode node;
    auto error = m_state->parser.iterate(buffer.data(), text.size(), buffer.size()).get(document);
    od::value root;
    if (!error)
        error = document.get_value().get(root);
    if (!error)
        error = convert(root, node, 0);
    if (error)
        return Error::invalid(std::string("invalid JSON: ") + simdjson::error_message(error), {.source = source});
    return node;
}

Result<JsonNode> JsonRecordParser::parse(ReportInput const& input, JsonCapture const& capture)
{
    auto parsed = parse_text(capture.raw, input.name());
    if (parsed)
        return parsed;
    auto const position = position_of(input.bytes(), capture.offset);
    return parsed.error().with_location({.field = capture.pointer.empty() ? std::string("/") : capture.pointer,
        .line = position.line,
        .column = position.column});
}

Result<std::string> JsonRecordParser::scalar(ReportInput const& input, JsonCapture const& capture)
{
    auto const wrapped = "[" + std::string(capture.raw) + "]";
    auto node = parse_text(wrapped, input.name());
    if (!node || node->children.size() != 1 || !node->children.front().is_scalar()) {
        auto const position = position_of(input.bytes(), capture.offset);
        return Error::invalid("expected a text, number or boolean",
            {.source = input.name(), .field = capture.pointer, .line = position.line, .column = position.column});
    }
    return std::move(node->children.front().text);
}

} // namespace bolwerk::importers::findings
