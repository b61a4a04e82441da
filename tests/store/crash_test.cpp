#include "support/store_test.hpp"

#include "app/audit_trail.hpp"

#include <csignal>
#include <cstdio>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

namespace bolwerk::testing {
namespace {

// Starts the writer with its stdout on a pipe; kills it with SIGKILL after
// `acknowledged_before_kill` acknowledged writes and returns every number it
// acknowledged, including lines that were in the pipe at the moment of the kill.
std::set<int> run_writer_and_kill(std::string const& url, int acknowledged_before_kill, int limit)
{
    int pipe_ends[2];
    if (pipe(pipe_ends) != 0) {
        ADD_FAILURE() << "pipe failed";
        return {};
    }
    pid_t const child = fork();
    if (child == 0) {
        dup2(pipe_ends[1], STDOUT_FILENO);
        close(pipe_ends[0]);
        close(pipe_ends[1]);
        std::string const limit_text = std::to_string(limit);
        execl(BOLWERK_CRASH_WRITER, BOLWERK_CRASH_WRITER, url.c_str(), "crash-", limit_text.c_str(),
            static_cast<char*>(nullptr));
        _exit(127);
    }
    close(pipe_ends[1]);
    std::set<int> acknowledged;
    FILE* lines = fdopen(pipe_ends[0], "r");
    int number = 0;
    while (static_cast<int>(acknowledged.size()) < acknowledged_before_kill && std::fscanf(lines, "%d", &number) == 1)
        acknowledged.insert(number);
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    // Writes acknowledged between our last read and the kill are still in the pipe.
    while (std::fscanf(lines, "%d", &number) == 1)
        acknowledged.insert(number);
    std::fclose(lines);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
        << "the writer ended on its own before the kill (status " << status << ")";
    return acknowledged;
}

class CrashTest : public StoreTest { };

TEST_P(CrashTest, EveryAcknowledgedWriteSurvivesSigkill)
{
    constexpr int acknowledged_before_kill = 150;
    constexpr int limit = 100000; // far more than it can write before the kill
    auto const acknowledged = run_writer_and_kill(test_database().url(), acknowledged_before_kill, limit);
    ASSERT_GE(static_cast<int>(acknowledged.size()), acknowledged_before_kill);

    // A fresh pool, as a restarted server would open.
    auto reopened = test_database().open();
    ASSERT_TRUE(reopened);
    auto connection = reopened->acquire();
    ASSERT_TRUE(connection);
    auto const rows = (*connection)->query("SELECT name FROM organisations WHERE name LIKE 'crash-%'");
    ASSERT_TRUE(rows);
    std::set<std::string> stored;
    for (auto row : *rows)
        stored.insert(row.text(0));
    for (int const number : acknowledged)
        EXPECT_TRUE(stored.contains("crash-" + std::to_string(number))) << "lost acknowledged write " << number;
    // At most the one write in flight at the kill may be stored without its acknowledgement.
    EXPECT_LE(stored.size(), acknowledged.size() + 1);

    // The audit trail committed with every write, and its chains are whole.
    auto const verification = app::verify_audit_trail(*reopened, app::Actor::system_operator("test"));
    ASSERT_TRUE(verification);
    EXPECT_TRUE(verification->intact());
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(CrashTest);

} // namespace
} // namespace bolwerk::testing
