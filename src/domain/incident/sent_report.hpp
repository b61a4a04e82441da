#pragma once

#include "domain/incident/report_draft.hpp"

#include <optional>
#include <string>

// A report as sent: frozen and hashed (issue #15). Once marked sent it never changes;
// its SHA-256 over a canonical text lets anyone check later that a stored or exported
// copy is the report that went out.
namespace bolwerk::domain::incident {

/// How and when a report went out.
struct SendDetails {
    ReportRecipient recipient;
    std::string channel; ///< e.g. "portal", "e-mail", "telefoon" (then confirmed in writing)
    Timestamp sent_at;
    std::string sent_by;
    std::string late_reason; ///< Required when sent after the deadline.
};

struct SentReport {
    IncidentId incident{0};
    ReportKind kind = ReportKind::EarlyWarning;
    ReportRecipient recipient;
    std::string channel;
    Timestamp sent_at;
    std::string sent_by;
    std::string late_reason;
    std::vector<ReportField> fields;
    std::string digest; ///< SHA-256 of canonical_text, 64 lower-case hex digits.
};

/// Freezes `draft` as sent. Refuses: a required field still empty (the error names the
/// first), a recipient that does not take this kind, no channel or sender, a sending
/// time in the future, and a late report (after `due`) without a reason.
Result<SentReport> mark_sent(
    ReportDraft const& draft, SendDetails details, std::optional<Timestamp> due, Timestamp now);

/// The canonical text, version 1: the line "bolwerk-incident-report/1", then for each
/// header item and each field (as "field.<key>") a line "name length" followed by the
/// value of that many bytes and a line feed. Length-prefixed values need no escaping.
/// Changing this format changes every digest: bump the version line when you do.
std::string canonical_text(SentReport const& report);

/// Whether the stored digest still matches the report's content.
bool digest_matches(SentReport const& report);

} // namespace bolwerk::domain::incident
