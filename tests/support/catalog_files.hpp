#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>

/// Where tests, fuzz replays and benchmarks find catalog files. There are two kinds:
/// - fixtures: small synthetic files of our own in tests/fixtures/catalogs, one per
///   layout the importers read, with invented text (tests/fixtures/catalogs/README.md).
///   Every clone has them, so the importers' logic is tested everywhere.
/// - the real publications in ../shared/catalogs (BIO2 deel 2, CISO Assistant
///   libraries, OSCAL BIO), read in place and never copied into the repository. A clone
///   without ../shared beside it has none: tests of the real publications skip there,
///   unless BOLWERK_TEST_REQUIRE_SHARED=1 (CI, .ci/run) turns the skip into a failure.
namespace bolwerk::testing {

/// tests/fixtures/catalogs/<relative>, e.g. "minbzk/maatregelen-v1.3-layout.md".
std::string fixture_catalog(std::string_view relative);

/// ../shared/catalogs/<relative>, e.g. "minbzk-bio2-v1.3/maatregelen-v1.3.md".
std::string shared_catalog(std::string_view relative);

enum class SharedCatalogs {
    Present,
    Absent, ///< ../shared/catalogs is missing: a real-publication test skips.
    AbsentButRequired, ///< Missing while BOLWERK_TEST_REQUIRE_SHARED=1: the test fails.
};

/// The one check before reading the real publications: is ../shared/catalogs there,
/// and does the environment require it (BOLWERK_TEST_REQUIRE_SHARED=1)?
SharedCatalogs check_shared_catalogs();

inline constexpr char const* shared_absent_message = "../shared/catalogs absent: real-publication test skipped";
inline constexpr char const* shared_required_message
    = "BOLWERK_TEST_REQUIRE_SHARED=1 but ../shared/catalogs is absent: real-publication test failed";

} // namespace bolwerk::testing

/// The first statement of a test (or its fixture's SetUp) that reads the real
/// publications: returns from it with one skip line when ../shared/catalogs is absent,
/// or with a failure when BOLWERK_TEST_REQUIRE_SHARED=1. A macro because GTEST_SKIP and
/// GTEST_FAIL return from the calling function, which therefore must return void.
#define BOLWERK_REQUIRE_SHARED_CATALOGS()                                                                              \
    do {                                                                                                               \
        switch (::bolwerk::testing::check_shared_catalogs()) {                                                         \
        case ::bolwerk::testing::SharedCatalogs::Present: break;                                                       \
        case ::bolwerk::testing::SharedCatalogs::Absent: GTEST_SKIP() << ::bolwerk::testing::shared_absent_message;    \
        case ::bolwerk::testing::SharedCatalogs::AbsentButRequired:                                                    \
            GTEST_FAIL() << ::bolwerk::testing::shared_required_message;                                               \
        }                                                                                                              \
    } while (false)
