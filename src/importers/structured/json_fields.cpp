#include "importers/structured/json_fields.hpp"

#include "common/json_text.hpp"

#include <charconv>

namespace bolwerk::importers {

namespace {

nlohmann::json const* member(nlohmann::json const& value, std::string_view key)
{
    if (!value.is_object())
        return nullptr;
    auto const found = value.find(key);
    return found == value.end() ? nullptr : &*found;
}

std::string child_path(std::string const& path, std::string_view key)
{
    return path.empty() ? std::string(key) : path + "." + std::string(key);
}

} // namespace

Error JsonFields::invalid(std::string_view key, std::string const& message) const
{
    auto const field = key.empty() ? m_path : child_path(m_path, key);
    return Error::invalid(field + ": " + message, {.source = m_source, .field = field});
}

Result<JsonFields> JsonFields::object(std::string_view key) const
{
    auto const* found = member(m_value, key);
    if (!found || !found->is_object())
        return invalid(key, "must be an object");
    return JsonFields(*found, child_path(m_path, key), m_source);
}

std::optional<JsonFields> JsonFields::optional_object(std::string_view key) const
{
    auto const* found = member(m_value, key);
    if (!found || !found->is_object())
        return std::nullopt;
    return JsonFields(*found, child_path(m_path, key), m_source);
}

Result<std::vector<JsonFields>> JsonFields::array(std::string_view key) const
{
    std::vector<JsonFields> items;
    auto const* found = member(m_value, key);
    if (!found || found->is_null())
        return items;
    if (!found->is_array())
        return invalid(key, "must be a list");
    auto const path = child_path(m_path, key);
    for (std::size_t i = 0; i < found->size(); ++i)
        items.emplace_back((*found)[i], path + "[" + std::to_string(i) + "]", m_source);
    return items;
}

Result<std::string> JsonFields::text(std::string_view key) const
{
    auto const* found = member(m_value, key);
    if (!found || !(found->is_string() || found->is_number()))
        return invalid(key, "must be text");
    return found->is_string() ? found->get<std::string>() : json_text(*found);
}

std::string JsonFields::optional_text(std::string_view key) const
{
    auto const* found = member(m_value, key);
    if (!found || !(found->is_string() || found->is_number()))
        return {};
    return found->is_string() ? found->get<std::string>() : json_text(*found);
}

Result<bool> JsonFields::boolean(std::string_view key, bool fallback) const
{
    auto const* found = member(m_value, key);
    if (!found || found->is_null())
        return fallback;
    if (found->is_boolean())
        return found->get<bool>();
    if (found->is_string() && (*found == "true" || *found == "false"))
        return *found == "true";
    return invalid(key, "must be true or false");
}

Result<std::uint32_t> JsonFields::unsigned_number(std::string_view key, std::uint32_t fallback) const
{
    auto const* found = member(m_value, key);
    if (!found || found->is_null())
        return fallback;
    if (found->is_number_unsigned() && found->get<std::uint64_t>() <= UINT32_MAX)
        return static_cast<std::uint32_t>(found->get<std::uint64_t>());
    if (found->is_string()) {
        auto const& text = found->get_ref<std::string const&>();
        std::uint32_t value = 0;
        auto const parsed = std::from_chars(text.data(), text.data() + text.size(), value);
        if (parsed.ec == std::errc{} && parsed.ptr == text.data() + text.size())
            return value;
    }
    return invalid(key, "must be a whole number");
}

} // namespace bolwerk::importers
