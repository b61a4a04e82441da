#pragma once

#include <cstdint>

namespace bolwerk {

/// The languages of the user interface and of generated documents: Dutch first, English
/// complete too. Lives in common/ because every layer that formats text for people
/// (report/, web/, the time formatting here) needs the same choice.
enum class Language : std::uint8_t { Dutch, English };

} // namespace bolwerk
