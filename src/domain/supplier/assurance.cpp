#include "domain/supplier/assurance.hpp"

#include "domain/supplier/enum_names.hpp"

#include <algorithm>
#include <iterator>

namespace bolwerk::domain {

namespace {

using supplier_detail::name_of;
using supplier_detail::NameTable;
using supplier_detail::parse_name;

constexpr NameTable<AssuranceKind, 7> kind_names{{{AssuranceKind::Isae3402Type1, "isae3402_type1"},
    {AssuranceKind::Isae3402Type2, "isae3402_type2"}, {AssuranceKind::Soc2Type1, "soc2_type1"},
    {AssuranceKind::Soc2Type2, "soc2_type2"}, {AssuranceKind::Iso27001Certificate, "iso27001"},
    {AssuranceKind::Tpm, "tpm"}, {AssuranceKind::PentestReport, "pentest"}}};
constexpr NameTable<AuditOpinion, 3> opinion_names{{{AuditOpinion::Unqualified, "goedkeurend"},
    {AuditOpinion::Qualified, "met_beperking"}, {AuditOpinion::Adverse, "afkeurend"}}};
constexpr NameTable<AssuranceStatus, 4> status_names{
    {{AssuranceStatus::Valid, "geldig"}, {AssuranceStatus::ExpiringSoon, "verloopt_binnenkort"},
        {AssuranceStatus::Expired, "verlopen"}, {AssuranceStatus::Missing, "ontbreekt"}}};

constexpr EvidenceAspect all_aspects[] = {EvidenceAspect::Design, EvidenceAspect::Existence, EvidenceAspect::Operation};

bool is_type2(AssuranceKind kind) { return kind == AssuranceKind::Isae3402Type2 || kind == AssuranceKind::Soc2Type2; }

bool needs_opinion(AssuranceKind kind)
{
    return kind != AssuranceKind::Iso27001Certificate && kind != AssuranceKind::PentestReport;
}

bool has_exceptions(AssuranceReport const& report)
{
    return !report.exceptions.empty() || report.opinion == AuditOpinion::Qualified;
}

Result<void> check_period(AssuranceReport const& report)
{
    if (report.period_end < report.period_start)
        return Error::invalid("the period ends before it starts", {.field = "period_end"});
    if (is_type2(report.kind) && report.period_end == report.period_start)
        return Error::invalid("a type II report covers a period, not a single day", {.field = "period_end"});
    if (report.valid_until < report.period_end)
        return Error::invalid("a report cannot stop being valid before its period ends", {.field = "valid_until"});
    if (report.bridge_letter && report.bridge_letter->covers_until <= report.period_end)
        return Error::invalid(
            "a bridge letter covers the time after the report's period", {.field = "bridge_letter.covers_until"});
    return ok();
}

Result<void> check_opinion(AssuranceReport const& report)
{
    if (needs_opinion(report.kind) && !report.opinion)
        return Error::invalid("record the auditor's opinion", {.field = "opinion"});
    bool const not_clean = report.opinion == AuditOpinion::Qualified || report.opinion == AuditOpinion::Adverse;
    if (not_clean && report.exceptions.empty())
        return Error::invalid(
            "a qualified or adverse opinion comes with the exceptions found", {.field = "exceptions"});
    for (std::size_t i = 0; i < report.exceptions.size(); ++i) {
        if (trim(report.exceptions[i]).empty())
            return Error::invalid("an exception is empty", {.field = "exceptions[" + std::to_string(i) + "]"});
    }
    return ok();
}

bool lists_service(AssuranceReport const& report, DeliveredServiceId service)
{
    return report.services.empty()
        || std::find(report.services.begin(), report.services.end(), service) != report.services.end();
}

bool covers_aspect(AssuranceReport const& report, EvidenceAspect aspect)
{
    return std::find(report.aspects.begin(), report.aspects.end(), aspect) != report.aspects.end();
}

} // namespace

std::string_view to_string(AssuranceKind kind) { return name_of(kind_names, kind); }
Result<AssuranceKind> parse_assurance_kind(std::string_view text)
{
    return parse_name(kind_names, text, "kind", "kind of report");
}
std::string_view to_string(AuditOpinion opinion) { return name_of(opinion_names, opinion); }
Result<AuditOpinion> parse_audit_opinion(std::string_view text)
{
    return parse_name(opinion_names, text, "opinion", "opinion");
}
std::string_view to_string(AssuranceStatus status) { return name_of(status_names, status); }

std::vector<EvidenceAspect> default_aspects(AssuranceKind kind)
{
    switch (kind) {
    case AssuranceKind::Isae3402Type1:
    case AssuranceKind::Soc2Type1:
    case AssuranceKind::Iso27001Certificate: return {EvidenceAspect::Design, EvidenceAspect::Existence};
    case AssuranceKind::Isae3402Type2:
    case AssuranceKind::Soc2Type2:
    case AssuranceKind::Tpm: return {EvidenceAspect::Design, EvidenceAspect::Existence, EvidenceAspect::Operation};
    case AssuranceKind::PentestReport: return {};
    }
    return {};
}

Result<void> check_assurance_report(AssuranceReport const& report)
{
    if (trim(report.issuer).empty())
        return Error::invalid("name who issued the report", {.field = "issuer"});
    if (trim(report.auditor).empty())
        return Error::invalid("name the independent auditor", {.field = "auditor"});
    TRY(check_period(report));
    TRY(check_opinion(report));
    if (!report.scope_covers_services && trim(report.scope_note).empty())
        return Error::invalid(
            "say what the report's scope leaves out of the contracted services", {.field = "scope_note"});
    return ok();
}

Date effective_valid_until(AssuranceReport const& report)
{
    if (report.bridge_letter)
        return std::max(report.valid_until, report.bridge_letter->covers_until);
    return report.valid_until;
}

bool gives_assurance(AssuranceReport const& report)
{
    return report.kind != AssuranceKind::PentestReport && report.scope_covers_services
        && report.opinion != AuditOpinion::Adverse;
}

AssuranceReport const* longest_valid_report(std::vector<AssuranceReport> const& reports)
{
    AssuranceReport const* longest = nullptr;
    for (auto const& report : reports) {
        if (gives_assurance(report) && (!longest || effective_valid_until(report) > effective_valid_until(*longest)))
            longest = &report;
    }
    return longest;
}

AssuranceStatus assurance_status(std::vector<AssuranceReport> const& reports, Date today)
{
    auto const* longest = longest_valid_report(reports);
    if (longest == nullptr)
        return AssuranceStatus::Missing;
    switch (expiry_status(effective_valid_until(*longest), today, assurance_expiry_horizon)) {
    case ExpiryStatus::Valid: return AssuranceStatus::Valid;
    case ExpiryStatus::ExpiringSoon: return AssuranceStatus::ExpiringSoon;
    case ExpiryStatus::Expired: return AssuranceStatus::Expired;
    }
    return AssuranceStatus::Expired;
}

std::vector<CoverageCell> AssuranceCoverage::gaps() const
{
    std::vector<CoverageCell> open;
    std::copy_if(cells.begin(), cells.end(), std::back_inserter(open),
        [](CoverageCell const& cell) { return !cell.covered_by; });
    return open;
}

AssuranceCoverage assurance_coverage(
    std::vector<DeliveredServiceId> const& contracted, std::vector<AssuranceReport> const& reports, Date today)
{
    AssuranceCoverage coverage;
    for (auto const service : contracted) {
        for (auto const aspect : all_aspects) {
            CoverageCell cell{service, aspect, std::nullopt, false};
            for (auto const& report : reports) {
                bool const usable = gives_assurance(report) && effective_valid_until(report) >= today
                    && lists_service(report, service) && covers_aspect(report, aspect);
                // A clean report replaces one with exceptions; the first clean one stays.
                if (usable && (!cell.covered_by || (cell.with_exceptions && !has_exceptions(report)))) {
                    cell.covered_by = report.id;
                    cell.with_exceptions = has_exceptions(report);
                }
            }
            coverage.cells.push_back(cell);
        }
    }
    return coverage;
}

} // namespace bolwerk::domain
