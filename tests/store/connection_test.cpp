#include "support/store_test.hpp"

#include "store/connection.hpp"

namespace bolwerk::testing {
namespace {

class ConnectionTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        must_query("CREATE TABLE samples (id BIGINT PRIMARY KEY, label TEXT, amount DOUBLE PRECISION, payload "
            + std::string(GetParam() == store::Backend::Sqlite ? "BLOB" : "BYTEA") + ")");
    }
};

TEST_P(ConnectionTest, RoundTripsEveryValueType)
{
    std::string const bytes("\0\x01\xff\x7fzero\0", 9);
    must_query("INSERT INTO samples (id, label, amount, payload) VALUES ($1, $2, $3, $4)",
        {std::int64_t{9'007'199'254'740'993}, std::string("Gemeente 's-Hertogenbosch ü"), 2.5, store::Blob{bytes}});
    must_query("INSERT INTO samples (id, label, amount, payload) VALUES ($1, $2, $3, $4)",
        {std::int64_t{-1}, store::null_value(), store::null_value(), store::null_value()});
    auto const rows = must_query("SELECT id, label, amount, payload FROM samples ORDER BY id DESC");
    ASSERT_EQ(rows.size(), 2u);
    auto const row = rows.front();
    EXPECT_EQ(row.int64(0), 9'007'199'254'740'993);
    EXPECT_EQ(row.text(1), "Gemeente 's-Hertogenbosch ü");
    EXPECT_DOUBLE_EQ(row.real(2), 2.5);
    EXPECT_EQ(row.blob(3), bytes);
    auto const empty = rows.row(1);
    EXPECT_TRUE(empty.is_null(1));
    EXPECT_EQ(empty.optional_text(1), std::nullopt);
    EXPECT_EQ(empty.optional_int64(2), std::nullopt);
}

TEST_P(ConnectionTest, ParametersAreNeverSqlText)
{
    std::string const hostile = "x'); DROP TABLE samples; --";
    must_query("INSERT INTO samples (id, label) VALUES ($1, $2)", {std::int64_t{1}, hostile});
    auto const rows = must_query("SELECT label FROM samples WHERE label = $1", {hostile});
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows.front().text(0), hostile);
}

TEST_P(ConnectionTest, ReportsAffectedRowsAndColumns)
{
    must_query("INSERT INTO samples (id, label) VALUES (1, 'a'), (2, 'b'), (3, 'c')");
    auto const updated
        = must_query("UPDATE samples SET label = $1 WHERE id >= $2", {std::string("z"), std::int64_t{2}});
    EXPECT_EQ(updated.affected_rows(), 2);
    auto const rows = must_query("SELECT id AS number, label FROM samples WHERE id = $1", {std::int64_t{3}});
    EXPECT_EQ(rows.columns(), (std::vector<std::string>{"number", "label"}));
}

TEST_P(ConnectionTest, TransactionRollsBackUnlessCommitted)
{
    auto connection = database().acquire();
    ASSERT_TRUE(connection);
    {
        auto transaction = store::Transaction::begin(**connection);
        ASSERT_TRUE(transaction);
        ASSERT_TRUE(transaction->query("INSERT INTO samples (id) VALUES (1)"));
    } // destroyed without commit
    {
        auto transaction = store::Transaction::begin(**connection);
        ASSERT_TRUE(transaction);
        ASSERT_TRUE(transaction->query("INSERT INTO samples (id) VALUES (2)"));
        ASSERT_TRUE(transaction->commit());
    }
    auto const rows = (*connection)->query("SELECT id FROM samples");
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ(rows->front().int64(0), 2);
}

TEST_P(ConnectionTest, DuplicateKeyIsConflictAndBadSqlIsInternal)
{
    must_query("INSERT INTO samples (id) VALUES (1)");
    auto connection = database().acquire();
    ASSERT_TRUE(connection);
    auto const duplicate = (*connection)->query("INSERT INTO samples (id) VALUES ($1)", {std::int64_t{1}});
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().kind(), ErrorKind::Conflict);
    auto const broken = (*connection)->query("SELEKT 1");
    ASSERT_FALSE(broken);
    EXPECT_EQ(broken.error().kind(), ErrorKind::Internal);
    // The connection stays usable after errors.
    EXPECT_TRUE((*connection)->query("SELECT 1"));
}

TEST_P(ConnectionTest, WrongParameterCountIsAnErrorNotANull)
{
    auto connection = database().acquire();
    ASSERT_TRUE(connection);
    auto const missing = (*connection)->query("INSERT INTO samples (id, label) VALUES ($1, $2)", {std::int64_t{1}});
    EXPECT_FALSE(missing);
}

TEST_P(ConnectionTest, PoolHandsOutSeparateConnectionsToThreads)
{
    constexpr int threads = 4;
    constexpr int rows_per_thread = 50;
    std::vector<std::thread> workers;
    std::atomic<int> failures{0};
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            for (int i = 0; i < rows_per_thread; ++i) {
                auto connection = database().acquire();
                if (!connection
                    || !(*connection)->query("INSERT INTO samples (id) VALUES ($1)", {std::int64_t{t * 1000 + i}}))
                    ++failures;
            }
        });
    }
    for (auto& worker : workers)
        worker.join();
    EXPECT_EQ(failures.load(), 0);
    EXPECT_EQ(must_query("SELECT COUNT(*) FROM samples").front().int64(0), threads * rows_per_thread);
}

BOLWERK_INSTANTIATE_FOR_BACKENDS(ConnectionTest);

} // namespace
} // namespace bolwerk::testing
