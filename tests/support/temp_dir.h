#pragma once
// A uniquely named folder under the system temp dir, removed with everything in it.

#include <filesystem>
#include <random>
#include <string>

namespace tagscope::test {

class TempDir {
public:
    explicit TempDir(const std::string& prefix = "tagscope-test") {
        std::random_device random;
        path_ = std::filesystem::temp_directory_path() /
                (prefix + "-" + std::to_string(random()) + std::to_string(random()));
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::string file(const std::string& name) const { return (path_ / name).string(); }
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

}  // namespace tagscope::test
