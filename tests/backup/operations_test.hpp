#pragma once

#include "support/store_test.hpp"

#include "app/actor.hpp"

#include <cstdlib>
#include <filesystem>

namespace bolwerk::testing {

/// A store test run by the operator with a fixed clock and a private temporary folder
/// for the files that backups, keys and checkpoints are written to.
class OperationsTest : public StoreTest {
protected:
    FixedClock m_clock{Timestamp{std::chrono::seconds{1'790'000'000}}};
    app::Actor m_operator = app::Actor::system_operator("test");
    std::filesystem::path m_folder;

    void SetUp() override
    {
        StoreTest::SetUp();
        std::string pattern = (std::filesystem::temp_directory_path() / "bolwerk-operations-test-XXXXXX").string();
        ASSERT_NE(mkdtemp(pattern.data()), nullptr);
        m_folder = pattern;
    }
    void TearDown() override
    {
        std::filesystem::remove_all(m_folder);
        StoreTest::TearDown();
    }
};

} // namespace bolwerk::testing
