#include "app/cli/catalogue.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <variant>

#include "app/cli/cli_options.h"

namespace tagscope::cli {
namespace {

constexpr int kMaxShards = 1000000;

bool parseCount(std::string_view text, int& n) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    return ec == std::errc() && end == text.data() + text.size();
}

bool skipped(const std::string& line) {
    const auto first = line.find_first_not_of(" \t");
    return first == std::string::npos || line[first] == '#';
}

}  // namespace

Shard parseShard(const std::string& text) {
    const auto slash = text.find('/');
    Shard shard;
    const bool numbers = slash != std::string::npos &&
                         parseCount(std::string_view(text).substr(0, slash), shard.index) &&
                         parseCount(std::string_view(text).substr(slash + 1), shard.count);
    if (!numbers || shard.count < 1 || shard.count > kMaxShards || shard.index < 1 ||
        shard.index > shard.count)
        throw UsageError{"--shard takes K/N with 1 <= K <= N <= " + std::to_string(kMaxShards) +
                         ", not '" + text + "'"};
    return shard;
}

std::vector<std::string> readManifest(const std::string& manifest) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory(manifest, ec))
        throw UsageError{"--manifest " + manifest + ": is a folder, not a list of files"};
    std::ifstream in(manifest, std::ios::binary);
    if (!in) throw UsageError{"--manifest " + manifest + ": cannot be read (missing?)"};
    const fs::path folder = fs::path(manifest).parent_path();
    std::vector<std::string> paths;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (skipped(line)) continue;
        const fs::path path(line);
        paths.push_back(path.is_absolute() || folder.empty() ? line : (folder / path).string());
    }
    if (in.bad()) throw UsageError{"--manifest " + manifest + ": read error"};
    return paths;
}

ExpandedInputs catalogueShard(const ExpandedInputs& inputs, Shard shard) {
    // A failure (e.g. a folder without audio) is an entry like a file: it lands in one shard.
    using Entry = std::variant<std::string, TagFailure>;
    std::vector<Entry> entries(inputs.files.begin(), inputs.files.end());
    entries.insert(entries.end(), inputs.failures.begin(), inputs.failures.end());
    auto path = [](const Entry& e) -> const std::string& {
        return e.index() == 0 ? std::get<0>(e) : std::get<1>(e).file;
    };
    std::stable_sort(entries.begin(), entries.end(),
                     [&](const Entry& a, const Entry& b) { return path(a) < path(b); });
    entries.erase(std::unique(entries.begin(), entries.end(),
                              [&](const Entry& a, const Entry& b) { return path(a) == path(b); }),
                  entries.end());
    ExpandedInputs mine;
    for (std::size_t k = std::size_t(shard.index - 1); k < entries.size();
         k += std::size_t(shard.count)) {
        if (entries[k].index() == 0)
            mine.files.push_back(std::get<0>(entries[k]));
        else
            mine.failures.push_back(std::get<1>(entries[k]));
    }
    return mine;
}

ExpandedInputs tagInputsOf(const TagOptions& options) {
    if (!options.catalogue()) return expandInputs(options.inputs);
    std::vector<std::string> names = options.inputs;
    if (!options.manifest.empty()) {
        const std::vector<std::string> listed = readManifest(options.manifest);
        if (listed.empty() && names.empty())
            throw UsageError{"--manifest " + options.manifest + ": lists no files"};
        names.insert(names.end(), listed.begin(), listed.end());
    }
    return catalogueShard(expandInputs(names), options.shard.value_or(Shard{}));
}

}  // namespace tagscope::cli
