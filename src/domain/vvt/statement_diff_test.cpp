#include "domain/vvt/statement_diff.hpp"

#include <gtest/gtest.h>

namespace bolwerk::domain::vvt {
namespace {

catalog::MeasureNumber measure(std::string_view text) { return catalog::MeasureNumber::parse(text).value(); }
catalog::ControlNumber control(std::string_view text) { return catalog::ControlNumber::parse(text).value(); }

StatementOfApplicability base()
{
    StatementOfApplicability statement;
    statement.header.metadata.organisation_name = "Gemeente Voorbeeld";
    statement.header.metadata.version_number = 1;
    statement.header.catalog = {"bio2", "1.3"};
    statement.scope.processes = {{"Burgerzaken", ""}};
    statement.controls.push_back({.control = control("5.1"), .label_nl = "Beleid"});
    statement.controls.push_back({.control = control("5.2"), .label_nl = "Rollen"});
    statement.measures.push_back({.measure = measure("5.01.01")});
    statement.measures.push_back({.measure = measure("5.01.02")});
    return statement;
}

struct DiffCase {
    char const* name;
    void (*change)(StatementOfApplicability&);
    std::vector<RowChange> expected;
};

class StatementDiffTest : public testing::TestWithParam<DiffCase> { };

TEST_P(StatementDiffTest, ReportsRowsAndFields)
{
    auto current = base();
    GetParam().change(current);
    auto const result = diff(base(), current);
    EXPECT_EQ(result.changes, GetParam().expected);
}

using K = RowChange::Kind;
using P = StatementPart;
INSTANTIATE_TEST_SUITE_P(Cases, StatementDiffTest,
    testing::Values(DiffCase{"Same", [](StatementOfApplicability&) {}, {}},
        DiffCase{"OnlyRegenerated",
            [](StatementOfApplicability& s) {
                s.header.metadata.generated_at = Timestamp{std::chrono::sys_days{std::chrono::year{2027} / 1 / 1}};
            },
            {}},
        DiffCase{"NewVersionApproved",
            [](StatementOfApplicability& s) {
                s.header.metadata.version_number = 2;
                s.header.metadata.status = StatementStatus::Approved;
                s.header.metadata.approved_by = "Burgemeester";
            },
            {{P::Header, "header", K::Changed,
                {{"version_number", "1", "2"}, {"status", "draft", "approved"}, {"approved_by", "", "Burgemeester"}}}}},
        DiffCase{"MeasureStatusAndOpzet",
            [](StatementOfApplicability& s) {
                s.measures[1].status = assessment::MeasureStatus::Implemented;
                s.measures[1].aspects[0].result = assessment::AspectResult::Compliant;
            },
            {{P::Measure, "5.01.02", K::Changed,
                {{"status", "not_started", "implemented"}, {"opzet.result", "not_assessed", "compliant"}}}}},
        DiffCase{"ControlExcluded",
            [](StatementOfApplicability& s) {
                s.controls[0].applicable = false;
                s.exceptions.push_back({.subject = control("5.1"), .justification = "n.v.t."});
            },
            {{P::Control, "5.1", K::Changed, {{"applicable", "true", "false"}}},
                {P::Exception, "control:5.1", K::Added, {{"justification", "", "n.v.t."}, {"reference", "", ""}}}}},
        DiffCase{"RowsAddedAndRemoved",
            [](StatementOfApplicability& s) {
                s.measures.erase(s.measures.begin());
                s.measures.push_back({.measure = measure("5.01.03"), .owner = "CISO"});
                s.scope.processes.push_back({"Belastingen", "WOZ"});
            },
            {{P::Scope, "process:Belastingen", K::Added, {{"description", "", "WOZ"}}},
                {P::Measure, "5.01.01", K::Removed,
                    {{"kind", "substantive", ""}, {"answered", "false", ""}, {"status", "not_started", ""},
                        {"owner", "", ""}, {"target_date", "", ""}, {"maturity", "", ""}, {"maturity_label", "", ""},
                        {"opzet.result", "not_assessed", ""}, {"opzet.date", "", ""}, {"opzet.assessor", "", ""},
                        {"opzet.note", "", ""}, {"bestaan.result", "not_assessed", ""}, {"bestaan.date", "", ""},
                        {"bestaan.assessor", "", ""}, {"bestaan.note", "", ""}, {"werking.result", "not_assessed", ""},
                        {"werking.date", "", ""}, {"werking.assessor", "", ""}, {"werking.note", "", ""},
                        {"not_applicable_reason", "", ""}, {"reference", "", ""}}},
                {P::Measure, "5.01.03", K::Added,
                    {{"kind", "", "substantive"}, {"answered", "", "false"}, {"status", "", "not_started"},
                        {"owner", "", "CISO"}, {"target_date", "", ""}, {"maturity", "", ""},
                        {"maturity_label", "", ""}, {"opzet.result", "", "not_assessed"}, {"opzet.date", "", ""},
                        {"opzet.assessor", "", ""}, {"opzet.note", "", ""}, {"bestaan.result", "", "not_assessed"},
                        {"bestaan.date", "", ""}, {"bestaan.assessor", "", ""}, {"bestaan.note", "", ""},
                        {"werking.result", "", "not_assessed"}, {"werking.date", "", ""}, {"werking.assessor", "", ""},
                        {"werking.note", "", ""}, {"not_applicable_reason", "", ""}, {"reference", "", ""}}}}}),
    [](auto const& test) { return std::string(test.param.name); });

} // namespace
} // namespace bolwerk::domain::vvt
