#pragma once

#include "domain/vvt/statement.hpp"
#include "domain/vvt/statement_diff.hpp"

#include <string>
#include <utility>
#include <vector>

// The canonical serialisation of a VvT and its SHA-256 (shown on the public page, so a
// reader can check that a downloaded export belongs to the published version).
namespace bolwerk::domain::vvt {

/// One row of the canonical form: its part, its key and its fields in a fixed order.
struct CanonicalRow {
    StatementPart part = StatementPart::Header;
    std::string key;
    std::vector<std::pair<std::string, std::string>> fields;
};

/// Every row of the statement in document order: the header, the scope, the controls,
/// the measures and the exceptions. Enumerations are written by their stored names,
/// dates as "YYYY-MM-DD", timestamps by format_timestamp, absent values as "".
std::vector<CanonicalRow> canonical_rows(StatementOfApplicability const& statement);

/// The canonical text, version 1: the line "bolwerk-vvt-canonical/1", then one line per
/// field, `part TAB key TAB field TAB value LF`, in canonical_rows order; a backslash,
/// tab, carriage return or line feed inside a value is written as \\, \t, \r, \n.
/// The text is UTF-8 as stored. Changing this format changes every digest: bump the
/// version line when you do.
std::string canonical_text(StatementOfApplicability const& statement);

/// SHA-256 of canonical_text as 64 lower-case hex digits.
std::string digest(StatementOfApplicability const& statement);

/// The digest of the content alone (issue #13 item 3): digest() of the statement
/// without its approval (status draft, no approver, no approval time). A version keeps
/// it for ever: computed at freeze, it is the same for the approved document, so the
/// approval can name the content it approves. ISO 27001 7.5.3: documented information
/// is protected against unintended change.
std::string content_digest(StatementOfApplicability const& statement);

} // namespace bolwerk::domain::vvt
