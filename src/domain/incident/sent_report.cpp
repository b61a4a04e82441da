#include "domain/incident/sent_report.hpp"

#include "common/digest.hpp"
#include "common/text.hpp"
#include "domain/incident/deadline_status.hpp"

namespace bolwerk::domain::incident {

namespace {

constexpr std::size_t max_short_text = 200;

void append_item(std::string& text, std::string_view name, std::string_view value)
{
    text += name;
    text += ' ';
    text += std::to_string(value.size());
    text += '\n';
    text += value;
    text += '\n';
}

Result<void> check_details(SendDetails const& details, Timestamp now)
{
    if (trim(details.channel).empty() || details.channel.size() > max_short_text)
        return Error::invalid("name the channel the report went through", {.field = "channel"});
    if (trim(details.sent_by).empty() || details.sent_by.size() > max_short_text)
        return Error::invalid("name who sent the report", {.field = "sent_by"});
    if (trim(details.recipient.name).empty())
        return Error::invalid("the recipient has no name", {.field = "recipient"});
    if (details.sent_at > now)
        return Error::invalid("the moment of sending lies in the future", {.field = "sent_at"});
    return ok();
}

} // namespace

Result<SentReport> mark_sent(ReportDraft const& draft, SendDetails details, std::optional<Timestamp> due, Timestamp now)
{
    auto const missing = draft.missing();
    if (!missing.empty())
        return Error::invalid(
            "the report cannot be sent without '" + missing.front() + "'", {.field = missing.front()});
    TRY(check_recipient(draft.kind, details.recipient.kind));
    TRY(check_details(details, now));
    TRY(check_late_reason(due, details.sent_at, details.late_reason));
    SentReport report{draft.incident, draft.kind, std::move(details.recipient), std::string(trim(details.channel)),
        details.sent_at, std::string(trim(details.sent_by)), std::string(trim(details.late_reason)), draft.fields, {}};
    report.digest = sha256_hex(canonical_text(report));
    return report;
}

std::string canonical_text(SentReport const& report)
{
    std::string text = "bolwerk-incident-report/1\n";
    append_item(text, "incident", report.incident.to_string());
    append_item(text, "kind", to_string(report.kind));
    append_item(text, "recipient.kind", to_string(report.recipient.kind));
    append_item(text, "recipient.name", report.recipient.name);
    append_item(text, "recipient.address", report.recipient.address);
    append_item(text, "channel", report.channel);
    append_item(text, "sent_at", format_timestamp(report.sent_at));
    append_item(text, "sent_by", report.sent_by);
    append_item(text, "late_reason", report.late_reason);
    for (auto const& field : report.fields)
        append_item(text, "field." + field.key, field.value);
    return text;
}

bool digest_matches(SentReport const& report)
{
    return constant_time_equal(report.digest, sha256_hex(canonical_text(report)));
}

} // namespace bolwerk::domain::incident
