// The one translation unit that includes the mustache engine (STYLE.md 9.4).
#include "web/templates.hpp"

#include <kainjow/mustache.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <mutex>
#include <sstream>

namespace bolwerk::web {

namespace mustache = kainjow::mustache;

/// One parsed template. kainjow's render() is not const (it keeps an error
/// message), so each template has its own mutex.
struct Templates::Compiled {
    explicit Compiled(std::string const& text)
        : view(text)
    {
    }
    std::mutex mutex;
    mustache::mustache view; // guarded by mutex
};

namespace {

mustache::data to_data(nlohmann::json const& value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::object: {
        mustache::data object{mustache::data::type::object};
        for (auto const& [key, item] : value.items())
            object.set(key, to_data(item));
        return object;
    }
    case nlohmann::json::value_t::array: {
        mustache::data list{mustache::data::type::list};
        for (auto const& item : value)
            list.push_back(to_data(item));
        return list;
    }
    case nlohmann::json::value_t::boolean: return mustache::data(value.get<bool>());
    case nlohmann::json::value_t::string: return mustache::data(value.get<std::string>());
    case nlohmann::json::value_t::null: return mustache::data(false);
    default: return mustache::data(value.dump());
    }
}

} // namespace

Templates::Templates() = default;
Templates::~Templates() = default;

Result<std::unique_ptr<Templates>> Templates::load(std::filesystem::path const& directory)
{
    std::unique_ptr<Templates> templates(new Templates());
    std::error_code error;
    for (auto const& entry : std::filesystem::directory_iterator(directory, error)) {
        if (entry.path().extension() != ".mustache")
            continue;
        std::ifstream file(entry.path());
        std::stringstream text;
        text << file.rdbuf();
        auto compiled = std::make_unique<Compiled>(text.str());
        if (!compiled->view.is_valid())
            return Error::internal("template " + entry.path().string() + ": " + compiled->view.error_message());
        templates->m_templates[entry.path().stem().string()] = std::move(compiled);
    }
    if (error)
        return Error::unavailable("cannot read the templates in " + directory.string());
    return templates;
}

Result<std::string> Templates::render(std::string_view name, nlohmann::json const& data) const
{
    auto const found = m_templates.find(name);
    if (found == m_templates.end())
        return Error::internal("no template '" + std::string(name) + "'");
    auto const converted = to_data(data);
    std::lock_guard lock(found->second->mutex);
    auto text = found->second->view.render(converted);
    if (!found->second->view.is_valid())
        return Error::internal("template '" + std::string(name) + "': " + found->second->view.error_message());
    return text;
}

} // namespace bolwerk::web
