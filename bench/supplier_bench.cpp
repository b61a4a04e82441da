// Supplier module benchmarks (issue #14 goal: the supplier overview and the
// concentration view for 400 suppliers, 1,200 services and 3,000 chain links, p50
// under 10 ms server time). This program measures the pure parts a page will run on
// loaded records: the register, the concentration view, the tasks, the chain tree of
// one service and the exports; the store and page figures follow with the store. The
// median over repetitions is the p50. Prints figures only.
//
//   scripts/build.sh build-bench -DCMAKE_BUILD_TYPE=Release -- supplier_bench
//   build-bench/bench/supplier_bench --benchmark_repetitions=10 --benchmark_report_aggregates_only=true

#include "domain/supplier/concentration.hpp"
#include "domain/supplier/supplier_register.hpp"
#include "domain/supplier/supplier_tasks.hpp"
#include "importers/supplier/supplier_csv.hpp"
#include "report/supplier/chain_graph.hpp"
#include "report/supplier/supplier_register_export.hpp"

#include <benchmark/benchmark.h>

namespace bolwerk {
namespace {

using namespace std::chrono;

constexpr int supplier_count = 400;
constexpr int services_per_supplier = 3;
constexpr int chain_links = 3000;
constexpr int system_count = 150;
// 40 parties serve the chains, so the concentration view has real clusters (e.g. the
// same cloud provider behind dozens of services).
constexpr int shared_parties = 40;

Date const today = sys_days{2026y / November / 25};

struct Organisation {
    std::vector<domain::Supplier> suppliers;
    std::vector<domain::DeliveredService> services;
    std::vector<domain::Contract> contracts;
    std::vector<domain::AssuranceReport> reports;
    std::vector<domain::SupplierReview> reviews;
    std::vector<domain::ChainNode> chain;
    std::vector<domain::ChainChange> changes;
    std::map<InformationSystemId, domain::Cia> classifications;

