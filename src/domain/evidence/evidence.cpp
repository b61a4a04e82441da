#include "domain/evidence/evidence.hpp"

#include "common/text.hpp"
#include "domain/catalog/control_number.hpp"
#include "domain/catalog/measure_number.hpp"
#include "domain/evidence/link_url.hpp"

#include <algorithm>
#include <charconv>

namespace bolwerk::domain {

namespace {

template <typename Enum, std::size_t N>
Result<Enum> parse_enum(std::string_view text, std::array<Enum, N> const& values, std::string_view what,
    std::string_view expected, std::string field)
{
    auto const wanted = to_ascii_lower(trim(text));
    for (auto const value : values) {
        if (to_string(value) == wanted)
            return value;
    }
    return Error::invalid(
        "unknown " + std::string(what) + " '" + std::string(text) + "' (expected " + std::string(expected) + ")",
        {.field = std::move(field)});
}

Result<std::string> normalise_reference(EvidenceTargetKind kind, std::string_view reference)
{
    auto const text = trim(reference);
    switch (kind) {
    case EvidenceTargetKind::Measure: {
        // People type the short form too ("5.1.1" for 5.01.01); store the normalised one.
        auto const lenient = catalog::MeasureNumber::parse_lenient(text);
        if (!lenient)
            return Error::invalid(
                "'" + std::string(text) + "' is not a measure number like 5.17.01", {.field = "target"});
        auto const& number = lenient->number;
        if (!number.control())
            return Error::invalid(
                "measure " + number.to_string() + " belongs to no ISO/IEC 27002 control", {.field = "target"});
        return number.to_string();
    }
    case EvidenceTargetKind::Control: {
        auto const number = catalog::ControlNumber::parse(text);
        if (!number)
            return Error::invalid(
                "'" + std::string(text) + "' is not an ISO/IEC 27002 control (5.1–8.34)", {.field = "target"});
        return number->to_string();
    }
    case EvidenceTargetKind::Risk: {
        std::int64_t id = 0;
        auto const [end, code] = std::from_chars(text.data(), text.data() + text.size(), id);
        if (code != std::errc{} || end != text.data() + text.size() || id <= 0 || !is_ascii_digits(text))
            return Error::invalid("'" + std::string(text) + "' is not a risk number", {.field = "target"});
        return std::to_string(id);
    }
    }
    return Error::invalid("unknown target", {.field = "target"});
}

Result<void> check_length(std::string const& text, std::size_t limit, std::string const& field, std::string_view what)
{
    if (text.size() > limit)
        return Error::invalid(
            std::string(what) + " is longer than " + std::to_string(limit) + " characters", {.field = field});
    return ok();
}

} // namespace

std::string_view to_string(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::File: return "bestand";
    case EvidenceKind::Link: return "link";
    case EvidenceKind::Note: return "notitie";
    }
    return "bestand";
}

Result<EvidenceKind> parse_evidence_kind(std::string_view text)
{
    return parse_enum(text, std::array{EvidenceKind::File, EvidenceKind::Link, EvidenceKind::Note}, "kind of evidence",
        "bestand, link or notitie", "kind");
}

std::string_view to_string(EvidenceAspect aspect)
{
    switch (aspect) {
    case EvidenceAspect::Design: return "opzet";
    case EvidenceAspect::Existence: return "bestaan";
    case EvidenceAspect::Operation: return "werking";
    }
    return "opzet";
}

Result<EvidenceAspect> parse_evidence_aspect(std::string_view text)
{
    return parse_enum(text, std::array{EvidenceAspect::Design, EvidenceAspect::Existence, EvidenceAspect::Operation},
        "aspect", "opzet, bestaan or werking", "aspect");
}

std::string_view to_string(EvidenceTargetKind kind)
{
    switch (kind) {
    case EvidenceTargetKind::Measure: return "measure";
    case EvidenceTargetKind::Control: return "control";
    case EvidenceTargetKind::Risk: return "risk";
    }
    return "measure";
}

