#include "engine/input_files.h"

#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <utility>

namespace tagscope {
namespace fs = std::filesystem;
namespace {

std::string lowerExtension(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return ext;
}

std::string whyNotAFile(mode_t mode) {
    if (S_ISFIFO(mode)) return "is a FIFO (named pipe), not a regular file; skipped";
    if (S_ISSOCK(mode)) return "is a socket, not a regular file; skipped";
    return "is a device, not a regular file; skipped";
}

// Walks one named folder without recursion (an explicit stack), each folder once.
class FolderWalk {
public:
    explicit FolderWalk(ExpandedInputs& out) : out_(out) {}

    void run(const std::string& root) {
        std::vector<std::string> found;
        std::vector<std::string> pending{root};
        while (!pending.empty()) {
            const std::string folder = std::move(pending.back());
            pending.pop_back();
            visitFolder(folder, found, pending);
        }
        if (found.empty() && !failedInside_)
            out_.failures.push_back({root, root + ": no audio files found in this folder"});
        std::sort(found.begin(), found.end());
        out_.files.insert(out_.files.end(), found.begin(), found.end());
    }

private:
    void failure(const std::string& path, const std::string& problem) {
        out_.failures.push_back({path, path + ": " + problem});
        failedInside_ = true;
    }

    void visitFolder(const std::string& folder, std::vector<std::string>& found,
                     std::vector<std::string>& pending) {
        struct stat st {};
        if (::stat(folder.c_str(), &st) != 0) return failure(folder, std::strerror(errno));
        if (!visited_.insert({st.st_dev, st.st_ino}).second) return;  // seen through a link
        std::error_code ec;
        fs::directory_iterator it(folder, ec);
        if (ec) return failure(folder, "cannot read folder: " + ec.message());
        for (; it != fs::directory_iterator(); it.increment(ec)) {
            if (ec) return failure(folder, "error while reading folder: " + ec.message());
            visitEntry(it->path().string(), found, pending);
        }
        if (ec) failure(folder, "error while reading folder: " + ec.message());
    }

    void visitEntry(const std::string& path, std::vector<std::string>& found,
                    std::vector<std::string>& pending) {
        const bool audio = hasAudioExtension(path);
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0) {
            // A link loop may have hidden a folder; otherwise only what looks like audio is
            // worth a word (a broken link to cover.jpg is not).
            const int error = errno;
            if (error == ELOOP) return failure(path, "symbolic link loop; skipped");
            if (!audio) return;
            if (error == ENOENT) return failure(path, "dangling symbolic link; skipped");
            return failure(path, std::string(std::strerror(error)) + "; skipped");
        }
        if (S_ISDIR(st.st_mode)) {
            pending.push_back(path);
        } else if (audio) {
            if (S_ISREG(st.st_mode))
                found.push_back(path);
            else
                failure(path, whyNotAFile(st.st_mode));
        }
    }

    ExpandedInputs& out_;
    std::set<std::pair<dev_t, ino_t>> visited_;
    bool failedInside_ = false;
};

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

ExpandedInputs expandInputs(const std::vector<std::string>& paths) {
    ExpandedInputs out;
    for (const std::string& path : paths) {
        std::error_code ec;
        if (fs::is_directory(path, ec))
            FolderWalk(out).run(path);
        else
            out.files.push_back(path);  // problems are reported when the file is opened
    }
    return out;
}

}  // namespace tagscope
