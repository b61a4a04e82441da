#pragma once

#include "common/language.hpp"
#include "common/result.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <span>
#include <string>
#include <string_view>

namespace bolwerk::web {

/// The UI languages. Dutch is the default (ARCHITECTURE.md "Interfaces"). The same
/// type as the one report/ and the time formatting in common/ take.
using Language = bolwerk::Language;

std::string_view language_code(Language language);
Language parse_language(std::string_view code);

/// The message catalogs: every UI string, keyed by name, so templates hold no text of
/// their own. Each feature keeps its own (src/web/<feature>/messages/{nl,en}.json) so
/// that features built in parallel do not all edit one file; load() merges them. A key
/// defined in two folders is an error, and both languages must have the same keys. Immutable after load(); safe to
/// share between threads.
class Messages {
public:
    static Result<Messages> load(std::span<std::filesystem::path const> directories);

    /// The whole catalog, for templates (`{{t.login_title}}`).
    nlohmann::json const& catalog(Language language) const;
    /// One message; the key itself when missing (a bug the catalog test catches).
    std::string text(Language language, std::string_view key) const;

private:
    nlohmann::json m_dutch;
    nlohmann::json m_english;
};

} // namespace bolwerk::web
