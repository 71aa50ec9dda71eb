#include "engine/networks/calibration.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

#include "engine/error.h"
#include "engine/io/atomic_file.h"
#include "engine/io/hdf5_util.h"
#include "engine/io/input_file.h"
#include "engine/io/isolated_call.h"
#include "engine/networks/legacy_calibration.h"

namespace tagscope {
namespace {
using nlohmann::json;

constexpr const char* kFormat = "tagscope-calibration";
constexpr std::uint64_t kFormatVersion = 2;
constexpr std::uint64_t kMaxFileBytes = std::uint64_t(1) << 20;
constexpr std::uint64_t kMaxClipCount = 10'000'000;
constexpr std::size_t kMaxClipNames = 100'000;
// A calibration nests four deep (root, layers, layer, values).
constexpr int kMaxJsonDepth = 8;

std::string layerLabel(std::size_t k, const char* field) {
    return "layers[" + std::to_string(k) + "]." + field;
}

std::string channelCountProblem(const std::string& label, std::size_t count, NetworkKind kind,
                                std::size_t layer, int channels) {
    return label + " has " + std::to_string(count) + " values; layer " + std::to_string(layer + 1) +
           " of the " + networkDisplayName(kind) + " has " + std::to_string(channels) + " channels";
}

// The first thing that makes these statistics unusable, or nullopt.
std::optional<std::string> findProblem(const Calibration& c) {
    if (c.clipCount < 1 || std::uint64_t(c.clipCount) > kMaxClipCount)
        return "clip_count " + std::to_string(c.clipCount) + " is not from 1 to " +
               std::to_string(kMaxClipCount);
    if (c.clipNames.size() > kMaxClipNames)
        return "clips has " + std::to_string(c.clipNames.size()) + " names (at most " +
               std::to_string(kMaxClipNames) + ")";
    const Architecture& arch = architecture(c.kind);
    if (c.layers.size() != arch.channels.size())
        return "layers has " + std::to_string(c.layers.size()) + " entries; the " +
               networkDisplayName(c.kind) + " has " + std::to_string(arch.channels.size()) +
               " conv blocks";
    for (std::size_t k = 0; k < c.layers.size(); ++k) {
        for (const char* field : {"mean", "variance"}) {
            const bool isVariance = field[0] == 'v';
            const std::vector<double>& values =
                isVariance ? c.layers[k].variance : c.layers[k].mean;
            const std::string label = layerLabel(k, field);
            if (values.size() != std::size_t(arch.channels[k]))
                return channelCountProblem(label, values.size(), c.kind, k, arch.channels[k]);
            for (std::size_t i = 0; i < values.size(); ++i) {
                const std::string at = label + "[" + std::to_string(i) + "]";
                if (std::isnan(values[i])) return at + " is NaN";
                if (std::isinf(values[i])) return at + " is infinite";
                if (isVariance && values[i] < 0) return at + " is negative";
                // Statistics of float activations: anything larger cannot have come from them.
                if (std::abs(values[i]) > FLT_MAX)
                    return at + " is out of range (over 3.4e38 in size)";
            }
        }
    }
    return std::nullopt;
}

json parseJson(std::string_view text, const std::string& source) {
    const json::parser_callback_t limitDepth = [&](int depth, json::parse_event_t, json&) {
        if (depth > kMaxJsonDepth)
            fail(source, "not a Tagscope calibration (JSON nested too deeply)");
        return true;
    };
    try {
        return json::parse(text.begin(), text.end(), limitDepth);
    } catch (const json::parse_error& e) {
        fail(source,
             "not a Tagscope calibration (malformed JSON at byte " + std::to_string(e.byte) + ")");
    } catch (const json::out_of_range&) {
        fail(source, "not a Tagscope calibration (a number is out of range)");
    } catch (const json::exception&) {
        fail(source, "not a Tagscope calibration (malformed JSON)");
    }
}

const json& member(const json& object, const char* name, const std::string& label,
                   const std::string& source) {
    const auto it = object.find(name);
    if (it == object.end()) fail(source, label + " is missing");
    return *it;
}

std::vector<double> readValues(const json& layer, std::size_t k, const char* field,
                               NetworkKind kind, int channels, const std::string& source) {
    const std::string label = layerLabel(k, field);
    const json& values = member(layer, field, label, source);
    if (!values.is_array()) fail(source, label + " is not an array");
    if (values.size() != std::size_t(channels))
        fail(source, channelCountProblem(label, values.size(), kind, k, channels));
    std::vector<double> out;
    out.reserve(values.size());
    for (const json& v : values) {
        if (!v.is_number())
            fail(source, label + "[" + std::to_string(out.size()) + "] is not a number");
        out.push_back(v.get<double>());
    }
    return out;
}

void checkFormatVersion(const json& doc, const std::string& source) {
    const json& version = member(doc, "version", "version", source);
    if (!version.is_number_unsigned()) fail(source, "version is not a whole number");
    const auto v = version.get<std::uint64_t>();
    if (v > kFormatVersion)
        fail(source, "made by a newer Tagscope (format version " + std::to_string(v) + ")");
    if (v != kFormatVersion)
        fail(source, "unsupported calibration format version " + std::to_string(v));
}

// The file's bytes; reading stops once past `limit`, so that a file that grew is caught.
std::string readSmallFile(const std::string& path, std::uint64_t expectedSize,
                          std::uint64_t limit) {
    std::ifstream in(path, std::ios::binary);
    if (!in) fail(path, "cannot open file");
    std::string bytes;
    bytes.reserve(std::size_t(std::min(expectedSize, limit)) + 1);
    char chunk[1 << 16];
    while (bytes.size() <= limit && (in.read(chunk, sizeof chunk) || in.gcount() > 0))
        bytes.append(chunk, std::size_t(in.gcount()));
    if (in.bad()) fail(path, "cannot read file");
    return bytes;
}

[[noreturn]] void tooLarge(const std::string& path, std::uint64_t size) {
    fail(path, "is too large for a Tagscope calibration (" + std::to_string(size) +
                   " bytes; at most " + std::to_string(kMaxFileBytes) + ")");
}

}  // namespace

std::string fingerprintHex(std::uint64_t fingerprint) {
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(fingerprint));
    return buffer;
}

