#pragma once

#include <string>
#include <string_view>

namespace bolwerk::web {

/// Draws `text` as a QR code (libqrencode, error correction level M) in an inline SVG
/// element, one path for all dark modules, with `label` as its accessible name. The
/// label is escaped; the rest holds no outside text. Empty when encoding fails.
std::string qr_svg(std::string_view text, std::string_view label);

} // namespace bolwerk::web
