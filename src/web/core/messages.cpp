#include "web/core/messages.hpp"

#include <fstream>
#include <map>
#include <utility>

namespace bolwerk::web {

namespace {

Result<nlohmann::json> read_catalog(std::filesystem::path const& path)
{
    std::ifstream file(path);
    if (!file)
        return Error::unavailable("cannot read the message catalog " + path.string());
    auto catalog = nlohmann::json::parse(file, nullptr, false);
    if (catalog.is_discarded() || !catalog.is_object())
        return Error::invalid("the message catalog is not a JSON object", {.source = path.string()});
    return catalog;
}

} // namespace

std::string_view language_code(Language language) { return language == Language::English ? "en" : "nl"; }

Language parse_language(std::string_view code) { return code == "en" ? Language::English : Language::Dutch; }

Result<Messages> Messages::load(std::span<std::filesystem::path const> directories)
{
    Messages messages;
    messages.m_dutch = nlohmann::json::object();
    messages.m_english = nlohmann::json::object();
    // Where each key came from, to name both folders of a key defined twice.
    std::map<std::string, std::filesystem::path, std::less<>> origin;
    for (auto const& directory : directories) {
        for (auto const& [file, merged] : {std::pair{"nl.json", &messages.m_dutch}, {"en.json", &messages.m_english}}) {
            auto const catalog = TRY(read_catalog(directory / file));
            for (auto const& [key, value] : catalog.items()) {
                if (merged->contains(key)) {
                    return Error::invalid("message '" + key + "' is defined in " + (origin[key] / file).string()
                            + " and in " + (directory / file).string(),
                        {.source = (directory / file).string(), .field = key});
                }
                (*merged)[key] = value;
                origin[key] = directory;
            }
        }
    }
    for (auto const& [key, value] : messages.m_dutch.items()) {
        if (!messages.m_english.contains(key))
            return Error::invalid(
                "message '" + key + "' is missing in en.json beside " + origin[key].string(), {.field = key});
    }
    for (auto const& [key, value] : messages.m_english.items()) {
        if (!messages.m_dutch.contains(key))
            return Error::invalid(
                "message '" + key + "' is missing in nl.json beside " + origin[key].string(), {.field = key});
    }
    return messages;
}

nlohmann::json const& Messages::catalog(Language language) const
{
    return language == Language::English ? m_english : m_dutch;
}

std::string Messages::text(Language language, std::string_view key) const
{
    auto const& messages = catalog(language);
    auto const found = messages.find(key);
    if (found == messages.end() || !found->is_string())
        return std::string(key);
    return found->get<std::string>();
}

} // namespace bolwerk::web
