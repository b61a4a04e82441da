// The VvT exports read back: CSV by the importers' RFC 4180 reader, JSON and the OSCAL
// SSP by nlohmann, the tables checked against the statement.

#include "domain/vvt/statement_canonical.hpp"
#include "importers/csv/csv_reader.hpp"
#include "report/oscal/oscal_catalog_export.hpp"
#include "report/vvt/vvt_csv.hpp"
#include "report/vvt/vvt_json.hpp"
#include "report/vvt/vvt_oscal_ssp.hpp"
#include "report/vvt/vvt_pdf.hpp"
#include "report/vvt/vvt_tables.hpp"
#include "vvt/sample_statement.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <regex>
#include <set>

namespace bolwerk::report::vvt {
namespace {

using nlohmann::json;

domain::vvt::StatementOfApplicability const& statement()
{
    static auto const sample = test_support::sample_statement();
    return sample;
}

TEST(VvtTables, EveryRowHasACellPerColumn)
{
    auto const tables = statement_tables(statement());
    ASSERT_EQ(tables.size(), 5U);
    std::vector<std::string> titles;
    for (auto const& table : tables) {
        titles.push_back(table.title);
        EXPECT_LE(table.title.size(), 31U) << "XLSX sheet names have at most 31 characters";
        for (auto const& row : table.rows)
            EXPECT_EQ(row.size(), table.columns.size()) << table.title;
    }
    EXPECT_EQ(titles,
        (std::vector<std::string>{
            "Verklaring", "Reikwijdte", "Beheersmaatregelen", "Overheidsmaatregelen", "Bijlage uitzonderingen"}));
    EXPECT_EQ(tables[2].rows.size(), 93U);
    EXPECT_EQ(tables[3].rows.size(), statement().measures.size());
    EXPECT_EQ(tables[4].rows.size(), statement().exceptions.size());
}

TEST(VvtTables, MarksAMissingRiskReferenceInTheBijlage)
{
    auto const table = exception_table(statement());
    auto const missing = std::count_if(
        table.rows.begin(), table.rows.end(), [](auto const& row) { return row.back() == "ONTBREEKT"; });
    auto const expected = std::count_if(statement().exceptions.begin(), statement().exceptions.end(),
        [](auto const& exception) { return !exception.has_reference(); });
    EXPECT_EQ(missing, expected);
    EXPECT_GT(missing, 0);
}

TEST(VvtCsv, ReadsBackWithAnRfc4180Reader)
{
    auto const text = statement_measures_csv(statement());
    EXPECT_NE(text.find("\r\n"), std::string::npos);
    auto const document = importers::read_csv(text, "vvt.csv", ',');
    ASSERT_TRUE(document) << document.error().message();
    EXPECT_EQ(document->header, statement_csv_columns());
    ASSERT_EQ(document->records.size(), statement().measures.size());
    for (std::size_t i = 0; i < document->records.size(); ++i) {
        auto const& fields = document->records[i].fields;
        auto const& row = statement().measures[i];
        EXPECT_EQ(fields[*document->column("measure")], row.measure.to_string());
        EXPECT_EQ(fields[*document->column("status")], domain::assessment::to_string(row.status));
        EXPECT_EQ(fields[*document->column("owner")], row.owner);
        EXPECT_EQ(fields[*document->column("not_applicable_reason")], row.not_applicable_reason);
        EXPECT_EQ(fields[*document->column("werking_note")], row.aspects[2].note);
    }
}

// Issue #10 item 5: a measure owner or note that a spreadsheet would run as a formula.
TEST(VvtCsv, GuardsFormulaCellsAndReadsThemBackUnchanged)
{
    auto guarded = statement();
    ASSERT_FALSE(guarded.measures.empty());
    guarded.measures[0].owner = "=HYPERLINK(\"http://evil.example\",\"x\")";
    guarded.measures[0].aspects[2].note = "@SUM(A1)";
    auto const text = statement_measures_csv(guarded);
    EXPECT_NE(text.find(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\","), std::string::npos);
    EXPECT_NE(text.find(",'@SUM(A1),"), std::string::npos);
    EXPECT_EQ(text.find(",=HYPERLINK"), std::string::npos);
    auto const document = importers::read_csv(text, "vvt.csv", ',');
    ASSERT_TRUE(document) << document.error().message();
    auto const& fields = document->records[0].fields;
    EXPECT_EQ(fields[*document->column("owner")], guarded.measures[0].owner);
    EXPECT_EQ(fields[*document->column("werking_note")], "@SUM(A1)");
}

TEST(VvtJson, HasTheDocumentedShape)
{
    auto const document = json::parse(statement_json(statement()));
    EXPECT_EQ(document["format"], "bolwerk-vvt/1");
    EXPECT_EQ(document["header"]["digest"], domain::vvt::digest(statement()));
    EXPECT_EQ(document["header"]["version_number"], 3);
    EXPECT_EQ(document["header"]["status"], "approved");
    EXPECT_EQ(document["header"]["approved_at"], "2026-11-20T14:00:00.000000Z");
    EXPECT_EQ(document["scope"]["processes"].size(), 3U);
    EXPECT_EQ(document["scope"]["exclusions"][0]["subject"], "Sportbedrijf");
    ASSERT_EQ(document["controls"].size(), 93U);
    EXPECT_EQ(document["controls"][0]["control"], "5.1");
    EXPECT_EQ(document["controls"][0]["measures"]["total"], statement().controls[0].measures.total);
    ASSERT_EQ(document["measures"].size(), statement().measures.size());
    auto const& first = document["measures"][0];
    EXPECT_EQ(first["measure"], statement().measures[0].measure.to_string());
    for (auto const* aspect : {"opzet", "bestaan", "werking"})
        EXPECT_TRUE(first["aspects"][aspect].contains("result")) << aspect;
    ASSERT_EQ(document["exceptions"].size(), statement().exceptions.size());
    for (auto const& exception : document["exceptions"])
        EXPECT_TRUE(exception["type"] == "control" || exception["type"] == "measure");
}

TEST(VvtJson, ReadsBackIntoTheSameStatement)
{
    auto const read = read_statement_json(statement_json(statement()));
    ASSERT_TRUE(read) << read.error().message();
    EXPECT_EQ(*read, statement());
    EXPECT_EQ(domain::vvt::digest(*read), domain::vvt::digest(statement()));
}

struct BadDocument {
    char const* name;
    void (*change)(json&);
    char const* message; ///< A part of the refusal.
    char const* field; ///< The field it names, or "" for none.
};

class VvtJsonRefusal : public testing::TestWithParam<BadDocument> { };

TEST_P(VvtJsonRefusal, RefusesWithTheReason)
{
    auto document = json::parse(statement_json(statement()));
    GetParam().change(document);
    auto const read = read_statement_json(document.dump());
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().kind(), ErrorKind::Invalid);
    EXPECT_NE(read.error().message().find(GetParam().message), std::string::npos) << read.error().message();
    EXPECT_EQ(read.error().location().field.value_or(""), GetParam().field);
}

INSTANTIATE_TEST_SUITE_P(Cases, VvtJsonRefusal,
    testing::Values(BadDocument{"Altered", [](json& d) { d["measures"][3]["owner"] = "Iemand anders"; },
                        "does not match its digest", "header.digest"},
        BadDocument{"OtherFormat", [](json& d) { d["format"] = "bolwerk-vvt/2"; }, "not a Bolwerk VvT", "format"},
        BadDocument{"MissingField", [](json& d) { d["measures"][0].erase("owner"); }, "owner", ""},
        BadDocument{"WrongType", [](json& d) { d["controls"][1]["applicable"] = "ja"; }, "wrong type", ""},
        BadDocument{"UnknownStatus", [](json& d) { d["measures"][2]["status"] = "accepted"; }, "", "measures[2]"},
        BadDocument{"BadNumber", [](json& d) { d["controls"][0]["control"] = "5.38"; }, "", "controls[0]"}),
    [](auto const& test) { return std::string(test.param.name); });

TEST(VvtJson, RefusesTextThatIsNotJson)
{
    auto const read = read_statement_json("{\"format\": ");
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().kind(), ErrorKind::Invalid);
}

