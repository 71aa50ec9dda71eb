#include "engine/networks/legacy_calibration.h"

#include "engine/error.h"
#include "engine/io/hdf5_util.h"

namespace tagscope {
namespace {
using hdf5::Handle;

constexpr hdf5::StringListLimits kShortText{1, 64};
constexpr hdf5::StringListLimits kClipList{1, std::size_t(1) << 20};

std::string readText(hid_t file, const char* name, const hdf5::StringListLimits& limits,
                     const std::string& path) {
    const auto values = hdf5::readStringList(file, name, limits, path, "the file");
    if (!values || values->size() != 1)
        fail(path, std::string("not a Tagscope calibration (no ") + name + " attribute)");
    return values->front();
}

int parseClipCount(const std::string& text, const std::string& path) {
    if (text.empty() || text.size() > 8 || text.find_first_not_of("0123456789") != text.npos)
        fail(path, "attribute clip_count is not a whole number from 1 to 10000000");
    return std::stoi(text);
}

std::vector<std::string> splitClipNames(const std::string& text) {
    std::vector<std::string> names;
    for (std::size_t start = 0, end; (end = text.find('\n', start)) != text.npos; start = end + 1)
        names.push_back(text.substr(start, end - start));
    return names;
}

std::vector<double> readStatistic(hid_t group, const std::string& groupName, const char* name,
                                  int channels, NetworkKind kind, std::uint64_t fileSize,
                                  const std::string& path) {
    const std::string what = "dataset " + groupName + "/" + name;
    Handle dataset = hdf5::openDataset(group, name, path, what);
    const hdf5::DatasetShape shape =
        hdf5::checkFloatDataset(dataset.get(), fileSize, {1, std::uint64_t(channels)}, path, what);
    if (shape.dims.size() != 1 || shape.values != std::uint64_t(channels))
        fail(path, what + " has " + std::to_string(shape.values) + " values; " + groupName +
                       " of the " + networkDisplayName(kind) + " has " + std::to_string(channels) +
                       " channels");
    return hdf5::readDoubles(dataset.get(), shape, path, what);
}

}  // namespace

Calibration readLegacyCalibration(const std::string& path, std::uint64_t fileSize) {
    std::lock_guard lock(hdf5::hdf5Mutex());
    hdf5::silenceErrors();
    Handle file = hdf5::openFile(path);
    if (readText(file.get(), "format", kShortText, path) != "tagscope-calibration")
        fail(path, "not a Tagscope calibration (wrong format attribute)");
    const std::string version = readText(file.get(), "version", kShortText, path);
    if (version != "1")
        fail(path, "unsupported calibration format version " + hdf5::printable(version));

    Calibration c;
    const std::string network = readText(file.get(), "network", kShortText, path);
    if (network != "cnn" && network != "rnn")
        fail(path, "attribute network is not \"cnn\" or \"rnn\"");
    c.kind = parseNetworkId(network);
    const auto fingerprint =
        parseFingerprintHex(readText(file.get(), "weights_fingerprint", kShortText, path));
    if (!fingerprint) fail(path, "attribute weights_fingerprint is not 16 hex digits");
    c.weightsFingerprint = *fingerprint;
    c.clipCount = parseClipCount(readText(file.get(), "clip_count", kShortText, path), path);
    c.clipNames = splitClipNames(readText(file.get(), "clips", kClipList, path));

    const Architecture& arch = architecture(c.kind);
    for (std::size_t k = 0; k < arch.channels.size(); ++k) {
        const std::string name = "layer_" + std::to_string(k + 1);
        Handle group = hdf5::openGroup(file.get(), name, path, "group " + name);
        ChannelStats stats;
        stats.mean =
            readStatistic(group.get(), name, "mean", arch.channels[k], c.kind, fileSize, path);
        stats.variance =
            readStatistic(group.get(), name, "variance", arch.channels[k], c.kind, fileSize, path);
        c.layers.push_back(std::move(stats));
    }
    return c;
}

}  // namespace tagscope
