#include "report/vvt/vvt_tables.hpp"

#include "common/clock.hpp"
#include "domain/vvt/statement_canonical.hpp"

namespace bolwerk::report::vvt {

using domain::assessment::Aspect;
using domain::assessment::AspectResult;
using domain::assessment::InclusionReason;
using domain::assessment::MeasureStatus;
using domain::vvt::ControlImplementation;
using domain::vvt::StatementOfApplicability;
using domain::vvt::StatementStatus;

namespace {

std::string optional_date(std::optional<Date> const& date) { return date ? format_date(*date) : std::string(); }

// "2026-11-20 14:00 UTC": for people, to the minute.
std::string readable_time(Timestamp time) { return format_timestamp(time).substr(0, 16).replace(10, 1, " ") + " UTC"; }

std::string reasons_text(std::vector<InclusionReason> const& reasons)
{
    std::string text;
    for (auto const reason : reasons) {
        if (!text.empty())
            text += ", ";
        text += label(reason);
    }
    return text;
}

std::string control_label(StatementOfApplicability const& statement, domain::catalog::MeasureNumber measure)
{
    auto const control = measure.control();
    if (!control)
        return {};
    for (auto const& row : statement.controls) {
        if (row.control == *control)
            return row.control.to_string() + " " + row.label_nl;
    }
    return control->to_string();
}

std::string aspect_text(domain::assessment::AspectAssessment const& assessed)
{
    std::string text(label(assessed.result));
    if (assessed.date)
        text += " (" + format_date(*assessed.date) + ")";
    return text;
}

} // namespace

std::string_view label(InclusionReason reason)
{
    switch (reason) {
    case InclusionReason::Bio2Mandatory: return "BIO2 verplicht";
    case InclusionReason::RiskAnalysis: return "Risicoanalyse";
    case InclusionReason::LawOrContract: return "Wet of contract";
    case InclusionReason::OwnChoice: return "Eigen keuze";
    }
    return "";
}

std::string_view label(MeasureStatus status)
{
    switch (status) {
    case MeasureStatus::NotStarted: return "Niet gestart";
    case MeasureStatus::InProgress: return "In uitvoering";
    case MeasureStatus::Implemented: return "Geïmplementeerd";
    case MeasureStatus::NotApplicable: return "Niet van toepassing";
    }
    return "";
}

std::string_view label(AspectResult result)
{
    switch (result) {
    case AspectResult::NotAssessed: return "Niet beoordeeld";
    case AspectResult::Compliant: return "Voldoet";
    case AspectResult::PartiallyCompliant: return "Voldoet deels";
    case AspectResult::NonCompliant: return "Voldoet niet";
    }
    return "";
}

std::string_view label(ControlImplementation implementation)
{
    switch (implementation) {
    case ControlImplementation::Excluded: return "Uitgesloten";
    case ControlImplementation::NoMeasures: return "Geen overheidsmaatregelen";
    case ControlImplementation::NotImplemented: return "Niet geïmplementeerd";
    case ControlImplementation::PartiallyImplemented: return "Deels geïmplementeerd";
    case ControlImplementation::Implemented: return "Geïmplementeerd";
    }
    return "";
}

std::string_view label(StatementStatus status)
{
    switch (status) {
    case StatementStatus::Draft: return "Concept";
    case StatementStatus::Approved: return "Vastgesteld";
    }
    return "";
}

std::string label(std::optional<domain::assessment::RiskReference> const& reference)
{
    if (!reference)
        return {};
    using Kind = domain::assessment::RiskReference::Kind;
    switch (reference->kind) {
    case Kind::RiskAnalysis: return "Risicoanalyse " + reference->value;
    case Kind::Risk: return "Risico " + reference->value;
    case Kind::Document: return "Document " + reference->value;
    }
    return reference->value;
}

std::string document_subtitle(StatementOfApplicability const& statement)
{
    auto const& metadata = statement.header.metadata;
    std::string subtitle = metadata.organisation_name;
    if (metadata.version_number > 0)
        subtitle += " — versie " + std::to_string(metadata.version_number);
    std::string status(label(metadata.status));
    status[0] = static_cast<char>(status[0] - 'A' + 'a');
    return subtitle + " (" + status + ")";
}

Table header_table(StatementOfApplicability const& statement)
{
    auto const& metadata = statement.header.metadata;
    Table table{"Verklaring", {{"Gegeven", 22}, {"Waarde", 70}}, {}};
    table.rows = {{"Organisatie", metadata.organisation_name},
        {"Normenkader", statement.header.catalog_title + " (" + statement.header.catalog.to_string() + ")"},
        {"Versie", metadata.version_number > 0 ? std::to_string(metadata.version_number) : std::string("—")},
        {"Status", std::string(label(metadata.status))}, {"Vastgesteld door", metadata.approved_by},
        {"Vastgesteld op", metadata.approved_at ? readable_time(*metadata.approved_at) : std::string()},
        {"Gegenereerd op", readable_time(metadata.generated_at)}, {"SHA-256 (canoniek)", digest(statement)}};
    return table;
}

Table scope_table(StatementOfApplicability const& statement)
{
    auto const& scope = statement.scope;
    Table table{"Reikwijdte", {{"Onderdeel", 20}, {"Naam", 32}, {"Omschrijving of reden", 70}}, {}};
    if (!scope.statement.empty())
        table.rows.push_back({"Reikwijdte", "", scope.statement});
    for (auto const& [part, items] :
        {std::pair{"Proces", &scope.processes}, std::pair{"Informatiesysteem", &scope.information_systems},
            std::pair{"Locatie", &scope.locations}, std::pair{"Koppeling", &scope.interfaces}}) {
        for (auto const& item : *items)
            table.rows.push_back({part, item.name, item.description});
    }
    for (auto const& exclusion : scope.exclusions)
        table.rows.push_back({"Uitsluiting", exclusion.subject, exclusion.reason});
    return table;
}

Table control_table(StatementOfApplicability const& statement)
{
    Table table{"Beheersmaatregelen",
        {{"Nummer", 9}, {"Beheersmaatregel", 36}, {"Van toepassing", 10}, {"Redenen", 24}, {"Rechtvaardiging", 36},
            {"Risicoanalyse", 18}, {"Implementatie", 22}, {"Maatregelen", 8, true}, {"Geïmplementeerd", 8, true},
            {"In uitvoering", 8, true}, {"Niet gestart", 8, true}, {"Niet van toepassing", 8, true}},
        {}};
    for (auto const& row : statement.controls) {
        table.rows.push_back({row.control.to_string(), row.label_nl, row.applicable ? "Ja" : "Nee",
            reasons_text(row.reasons), row.justification, label(row.reference), std::string(label(row.implementation)),
            std::to_string(row.measures.total), std::to_string(row.measures.implemented),
            std::to_string(row.measures.in_progress), std::to_string(row.measures.not_started),
            std::to_string(row.measures.not_applicable)});
    }
    return table;
}

Table measure_table(StatementOfApplicability const& statement)
{
    Table table{"Overheidsmaatregelen",
        {{"Nummer", 10}, {"Beheersmaatregel", 30}, {"Status", 16}, {"Eigenaar", 18}, {"Streefdatum", 12},
            {"Volwassenheid", 16}, {"Opzet", 18}, {"Bestaan", 18}, {"Werking", 18}, {"Reden niet van toepassing", 30},
            {"Risicoanalyse", 18}},
        {}};
    for (auto const& row : statement.measures) {
        std::string maturity;
        if (row.maturity)
            maturity = std::to_string(*row.maturity) + (row.maturity_label.empty() ? "" : " " + row.maturity_label);
        table.rows.push_back({row.measure.to_string(), control_label(statement, row.measure),
            std::string(label(row.status)), row.owner, optional_date(row.target_date), maturity,
            aspect_text(row.aspect(Aspect::Design)), aspect_text(row.aspect(Aspect::Existence)),
            aspect_text(row.aspect(Aspect::Operation)), row.not_applicable_reason, label(row.reference)});
    }
    return table;
}

Table exception_table(StatementOfApplicability const& statement)
{
    Table table{
        "Bijlage uitzonderingen", {{"Soort", 22}, {"Nummer", 10}, {"Rechtvaardiging", 60}, {"Risicoanalyse", 24}}, {}};
    for (auto const& exception : statement.exceptions) {
        table.rows.push_back({exception.is_control() ? "Uitgesloten beheersmaatregel" : "Afwijking overheidsmaatregel",
            exception.number(), exception.justification,
            exception.has_reference() ? label(exception.reference) : std::string("ONTBREEKT")});
    }
    return table;
}

std::vector<Table> statement_tables(StatementOfApplicability const& statement)
{
    return {header_table(statement), scope_table(statement), control_table(statement), measure_table(statement),
        exception_table(statement)};
}

} // namespace bolwerk::report::vvt
