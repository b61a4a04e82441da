#pragma once

#include "common/result.hpp"

#include <nlohmann/json_fwd.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace bolwerk::web {

/// The mustache templates of the pages (src/web/templates/*.mustache), parsed once at
/// start-up. `{{x}}` HTML-escapes; raw output needs `{{{x}}}`, which only the layout
/// (the rendered page body) and the QR code use, so it is easy to search for
/// (STYLE.md 10.3). Safe to share between threads.
class Templates {
public:
    static Result<std::unique_ptr<Templates>> load(std::filesystem::path const& directory);
    ~Templates();
    Templates(Templates const&) = delete;
    Templates& operator=(Templates const&) = delete;

    /// Renders template `name` ("login") with `data`. Unknown name or template error: Internal.
    Result<std::string> render(std::string_view name, nlohmann::json const& data) const;

private:
    Templates();
    struct Compiled;
    std::map<std::string, std::unique_ptr<Compiled>, std::less<>> m_templates;
};

} // namespace bolwerk::web
