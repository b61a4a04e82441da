#include "importers/findings/internetnl_importer.hpp"

#include "importers/findings/json_node.hpp"
#include "importers/findings/report_text.hpp"

namespace bolwerk::importers::findings {
namespace {

using domain::findings::RuleOutcome;
using domain::findings::RuleResult;

// v2 test and category statuses (openapi.yaml, Test.status and Category.status).
RuleOutcome outcome_of(std::string_view status)
{
    if (status == "passed")
        return RuleOutcome::Pass;
    if (status == "failed" || status == "warning")
        return RuleOutcome::Fail;
    if (status == "info")
        return RuleOutcome::Informational;
    if (status == "not_tested")
        return RuleOutcome::NotChecked;
    if (status == "error")
        return RuleOutcome::Error;
    return RuleOutcome::Unknown;
}

// What failing a test means for the standard: "required", "recommended", "optional".
std::string requirement_of(std::string_view status)
{
    if (status == "failed")
        return "required";
    if (status == "warning")
        return "recommended";
    if (status == "info")
        return "optional";
    return {};
}

std::string kind_of(std::string_view request_type, std::string_view test_name)
{
    if (!request_type.empty())
        return std::string(request_type);
    return test_name.starts_with("mail") ? "mail" : "web";
}

Result<void> emit_rule(FindingSink& sink, ImportSummary& summary, RuleResult result)
{
    ++summary.rule_results;
    return sink.rule_result(std::move(result));
}

Result<void> map_v2_domain(std::string const& domain_name, JsonNode const& domain, std::string const& request_type,
    FindingSink& sink, ImportSummary& summary)
{
    if (!domain.is_object())
        return ok();
    auto const* results = domain.find("results");
    std::string first_test;
    for (auto const* group_name : {"categories", "tests"}) {
        auto const* group = results == nullptr ? nullptr : results->find(group_name);
        if (group == nullptr || !group->is_object())
            continue;
        for (std::size_t i = 0; i < group->keys.size(); ++i) {
            auto const status = group->children[i].text_of("status");
            if (first_test.empty())
                first_test = group->keys[i];
            TRY(emit_rule(sink, summary,
                {summary.tool, group->keys[i], std::string(group_name) == "categories" ? "category" : "test",
                    outcome_of(status), std::string(status), requirement_of(status), domain_name, summary.finished}));
        }
    }
    auto const* scoring = domain.find("scoring");
    if (domain.text_of("status") != "ok" || scoring == nullptr || !scoring->number_of("percentage"))
        return ok();
    auto const* report = domain.find("report");
    ++summary.scores;
    return sink.score({domain_name, kind_of(request_type, first_test), *scoring->number_of("percentage"),
        report == nullptr ? std::string() : std::string(report->text_of("url"))});
}

Result<void> map_v1_domain(JsonNode const& domain, FindingSink& sink, ImportSummary& summary)
{
    auto const name = std::string(domain.text_of("domain"));
    std::string first_view;
    for (auto const& category : domain.elements_of("categories")) {
        bool const passed = category.text_of("passed") == "true";
        TRY(emit_rule(sink, summary,
            {summary.tool, std::string(category.text_of("category")), "category",
                passed ? RuleOutcome::Pass : RuleOutcome::Fail, std::string(category.text_of("passed")), {}, name,
                summary.finished}));
    }
    for (auto const& view : domain.elements_of("views")) {
        bool const passed = view.text_of("result") == "true";
        if (first_view.empty())
            first_view = view.text_of("name");
        TRY(emit_rule(sink, summary,
            {summary.tool, std::string(view.text_of("name")), "test", passed ? RuleOutcome::Pass : RuleOutcome::Fail,
                std::string(view.text_of("result")), {}, name, summary.finished}));
    }
    auto const score = domain.number_of("score");
    if (domain.text_of("status") != "ok" || !score)
        return ok();
    ++summary.scores;
    return sink.score({name, kind_of({}, first_view), *score, std::string(domain.text_of("link"))});
}

Result<ImportSummary> import_v1(ReportInput const& input, FindingSink& sink, ImportSummary summary)
{
    summary.format_version = "1.1";
    JsonRecordParser parser;
    std::vector<JsonPath> const paths{{"data", "api-version"}, {"data", "submission-date"}, {"data", "finished-date"},
        {"data", "name"}, {"data", "domains", "*"}};
    TRY(walk_json(input, paths, [&](JsonCapture const& capture) -> Result<void> {
        if (capture.path_index == 4)
            return map_v1_domain(TRY(parser.parse(input, capture)), sink, summary);
        auto text = TRY(parser.scalar(input, capture));
        if (capture.path_index == 0)
            summary.format_version = std::move(text);
        else if (capture.path_index == 1)
            summary.started = parse_report_time(text);
        else if (capture.path_index == 2)
            summary.finished = parse_report_time(text);
        else
            summary.target = std::move(text);
        return ok();
    }));
    return summary;
}

Result<ImportSummary> import_v2(ReportInput const& input, FindingSink& sink, ImportSummary summary, bool bare_map)
{
    summary.format_version = "2";
    JsonRecordParser parser;
    std::string request_type;
    std::vector<JsonPath> const paths
        = bare_map ? std::vector<JsonPath>{{"*"}} : std::vector<JsonPath>{{"request"}, {"domains", "*"}};
    TRY(walk_json(input, paths, [&](JsonCapture const& capture) -> Result<void> {
        auto const node = TRY(parser.parse(input, capture));
        if (!bare_map && capture.path_index == 0) {
            request_type = node.text_of("request_type");
            summary.target = node.text_of("name");
            summary.started = parse_report_time(node.text_of("submit_date"));
            summary.finished = parse_report_time(node.text_of("finished_date"));
            if (auto const version = node.text_of("api_version"); !version.empty())
                summary.format_version = version;
            return ok();
        }
        // The member name is the domain; the pointer is "/domains/<name>" or "/<name>".
        auto const slash = capture.pointer.rfind('/');
        return map_v2_domain(capture.pointer.substr(slash + 1), node, request_type, sink, summary);
    }));
    return summary;
}

} // namespace

Result<ImportSummary> import_internetnl(ReportInput const& input, FindingSink& sink)
{
    ImportSummary summary;
    summary.format = ReportFormat::InternetNl;
    summary.tool.name = "internet.nl";
    auto const top = TRY(read_json_top_level(input, [](JsonTopLevel const&) { return false; }));
    if (!top.is_object)
        return Error::invalid("not an internet.nl result: the document is not a JSON object", {.source = input.name()});
    if (top.has("data") && top.has("success"))
        return import_v1(input, sink, std::move(summary));
    if (top.has("domains"))
        return import_v2(input, sink, std::move(summary), false);
    return import_v2(input, sink, std::move(summary), true);
}

} // namespace bolwerk::importers::findings