Result<EvidenceTargetKind> parse_evidence_target_kind(std::string_view text)
{
    return parse_enum(text,
        std::array{EvidenceTargetKind::Measure, EvidenceTargetKind::Control, EvidenceTargetKind::Risk},
        "kind of target", "measure, control or risk", "target");
}

Result<EvidenceTarget> EvidenceTarget::create(EvidenceTargetKind kind, std::string_view reference)
{
    return EvidenceTarget{kind, TRY(normalise_reference(kind, reference))};
}

Result<EvidenceTarget> EvidenceTarget::parse(std::string_view raw)
{
    auto const text = trim(raw);
    auto const colon = text.find(':');
    if (colon != std::string_view::npos) {
        auto const prefix = to_ascii_lower(trim(text.substr(0, colon)));
        auto const rest = text.substr(colon + 1);
        if (prefix == "risk" || prefix == "risico")
            return create(EvidenceTargetKind::Risk, rest);
        if (prefix == "measure" || prefix == "maatregel")
            return create(EvidenceTargetKind::Measure, rest);
        if (prefix == "control" || prefix == "beheersmaatregel")
            return create(EvidenceTargetKind::Control, rest);
        return Error::invalid(
            "unknown kind of target '" + prefix + "' (expected measure, control or risk)", {.field = "target"});
    }
    auto const dots = std::count(text.begin(), text.end(), '.');
    if (dots == 2)
        return create(EvidenceTargetKind::Measure, text);
    if (dots == 1)
        return create(EvidenceTargetKind::Control, text);
    return Error::invalid("'" + std::string(text) + "' is neither a measure (5.17.01), a control (5.17) nor risk:ID",
        {.field = "target"});
}

std::string EvidenceTarget::to_string() const
{
    return kind == EvidenceTargetKind::Risk ? "risk:" + reference : reference;
}

std::string_view to_string(ExpiryStatus status)
{
    switch (status) {
    case ExpiryStatus::Valid: return "geldig";
    case ExpiryStatus::ExpiringSoon: return "verloopt_binnenkort";
    case ExpiryStatus::Expired: return "verlopen";
    }
    return "geldig";
}

ExpiryStatus expiry_status(std::optional<Date> valid_until, Date today, std::chrono::days horizon)
{
    if (!valid_until)
        return ExpiryStatus::Valid;
    if (today > *valid_until)
        return ExpiryStatus::Expired;
    if (*valid_until - today <= horizon)
        return ExpiryStatus::ExpiringSoon;
    return ExpiryStatus::Valid;
}

Result<EvidenceDraft> EvidenceDraft::create(EvidenceDraft draft)
{
    draft.title = std::string(trim(draft.title));
    draft.description = std::string(trim(draft.description));
    draft.note = std::string(trim(draft.note));
    if (draft.title.empty())
        return Error::invalid("enter a title for the evidence", {.field = "title"});
    TRY(check_length(draft.title, max_evidence_title_length, "title", "the title"));
    TRY(check_length(draft.description, max_evidence_text_length, "description", "the description"));
    TRY(check_length(draft.note, max_evidence_text_length, "note", "the note"));
    if (draft.valid_until && *draft.valid_until < draft.effective_on)
        return Error::invalid("valid-until " + format_date(*draft.valid_until) + " lies before the effective date "
                + format_date(draft.effective_on),
            {.field = "valid_until"});
    if (draft.kind == EvidenceKind::Link)
        draft.url = TRY(check_link_url(draft.url));
    else
        draft.url.clear();
    if (draft.kind == EvidenceKind::Note && draft.note.empty())
        return Error::invalid("write the text of the note", {.field = "note"});
    if (draft.kind != EvidenceKind::Note)
        draft.note.clear();
    std::sort(draft.targets.begin(), draft.targets.end());
    draft.targets.erase(std::unique(draft.targets.begin(), draft.targets.end()), draft.targets.end());
    return draft;
}

} // namespace bolwerk::domain