std::optional<std::uint64_t> parseFingerprintHex(std::string_view text) {
    if (text.size() != 16) return std::nullopt;
    std::uint64_t value = 0;
    for (char c : text) {
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return std::nullopt;
        value = value << 4 | std::uint64_t(digit);
    }
    return value;
}

void Calibration::checkFits(const NetworkWeights& weights, const std::string& source) const {
    if (kind != weights.kind)
        fail(source, "was made for the " + networkDisplayName(kind) + ", not the " +
                         networkDisplayName(weights.kind));
    if (weightsFingerprint != weights.fingerprint)
        fail(source, "was made for other weights than " + weights.source +
                         " (recompute it with 'tagscope-cli calibrate')");
    if (layers.size() != weights.blocks.size()) fail(source, "has the wrong number of layers");
    for (std::size_t k = 0; k < layers.size(); ++k)
        if (layers[k].mean.size() != std::size_t(weights.blocks[k].conv.outChannels))
            fail(source, "layer " + std::to_string(k + 1) + " has the wrong channel count");
}

void Calibration::validate(const std::string& source) const {
    if (const auto problem = findProblem(*this)) fail(source, *problem);
}

std::string Calibration::toJson() const {
    // One field per line and one layer per line: readable, and still compact.
    const auto dump = [](const json& value) {
        return value.dump(-1, ' ', false, json::error_handler_t::replace);
    };
    std::string text = "{\n";
    text += "  \"format\": " + dump(kFormat) + ",\n";
    text += "  \"version\": " + dump(kFormatVersion) + ",\n";
    text += "  \"network\": " + dump(networkId(kind)) + ",\n";
    text += "  \"weights_fingerprint\": " + dump(fingerprintHex(weightsFingerprint)) + ",\n";
    text += "  \"clip_count\": " + dump(clipCount) + ",\n";
    text += "  \"clips\": " + dump(clipNames) + ",\n";
    text += "  \"layers\": [";
    for (std::size_t k = 0; k < layers.size(); ++k)
        text += std::string(k ? "," : "") + "\n    " +
                dump({{"mean", layers[k].mean}, {"variance", layers[k].variance}});
    return text + "\n  ]\n}\n";
}