// Every id of the OSCAL catalog export of the same version, to check the SSP's references.
std::set<std::string> catalog_ids()
{
    auto const index = domain::catalog::BuiltinIndex::load().value();
    auto const catalog = json::parse(oscal::export_oscal_catalog_json(
        *index.version({"bio2", "1.3"}), index, statement().header.metadata.generated_at));
    std::set<std::string> ids;
    auto const collect = [&](auto const& self, json const& node) -> void {
        if (node.is_object()) {
            if (node.contains("id") && node["id"].is_string())
                ids.insert(node["id"].get<std::string>());
            for (auto const& [key, value] : node.items())
                self(self, value);
        } else if (node.is_array()) {
            for (auto const& value : node)
                self(self, value);
        }
    };
    collect(collect, catalog);
    return ids;
}

void expect_props_valid(json const& node)
{
    for (auto const& prop : node.value("props", json::array())) {
        EXPECT_FALSE(prop["name"].get<std::string>().empty());
        EXPECT_FALSE(prop["value"].get<std::string>().empty()) << prop.dump();
    }
}

TEST(VvtOscalSsp, HasTheShapeOfAnOscal11SystemSecurityPlan)
{
    auto const document = json::parse(statement_oscal_ssp_json(statement()));
    ASSERT_TRUE(document.contains("system-security-plan"));
    auto const& plan = document["system-security-plan"];
    std::regex const uuid("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    EXPECT_TRUE(std::regex_match(plan["uuid"].get<std::string>(), uuid));
    for (auto const* key :
        {"metadata", "import-profile", "system-characteristics", "system-implementation", "control-implementation"})
        EXPECT_TRUE(plan.contains(key)) << key;
    auto const& metadata = plan["metadata"];
    for (auto const* key : {"title", "last-modified", "version", "oscal-version"})
        EXPECT_TRUE(metadata.contains(key)) << key;
    EXPECT_EQ(metadata["oscal-version"], oscal::oscal_version);
    expect_props_valid(metadata);

    // import-profile points at a back-matter resource.
    auto const href = plan["import-profile"]["href"].get<std::string>();
    ASSERT_EQ(href.front(), '#');
    EXPECT_EQ(plan["back-matter"]["resources"][0]["uuid"], href.substr(1));

    auto const& characteristics = plan["system-characteristics"];
    for (auto const* key :
        {"system-ids", "system-name", "description", "system-information", "status", "authorization-boundary"})
        EXPECT_TRUE(characteristics.contains(key)) << key;
    EXPECT_EQ(characteristics["system-information"]["information-types"].size(), 3U);
    EXPECT_NE(characteristics["authorization-boundary"]["description"].get<std::string>().find("Sportbedrijf"),
        std::string::npos);

    auto const& implementation = plan["system-implementation"];
    ASSERT_GE(implementation["users"].size(), 1U);
    std::set<std::string> components;
    for (auto const& component : implementation["components"]) {
        EXPECT_TRUE(std::regex_match(component["uuid"].get<std::string>(), uuid));
        components.insert(component["uuid"].get<std::string>());
    }
    EXPECT_EQ(implementation["components"][0]["type"], "this-system");
    EXPECT_EQ(components.size(), 1U + 2U + 1U + 2U); // ISMS, systems, interfaces, locations

    auto const ids = catalog_ids();
    std::set<std::string> const states{"implemented", "partial", "planned", "alternative", "not-applicable"};
    auto const& requirements = plan["control-implementation"]["implemented-requirements"];
    ASSERT_EQ(requirements.size(), 93U + statement().measures.size());
    std::size_t iso_count = 0;
    for (auto const& requirement : requirements) {
        auto const id = requirement["control-id"].get<std::string>();
        EXPECT_TRUE(ids.contains(id)) << id;
        iso_count += id.starts_with("iso-") ? 1U : 0U;
        expect_props_valid(requirement);
        for (auto const& by : requirement.value("by-components", json::array())) {
            EXPECT_TRUE(components.contains(by["component-uuid"].get<std::string>()));
            EXPECT_TRUE(states.contains(by["implementation-status"]["state"].get<std::string>()));
            expect_props_valid(by);
        }
    }
    EXPECT_EQ(iso_count, 93U);
    EXPECT_EQ(requirements[0]["control-id"], "iso-5.1");
    EXPECT_EQ(requirements[1]["control-id"], "bio2-" + statement().measures[0].measure.to_string());
}

TEST(VvtOscalSsp, IsTheSameForTheSameVersion)
{
    EXPECT_EQ(statement_oscal_ssp_json(statement()), statement_oscal_ssp_json(test_support::sample_statement()));
}

TEST(VvtPdf, RendersAPdfDocument)
{
    auto const bytes = render_statement_pdf(statement());
    ASSERT_TRUE(bytes) << bytes.error().message();
    EXPECT_EQ(bytes->rfind("%PDF-", 0), 0U);
    EXPECT_GT(bytes->size(), 10'000U);
}

} // namespace
} // namespace bolwerk::report::vvt
