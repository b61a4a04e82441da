#include "common/file_io.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace bolwerk {
namespace {

std::filesystem::path scratch(std::string const& name)
{
    auto const folder = std::filesystem::temp_directory_path()
        / ("bolwerk-file-io-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::create_directories(folder);
    return folder / name;
}

TEST(FileIo, WritesAndReadsBytesAsTheyAre)
{
    auto const path = scratch("bytes.bin");
    std::string const content("a\0b\r\n\xff", 6);
    ASSERT_TRUE(write_file(path, content));
    auto const read = read_file(path);
    ASSERT_TRUE(read) << read.error().message();
    EXPECT_EQ(*read, content);
    ASSERT_TRUE(write_file(path, "short")); // replaces, does not append
    EXPECT_EQ(read_file(path).value(), "short");
    std::filesystem::remove_all(path.parent_path());
}

TEST(FileIo, NamesThePathItCannotUse)
{
    auto const missing = scratch("missing.txt");
    std::filesystem::remove(missing);
    auto const read = read_file(missing);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().kind(), ErrorKind::Invalid);
    EXPECT_NE(read.error().message().find(missing.string()), std::string::npos);
    auto const written = write_file(missing.parent_path() / "no-such-folder" / "x.txt", "x");
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().kind(), ErrorKind::Unavailable);
    EXPECT_NE(written.error().message().find("no-such-folder"), std::string::npos);
    std::filesystem::remove_all(missing.parent_path());
}

} // namespace
} // namespace bolwerk
