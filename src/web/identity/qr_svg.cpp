#include "web/identity/qr_svg.hpp"

#include "common/text.hpp"

#include <qrencode.h>

#include <memory>

namespace bolwerk::web {

namespace {

constexpr int quiet_zone = 4; // modules of white border the QR standard asks for

} // namespace

std::string qr_svg(std::string_view text, std::string_view label)
{
    std::string const input(text);
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(input.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};
    int const width = code->width;
    int const size = width + 2 * quiet_zone;
    std::string path;
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            // Bit 0 of each module byte is "dark".
            if (code->data[y * width + x] & 1)
                path += "M" + std::to_string(x + quiet_zone) + " " + std::to_string(y + quiet_zone) + "h1v1h-1z";
        }
    }
    auto const dimension = std::to_string(size);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"" + escape_xml(label)
        + "\" viewBox=\"0 0 " + dimension + " " + dimension
        + "\" width=\"240\" height=\"240\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
          "fill=\"#fff\"/><path fill=\"#000\" d=\""
        + path + "\"/></svg>";
}

} // namespace bolwerk::web
