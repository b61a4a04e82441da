#pragma once

#include <string>
#include <string_view>

namespace bolwerk::web {

/// The CSRF token as a page carries it: a fresh random pad and the token XOR that pad,
/// in hex (four characters per character of the token). Pages are sent compressed
/// (issue #12 item 6); a secret that is the same in every compressed response that
/// also reflects input can be read from the response sizes (BREACH). Masked, the token
/// differs in every response while the server still recognises it.
std::string mask_csrf_token(std::string_view token);

/// Whether `submitted` (a form field) is `token`, masked or as it is, compared in
/// constant time. An empty token matches nothing.
bool csrf_token_matches(std::string_view submitted, std::string_view token);

} // namespace bolwerk::web
