#pragma once

#include "common/error.hpp"
#include "web/http/multipart.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace bolwerk::web {

/// The error for a request text that is not UTF-8: `what` says which text of the field
/// is wrong ("query parameter", "the file name of field"); a name that is itself not
/// UTF-8 is shown with U+FFFD for the bad bytes.
Error invalid_text(std::string_view what, std::string_view name);

/// Whether the texts of a multipart/form-data body are UTF-8 (the check behind
/// web/core/request_text for uploads): each part's name, the
/// value of each field that is not a file, and each file name. The error's message is
/// itself UTF-8 (a bad name is shown with U+FFFD). Pure; the multipart fuzzer runs it.
std::optional<Error> find_invalid_multipart_text(std::vector<MultipartPart> const& parts);

} // namespace bolwerk::web
