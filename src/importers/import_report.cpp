#include "importers/import_report.hpp"

#include <algorithm>

namespace bolwerk::importers {

std::string_view to_string(DefectKind kind)
{
    switch (kind) {
    case DefectKind::DuplicateNumber: return "duplicate_number";
    case DefectKind::DanglingTarget: return "dangling_target";
    case DefectKind::RepeatedText: return "repeated_text";
    case DefectKind::NonNormalisedNumber: return "non_normalised_number";
    case DefectKind::UnknownControl: return "unknown_control";
    case DefectKind::UnknownTag: return "unknown_tag";
    }
    return "unknown";
}

std::string_view to_string(Severity severity) { return severity == Severity::Error ? "error" : "warning"; }

Severity severity_of(DefectKind kind)
{
    // Two entries under one number, or a number outside ISO/IEC 27002:2022, leave
    // no single meaning to store; the other defects are published as such.
    if (kind == DefectKind::DuplicateNumber || kind == DefectKind::UnknownControl)
        return Severity::Error;
    return Severity::Warning;
}

std::size_t ImportReport::defect_count(DefectKind kind) const
{
    return static_cast<std::size_t>(
        std::count_if(defects.begin(), defects.end(), [&](auto const& defect) { return defect.kind == kind; }));
}

Defect const* ImportReport::first_blocking() const
{
    auto const found = std::find_if(
        defects.begin(), defects.end(), [](auto const& defect) { return defect.severity() == Severity::Error; });
    return found == defects.end() ? nullptr : &*found;
}

void ImportReport::count_items(domain::catalog::CatalogVersion const& version)
{
    counts.clear();
    for (auto const& item : version.items())
        ++counts[item.kind];
}

} // namespace bolwerk::importers
