// The one translation unit that includes the mustache engine (STYLE.md 9.4).
#include "web/core/templates.hpp"

#include "common/json_text.hpp"

#include <kainjow/mustache.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_map>

namespace bolwerk::web {

namespace mustache = kainjow::mustache;

namespace {

std::atomic<std::uint64_t> next_template_id{1};

} // namespace

/// One template: its text, and a process-wide id under which each thread keeps its
/// own parsed copy (kainjow's render() is not const: it keeps an error message).
struct Templates::Compiled {
    explicit Compiled(std::string text_)
        : text(std::move(text_))
        , id(next_template_id++)
    {
    }
    std::string const text;
    std::uint64_t const id;

    mustache::mustache& view() const
    {
        // Entries of destroyed Templates stay until the thread ends; a server's threads
        // end with the server, and ids are never reused.
        thread_local std::unordered_map<std::uint64_t, std::unique_ptr<mustache::mustache>> views;
        auto& parsed = views[id];
        if (!parsed)
            parsed = std::make_unique<mustache::mustache>(text);
        return *parsed;
    }
};

struct Templates::Shared {
    mustache::data data;
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
    // An empty string is false, as in JavaScript mustache: `{{#problem}}…{{/problem}}`
    // shows nothing for "" (kainjow alone would render the section). `{{problem}}`
    // renders "" either way.
    case nlohmann::json::value_t::string: {
        auto const& text = value.get_ref<std::string const&>();
        return text.empty() ? mustache::data(false) : mustache::data(text);
    }
    case nlohmann::json::value_t::null: return mustache::data(false);
    default: return mustache::data(json_text(value));
    }
}

} // namespace

Templates::Templates() = default;
Templates::~Templates() = default;

Result<std::unique_ptr<Templates>> Templates::load(std::span<std::filesystem::path const> directories)
{
    std::unique_ptr<Templates> templates(new Templates());
    std::map<std::string, std::filesystem::path, std::less<>> origin;
    for (auto const& directory : directories) {
        std::error_code error;
        for (auto const& entry : std::filesystem::directory_iterator(directory, error)) {
            if (entry.path().extension() != ".mustache")
                continue;
            auto const name = entry.path().stem().string();
            if (auto const first = origin.find(name); first != origin.end()) {
                return Error::invalid(
                    "template '" + name + "' is in " + first->second.string() + " and in " + directory.string(),
                    {.source = entry.path().string()});
            }
            std::ifstream file(entry.path());
            std::stringstream text;
            text << file.rdbuf();
            auto compiled = std::make_unique<Compiled>(text.str());
            mustache::mustache const check(compiled->text);
            if (!check.is_valid())
                return Error::internal("template " + entry.path().string() + ": " + check.error_message());
            templates->m_templates[name] = std::move(compiled);
            origin[name] = directory;
        }
        if (error)
            return Error::unavailable("cannot read the templates in " + directory.string());
    }
    return templates;
}

void Templates::add_shared(std::string const& key, nlohmann::json const& data)
{
    m_shared[key] = std::make_unique<Shared>(Shared{to_data(data)});
}

Result<std::string> Templates::render(
    std::string_view name, nlohmann::json const& data, std::string_view shared_key) const
{
    auto const found = m_templates.find(name);
    if (found == m_templates.end())
        return Error::internal("no template '" + std::string(name) + "'");
    auto const converted = to_data(data);
    auto const shared = m_shared.find(shared_key);
    mustache::context context(shared != m_shared.end() ? &shared->second->data : &converted);
    if (shared != m_shared.end())
        context.push(&converted);
    auto& view = found->second->view();
    auto text = view.render(context);
    if (!view.is_valid())
        return Error::internal("template '" + std::string(name) + "': " + view.error_message());
    return text;
}

} // namespace bolwerk::web
