#include "app/evidence/demo_evidence.hpp"

#include "app/evidence/evidence_service.hpp"

#include <chrono>
#include <vector>

namespace bolwerk::app {

namespace {

struct DemoItem {
    domain::EvidenceKind kind;
    char const* title;
    char const* measures; ///< Space-separated measure numbers.
    std::optional<domain::EvidenceAspect> aspect;
    int effective_days_ago;
    std::optional<int> valid_for_days; ///< From the effective date.
    char const* content; ///< File contents, URL or note text.
    char const* file_name = "";
};

std::vector<domain::EvidenceTarget> targets_of(std::string_view measures)
{
    std::vector<domain::EvidenceTarget> targets;
    while (!measures.empty()) {
        auto const end = measures.find(' ');
        if (auto target = domain::EvidenceTarget::parse(measures.substr(0, end)))
            targets.push_back(*target);
        measures = end == std::string_view::npos ? std::string_view() : measures.substr(end + 1);
    }
    return targets;
}

} // namespace

Result<std::optional<std::string>> set_up_demo_evidence(
    store::Database& database, Actor const& actor, Clock const& clock, OrganisationId organisation)
{
    EvidenceService evidence(database, clock);
    if (!TRY(evidence.list(actor, organisation)).empty())
        return std::optional<std::string>();
    using domain::EvidenceAspect;
    using domain::EvidenceKind;
    // Demo content of our own; the measure numbers are those of BIO2 v1.3.
    std::vector<DemoItem> const items{
        {EvidenceKind::File, "Informatiebeveiligingsbeleid 2026 (vastgesteld door het college)", "5.01.01",
            EvidenceAspect::Design, 200, 365,
            "Informatiebeveiligingsbeleid Gemeente Voorbeeld 2026\nVastgesteld door het college op 12 mei 2026.\n",
            "ib-beleid-2026.txt"},
        {EvidenceKind::File, "Rapportage MFA-dekking accounts (export identity provider)", "5.17.01",
            EvidenceAspect::Existence, 20, 90, "account,mfa\nalle accounts,98%\nbeheeraccounts,100%\n",
            "mfa-dekking.csv"},
        {EvidenceKind::Note, "Steekproef hersteltest back-up zaaksysteem", "8.13.01", EvidenceAspect::Operation, 45,
            std::nullopt,
            "Op vier momenten in het kwartaal is een willekeurige back-up teruggezet in de testomgeving; alle "
            "vier de hersteltests slaagden binnen de afgesproken hersteltijd."},
        {EvidenceKind::Link, "Leveranciersverklaring hostingpartij (ISAE 3402 type II)", "5.24.01 8.15.01",
            std::nullopt, 340, 365, "https://leverancier.voorbeeld.example/assurance/isae3402-2025.pdf"},
        {EvidenceKind::Note, "Patchrapportage oktober: kritieke updates binnen een week", "8.08.01",
            EvidenceAspect::Existence, 400, 365,
            "De patchrapportage van oktober toont dat kritieke beveiligingsupdates binnen zeven dagen zijn "
            "uitgerold op alle servers in beheer."},
    };
    auto const today = std::chrono::floor<std::chrono::days>(clock.now());
    for (auto const& item : items) {
        domain::EvidenceDraft draft;
        draft.kind = item.kind;
        draft.title = item.title;
        draft.effective_on = today - std::chrono::days(item.effective_days_ago);
        if (item.valid_for_days)
            draft.valid_until = draft.effective_on + std::chrono::days(*item.valid_for_days);
        draft.targets = targets_of(item.measures);
        draft.aspect = item.aspect;
        switch (item.kind) {
        case EvidenceKind::File:
            TRY(evidence.add_file(actor, organisation, draft, {item.file_name, item.content}));
            break;
        case EvidenceKind::Link:
            draft.url = item.content;
            TRY(evidence.add_link(actor, organisation, draft));
            break;
        case EvidenceKind::Note:
            draft.note = item.content;
            TRY(evidence.add_note(actor, organisation, draft));
            break;
        }
    }
    return std::optional<std::string>("added " + std::to_string(items.size())
        + " evidence items (files, a link and notes) linked to measures, one expiring soon and one expired");
}

} // namespace bolwerk::app
