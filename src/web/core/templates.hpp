#pragma once

#include "common/result.hpp"

#include <nlohmann/json_fwd.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace bolwerk::web {

/// The mustache templates of the pages (src/web/<feature>/templates/*.mustache; the
/// shell and shared pages in src/web/core/templates), parsed once at start-up. A name
/// found in two folders is an error. `{{x}}` HTML-escapes; raw output needs `{{{x}}}`, which only the layout
/// (the rendered page body) and the QR code use, so it is easy to search for
/// (STYLE.md 10.3). Safe to share between threads: each thread renders with its own
/// parsed copy of a template, because kainjow's render() is not const.
class Templates {
public:
    static Result<std::unique_ptr<Templates>> load(std::span<std::filesystem::path const> directories);
    ~Templates();
    Templates(Templates const&) = delete;
    Templates& operator=(Templates const&) = delete;

    /// Adds data that many renders share (the message catalog of a language), converted
    /// once. Only during start-up, before the first render.
    void add_shared(std::string const& key, nlohmann::json const& data);

    /// Renders template `name` ("login") with `data`; names not found there are looked
    /// up in the shared data `shared_key` (if given). Unknown name or template error: Internal.
    Result<std::string> render(
        std::string_view name, nlohmann::json const& data, std::string_view shared_key = {}) const;

private:
    Templates();
    struct Compiled;
    struct Shared;
    std::map<std::string, std::unique_ptr<Compiled>, std::less<>> m_templates;
    std::map<std::string, std::unique_ptr<Shared>, std::less<>> m_shared;
};

} // namespace bolwerk::web
