#pragma once

#include "cli/command.hpp"
#include "common/clock.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace bolwerk::testing {

/// Runs `bolwerk …` against a fresh SQLite file, as a user would: the file is named
/// per process and test (ctest runs the tests of one program in parallel) and removed
/// with its -wal and -shm files afterwards. The clock stands still at `now`.
class CliTest : public ::testing::Test {
protected:
    explicit CliTest(std::string const& name, Timestamp now = Timestamp{std::chrono::seconds{1'790'000'000}})
        : m_clock(now)
    {
        m_path = std::filesystem::temp_directory_path()
            / ("bolwerk-" + name + "-cli-" + std::to_string(::getpid()) + "-"
                + ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db");
        std::filesystem::remove(m_path);
    }
    ~CliTest() override
    {
        for (auto const* suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(m_path.string() + suffix);
    }
    CliTest(CliTest const&) = delete;
    CliTest& operator=(CliTest const&) = delete;
    CliTest(CliTest&&) = delete;
    CliTest& operator=(CliTest&&) = delete;

    /// Runs the command with `--database` set to the test's file; the output is in
    /// m_out and m_err.
    int run(std::vector<std::string> words)
    {
        words.insert(words.begin(), {"--database", "sqlite:" + m_path.string()});
        m_out.str({});
        m_err.str({});
        return cli::run_cli(words, m_out, m_err, m_clock);
    }
    nlohmann::json json_out() const { return nlohmann::json::parse(m_out.str()); }

    std::filesystem::path m_path;
    std::ostringstream m_out;
    std::ostringstream m_err;
    FixedClock m_clock;
};

} // namespace bolwerk::testing
