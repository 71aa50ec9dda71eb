#include "engine/input_files.h"

#include <algorithm>
#include <array>
#include <filesystem>

namespace tagscope {
namespace fs = std::filesystem;
namespace {

std::string lowerExtension(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return ext;
}

}  // namespace

bool hasAudioExtension(const std::string& path) {
    static constexpr std::array<std::string_view, 17> kExtensions = {
        ".mp3",  ".flac", ".ogg", ".oga", ".opus", ".wav", ".wave", ".aif", ".aiff",
        ".aifc", ".m4a",  ".mp4", ".aac", ".wma",  ".wv",  ".ape",  ".mka"};
    const std::string ext = lowerExtension(path);
    return std::find(kExtensions.begin(), kExtensions.end(), ext) != kExtensions.end();
}

bool hasMelgramExtension(const std::string& path) {
    return lowerExtension(path) == ".npy";
}

std::vector<std::string> expandInputs(const std::vector<std::string>& paths,
                                      std::vector<TagFailure>& failures) {
    std::vector<std::string> files;
    for (const std::string& path : paths) {
        std::error_code ec;
        if (!fs::is_directory(path, ec)) {
            files.push_back(path);  // missing or unreadable files fail when they are opened
            continue;
        }
        std::vector<std::string> found;
        fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied,
                                            ec);
        if (ec) {
            failures.push_back({path, path + ": cannot read folder: " + ec.message()});
            continue;
        }
        for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec) break;
            std::error_code fileEc;
            if (it->is_regular_file(fileEc) && hasAudioExtension(it->path().string()))
                found.push_back(it->path().string());
        }
        if (ec) failures.push_back({path, path + ": error while reading folder: " + ec.message()});
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

}  // namespace tagscope
