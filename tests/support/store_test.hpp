#pragma once

#include "support/test_database.hpp"

#include <gtest/gtest.h>

namespace bolwerk::testing {

/// A test that runs once per backend on a fresh, migrated database.
class StoreTest : public ::testing::TestWithParam<store::Backend> {
protected:
    void SetUp() override
    {
        m_test_database = create_test_database();
        ASSERT_TRUE(m_test_database);
        m_database = open_migrated(*m_test_database);
        ASSERT_TRUE(m_database);
    }
    void TearDown() override
    {
        m_database.reset();
        m_test_database.reset();
    }

    /// Where the suite's database lives: by default on the backend under test as the
    /// environment names it; a suite may choose another server (its own cluster).
    virtual std::unique_ptr<TestDatabase> create_test_database() { return TestDatabase::create(GetParam()); }

    store::Database& database() { return *m_database; }
    TestDatabase const& test_database() const { return *m_test_database; }

    /// Runs SQL that must succeed and returns its rows.
    store::ResultSet must_query(std::string_view sql, std::initializer_list<store::Value> parameters = {})
    {
        auto connection = m_database->acquire();
        EXPECT_TRUE(connection);
        auto rows = (*connection)->query(sql, parameters);
        EXPECT_TRUE(rows) << rows.error().to_string();
        return rows ? std::move(rows).value() : store::ResultSet();
    }

private:
    std::unique_ptr<TestDatabase> m_test_database;
    std::unique_ptr<store::Database> m_database;
};

#define BOLWERK_INSTANTIATE_FOR_BACKENDS(suite)                                                                        \
    INSTANTIATE_TEST_SUITE_P(Backends, suite, ::testing::ValuesIn(::bolwerk::testing::test_backends()),                \
        [](auto const& backend_info) { return ::bolwerk::testing::backend_name(backend_info.param); })

} // namespace bolwerk::testing
