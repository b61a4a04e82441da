#include "importers/catalog_validation.hpp"

#include "common/text.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace bolwerk::importers {

namespace {

using domain::catalog::ItemKind;
using domain::catalog::MeasureNumber;

struct Context {
    std::map<MeasureNumber, LocatedItem const*> first_by_number;
    std::vector<Defect> defects;

    void add(DefectKind kind, std::uint64_t line, MeasureNumber number, std::string message)
    {
        defects.push_back({kind, line, number.to_string(), std::move(message)});
    }
};

void check_number(Context& context, LocatedItem const& entry)
{
    auto const number = entry.item.number;
    if (entry.number_was_normalised)
        context.add(DefectKind::NonNormalisedNumber, entry.line, number,
            "number written in short form; normalised to " + number.to_string());
    if (!number.control())
        context.add(DefectKind::UnknownControl, entry.line, number,
            "ISO/IEC 27002:2022 has no control " + std::to_string(number.chapter()) + "."
                + std::to_string(number.control_number()));
    auto const [first, inserted] = context.first_by_number.emplace(number, &entry);
    if (!inserted)
        context.add(DefectKind::DuplicateNumber, entry.line, number,
            "number " + number.to_string() + " already used at line " + std::to_string(first->second->line));
}

bool names_a_measure(Context const& context, MeasureNumber number)
{
    auto const found = context.first_by_number.find(number);
    return found != context.first_by_number.end() && domain::catalog::is_measure(found->second->item.kind);
}

std::string describe_missing(Context const& context, MeasureNumber number)
{
    auto const found = context.first_by_number.find(number);
    if (found == context.first_by_number.end())
        return number.to_string() + " does not exist in this version";
    return number.to_string() + " is not a measure here (" + std::string(to_string(found->second->item.kind)) + ")";
}

void check_links(Context& context, LocatedItem const& entry)
{
    auto const& item = entry.item;
    if (item.target) {
        if (entry.target_was_normalised)
            context.add(DefectKind::NonNormalisedNumber, entry.line, item.number, "target written in short form");
        if (!names_a_measure(context, *item.target))
            context.add(DefectKind::DanglingTarget, entry.line, item.number,
                std::string(item.kind == ItemKind::Moved ? "moved to " : "refers to ")
                    + describe_missing(context, *item.target));
    }
    for (auto const& reference : entry.references) {
        if (reference.was_normalised)
            context.add(DefectKind::NonNormalisedNumber, reference.line, item.number,
                "reference to " + reference.number.to_string() + " written in short form");
        if (!names_a_measure(context, reference.number))
            context.add(DefectKind::DanglingTarget, reference.line, item.number,
                "text refers to " + describe_missing(context, reference.number));
    }
}

void check_repeated_texts(Context& context, std::vector<LocatedItem> const& entries)
{
    std::unordered_map<std::string, LocatedItem const*> first_by_text;
    for (auto const& entry : entries) {
        if (entry.item.kind != ItemKind::Substantive)
            continue;
        auto const [first, inserted] = first_by_text.emplace(collapse_whitespace(entry.item.text), &entry);
        if (!inserted && first->second->item.number != entry.item.number)
            context.add(DefectKind::RepeatedText, entry.line, entry.item.number,
                "text repeats " + first->second->item.number.to_string() + " word for word");
    }
}

} // namespace

std::string collapse_whitespace(std::string_view text)
{
    std::string collapsed;
    collapsed.reserve(text.size());
    bool pending_space = false;
    for (char const character : text) {
        if (character == ' ' || character == '\t' || character == '\n' || character == '\r') {
            pending_space = !collapsed.empty();
            continue;
        }
        if (pending_space)
            collapsed += ' ';
        pending_space = false;
        collapsed += character;
    }
    return collapsed;
}

std::vector<Defect> validate_entries(std::vector<LocatedItem> const& entries)
{
    Context context;
    for (auto const& entry : entries)
        check_number(context, entry);
    for (auto const& entry : entries)
        check_links(context, entry);
    check_repeated_texts(context, entries);
    std::stable_sort(context.defects.begin(), context.defects.end(),
        [](Defect const& a, Defect const& b) { return a.line < b.line; });
    return std::move(context.defects);
}

} // namespace bolwerk::importers