    domain::SupplierRecords records() const { return {suppliers, services, contracts, reports, reviews}; }
};

domain::ContractTerms terms_for(int supplier, std::vector<DeliveredServiceId> services)
{
    domain::ContractTerms terms;
    terms.reference = "INK-" + std::to_string(supplier);
    terms.title = "Contract " + std::to_string(supplier);
    terms.services = std::move(services);
    terms.starts_on = sys_days{2025y / January / 1} + days{supplier};
    terms.ends_on = terms.starts_on + days{365 * 2 + supplier % 300};
    terms.notice_days = 90;
    terms.exit_strategy = domain::ExitStrategy{"Overdracht", "Export en verwijdering", std::nullopt};
    return terms;
}

void add_supplier(Organisation& organisation, int s)
{
    organisation.suppliers.push_back({});
    auto& supplier = organisation.suppliers.back();
    supplier.id = SupplierId(s + 1);
    supplier.name = "Leverancier " + std::to_string(s);
    std::vector<DeliveredServiceId> ids;
    for (int k = 0; k < services_per_supplier; ++k) {
        domain::DeliveredService service;
        service.id = DeliveredServiceId(s * services_per_supplier + k + 1);
        service.supplier_id = supplier.id;
        service.name = "Dienst " + std::to_string(k);
        service.systems = {InformationSystemId(1 + (s * 7 + k) % system_count)};
        service.dependency = static_cast<domain::Dependency>(1 + (s + k) % 3);
        service.cloud_service_provider = k == 0;
        ids.push_back(service.id);
        organisation.services.push_back(std::move(service));
    }
    organisation.contracts.push_back({ContractId(s + 1), OrganisationId(1), supplier.id, terms_for(s, ids),
        s % 10 == 0 ? domain::ContractStatus::Concept : domain::ContractStatus::Active, {}, {}, 1});
    auto report = domain::AssuranceReport{};
    report.id = AssuranceReportId(s + 1);
    report.supplier_id = supplier.id;
    report.issuer = supplier.name;
    report.auditor = "Audit B.V.";
    report.period_start = sys_days{2025y / January / 1};
    report.period_end = sys_days{2025y / December / 31};
    report.scope_covers_services = s % 7 != 0;
    report.opinion = domain::AuditOpinion::Unqualified;
    report.valid_until = today + days{s % 200 - 50};
    report.aspects = domain::default_aspects(report.kind);
    organisation.reports.push_back(report);
    domain::SupplierReview review;
    review.supplier_id = supplier.id;
    review.reviewed_on = today - days{s % 500};
    organisation.reviews.push_back(review);
}

void add_chain(Organisation& organisation)
{
    auto const service_count = static_cast<int>(organisation.services.size());
    for (int i = 0; i < chain_links; ++i) {
        domain::ChainNode node;
        node.id = ChainNodeId(i + 1);
        node.service_id = DeliveredServiceId(1 + i % service_count);
        // Every third link works for the link before it on the same service.
        if (i >= service_count && i % 3 == 0)
            node.parent = ChainNodeId(i + 1 - service_count);
        node.name = "Partij " + std::to_string((i * 13) % shared_parties);
        node.cloud_service_provider = i % 5 == 0;
        node.requirements = {{"5.20.05", true, ""}, {"5.20.04", i % 4 != 0, "Geen toegang tot gegevens"}};
        organisation.chain.push_back(std::move(node));
    }
    for (int i = 0; i < 200; ++i)
        organisation.changes.push_back(
            {DeliveredServiceId(1 + i * 5), today - days{i}, domain::ChainChangeKind::Incident,
                "Partij " + std::to_string(i % shared_parties), "Storing", "Uitval", std::nullopt, std::nullopt});
}

Organisation const& organisation()
{
    static Organisation const built = [] {
        Organisation result;
        for (int s = 0; s < supplier_count; ++s)
            add_supplier(result, s);
        add_chain(result);
        for (int i = 1; i <= system_count; ++i)
            result.classifications[InformationSystemId(i)]
                = {static_cast<domain::CiaLevel>(1 + i % 3), domain::CiaLevel::Midden, domain::CiaLevel::Laag};
        return result;
    }();
    return built;
}

void supplier_register(benchmark::State& state)
{
    auto const& data = organisation();
    for (auto _ : state)
        benchmark::DoNotOptimize(domain::build_supplier_register(data.records(), data.classifications, today));
}
BENCHMARK(supplier_register)->Unit(benchmark::kMillisecond);

void concentration(benchmark::State& state)
{
    auto const& data = organisation();
    for (auto _ : state)
        benchmark::DoNotOptimize(domain::supplier_concentration(data.suppliers, data.services, data.chain));
}
BENCHMARK(concentration)->Unit(benchmark::kMillisecond);

void tasks(benchmark::State& state)
{
    auto const& data = organisation();
    for (auto _ : state)
        benchmark::DoNotOptimize(domain::supplier_tasks(data.records(), data.changes, today));
}
BENCHMARK(tasks)->Unit(benchmark::kMillisecond);

// The chain page of one service: its nodes, the tree, the SVG and the table.
void chain_of_one_service(benchmark::State& state)
{
    auto const& data = organisation();
    std::vector<domain::ChainNode> nodes;
    for (auto const& node : data.chain) {
        if (node.service_id == DeliveredServiceId(1))
            nodes.push_back(node);
    }
    for (auto _ : state) {
        auto const tree = domain::build_chain_tree(nodes).value();
        benchmark::DoNotOptimize(
            report::supplier::chain_graph_svg("Leverancier 0", "Dienst 0", tree, report::Language::Dutch, "keten"));
        benchmark::DoNotOptimize(
            report::supplier::chain_table("Leverancier 0", "Dienst 0", tree, report::Language::Dutch));
    }
    state.counters["nodes"] = static_cast<double>(nodes.size());
}
BENCHMARK(chain_of_one_service)->Unit(benchmark::kMillisecond);

void export_csv(benchmark::State& state)
{
    auto const& data = organisation();
    auto const entries = domain::build_supplier_register(data.records(), data.classifications, today);
    for (auto _ : state)
        benchmark::DoNotOptimize(report::supplier::supplier_register_csv(entries));
}
BENCHMARK(export_csv)->Unit(benchmark::kMillisecond);

// Reading the exported register back: 1,200 rows through the import.
void import_csv(benchmark::State& state)
{
    auto const& data = organisation();
    auto const csv = report::supplier::supplier_register_csv(
        domain::build_supplier_register(data.records(), data.classifications, today));
    auto const mapping = importers::SupplierCsvMapping::defaults();
    for (auto _ : state)
        benchmark::DoNotOptimize(importers::read_supplier_csv(csv, mapping, "register.csv"));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * csv.size()));
}
BENCHMARK(import_csv)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace bolwerk

BENCHMARK_MAIN();