Calibration Calibration::fromJson(std::string_view text, const std::string& source) {
    const json doc = parseJson(text, source);
    if (!doc.is_object()) fail(source, "not a Tagscope calibration (not a JSON object)");
    const auto format = doc.find("format");
    if (format == doc.end() || !format->is_string() || *format != kFormat)
        fail(source, "not a Tagscope calibration (no \"format\": \"tagscope-calibration\")");
    checkFormatVersion(doc, source);

    Calibration c;
    const json& network = member(doc, "network", "network", source);
    if (network != "cnn" && network != "rnn") fail(source, "network is not \"cnn\" or \"rnn\"");
    c.kind = parseNetworkId(network.get<std::string>());

    const json& fingerprint = member(doc, "weights_fingerprint", "weights_fingerprint", source);
    const auto parsed = fingerprint.is_string()
                            ? parseFingerprintHex(fingerprint.get_ref<const std::string&>())
                            : std::nullopt;
    if (!parsed) fail(source, "weights_fingerprint is not 16 hex digits");
    c.weightsFingerprint = *parsed;

    const json& clipCount = member(doc, "clip_count", "clip_count", source);
    if (!clipCount.is_number_unsigned() || clipCount.get<std::uint64_t>() < 1 ||
        clipCount.get<std::uint64_t>() > kMaxClipCount)
        fail(source, "clip_count is not a whole number from 1 to " + std::to_string(kMaxClipCount));
    c.clipCount = int(clipCount.get<std::uint64_t>());

    const json& clips = member(doc, "clips", "clips", source);
    if (!clips.is_array()) fail(source, "clips is not an array");
    if (clips.size() > kMaxClipNames)
        fail(source, "clips has " + std::to_string(clips.size()) + " names (at most " +
                         std::to_string(kMaxClipNames) + ")");
    for (const json& name : clips) {
        if (!name.is_string())
            fail(source, "clips[" + std::to_string(c.clipNames.size()) + "] is not a string");
        c.clipNames.push_back(name.get<std::string>());
    }

    const Architecture& arch = architecture(c.kind);
    const json& layers = member(doc, "layers", "layers", source);
    if (!layers.is_array()) fail(source, "layers is not an array");
    if (layers.size() != arch.channels.size())
        fail(source, "layers has " + std::to_string(layers.size()) + " entries; the " +
                         networkDisplayName(c.kind) + " has " +
                         std::to_string(arch.channels.size()) + " conv blocks");
    for (std::size_t k = 0; k < layers.size(); ++k) {
        if (!layers[k].is_object())
            fail(source, "layers[" + std::to_string(k) + "] is not an object");
        ChannelStats stats;
        stats.mean = readValues(layers[k], k, "mean", c.kind, arch.channels[k], source);
        stats.variance = readValues(layers[k], k, "variance", c.kind, arch.channels[k], source);
        c.layers.push_back(std::move(stats));
    }
    c.validate(source);
    return c;
}

void Calibration::save(const std::string& path) const {
    if (const auto problem = findProblem(*this)) fail(path, "calibration not saved: " + *problem);
    writeFileAtomically(path, toJson());
}

Calibration Calibration::load(const std::string& path) {
    const std::uint64_t size = checkInputFile(path);
    if (size > kMaxFileBytes) tooLarge(path, size);
    const std::string bytes = readSmallFile(path, size, kMaxFileBytes);
    if (bytes.size() > kMaxFileBytes) tooLarge(path, bytes.size());
    if (!bytes.starts_with(hdf5::kSignature)) return fromJson(bytes, path);

    const IsolatedReader reader{"the HDF5 library", "corrupt or not a Tagscope calibration",
                                &hdf5::hdf5Mutex()};
    return fromJson(
        runIsolated(path, reader, [&] { return readLegacyCalibration(path, size).toJson(); }),
        path);
}

}  // namespace tagscope
