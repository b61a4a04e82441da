// MFA coverage from a sign-in log (issue #17, item 6): generates the log if asked,
// scans it with the bulk path (importers/findings/signin_mfa) and prints the answer and
// the throughput. bench/mfa_bench.sh runs it beside jq and DuckDB on the same file.
//   mfa_bench generate FILE MEGABYTES [--list]
//   mfa_bench scan FILE [THREADS] [--accounts OUT]
#include "cpu_time.hpp"
#include "importers/findings/signin_mfa.hpp"
#include "signin_generator.hpp"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>

namespace {

using namespace bolwerk;

int generate(std::string const& path, std::uint64_t megabytes, bool list)
{
    if (!bench::write_signin_log(path, megabytes << 20, list)) {
        std::cerr << "cannot write " << path << '\n';
        return 1;
    }
    return 0;
}

int scan(std::string const& path, unsigned threads, std::string const& accounts_path)
{
    auto input = importers::findings::ReportInput::map_file(path);
    if (!input) {
        std::cerr << input.error().to_string() << '\n';
        return 1;
    }
    auto const start = std::chrono::steady_clock::now();
    auto const cpu_start = bench::cpu_seconds();
    auto const coverage = importers::findings::scan_signins(*input, threads);
    auto const seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    auto const cpu = bench::cpu_seconds() - cpu_start;
    if (!coverage) {
        std::cerr << coverage.error().to_string() << '\n';
        return 1;
    }
    auto const gigabytes = static_cast<double>(input->bytes().size()) / 1e9;
    std::printf("bolwerk: %llu successful interactive, %llu with MFA (%.2f%%), %zu single-factor accounts; "
                "%.3f GB in %.3f s = %.2f GB/s on %u threads; %.3f CPU s = %.2f GB per CPU second\n",
        static_cast<unsigned long long>(coverage->interactive_successful),
        static_cast<unsigned long long>(coverage->with_mfa), coverage->share() * 100.0,
        coverage->single_factor_accounts.size(), gigabytes, seconds, gigabytes / seconds, threads, cpu,
        gigabytes / cpu);
    std::printf("answer %llu %llu %zu\n", static_cast<unsigned long long>(coverage->interactive_successful),
        static_cast<unsigned long long>(coverage->with_mfa), coverage->single_factor_accounts.size());
    if (!accounts_path.empty()) {
        std::ofstream accounts(accounts_path);
        for (auto const& account : coverage->single_factor_accounts)
            accounts << account << '\n';
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    std::string const command = argc > 1 ? argv[1] : "";
    if (command == "generate" && argc >= 4)
        return generate(argv[2], std::stoull(argv[3]), argc > 4 && std::string(argv[4]) == "--list");
    if (command == "scan" && argc >= 3) {
        unsigned threads = std::max(1u, std::thread::hardware_concurrency());
        std::string accounts;
        for (int i = 3; i < argc; ++i) {
            std::string const argument = argv[i];
            if (argument == "--accounts" && i + 1 < argc)
                accounts = argv[++i];
            else
                threads = static_cast<unsigned>(std::stoul(argument));
        }
        return scan(argv[2], threads, accounts);
    }
    std::cerr << "usage: mfa_bench generate FILE MEGABYTES [--list] | mfa_bench scan FILE [THREADS] [--accounts OUT]\n";
    return 2;
}
