#include "engine/io/melgram_npy.h"

#include <cmath>

#include "engine/error.h"
#include "engine/io/atomic_file.h"
#include "engine/io/keras_weights.h"
#include "engine/io/npy.h"

namespace tagscope {
namespace {

constexpr float kMaxDecibels = 1000.0f;

void checkMelgramShape(const std::vector<std::int64_t>& s, const std::string& path) {
    const bool plain = s.size() == 2 && s[0] == kMelBands && s[1] == kClipFrames;
    const bool batched =
        s.size() == 4 && s[0] == 1 && s[1] == 1 && s[2] == kMelBands && s[3] == kClipFrames;
    if (!plain && !batched)
        fail(path,
             "melgram has shape " + shapeToString(s) + ", expected (96, 1366) or (1, 1, 96, 1366)");
}

void checkMelgramValues(const std::vector<float>& values, const std::string& path) {
    for (float v : values) {
        if (!std::isfinite(v)) fail(path, "melgram holds NaN or infinite values");
        if (std::fabs(v) > kMaxDecibels)
            fail(path, "melgram holds values outside ±1000 dB (not a log-mel-spectrogram in dB?)");
    }
}

}  // namespace

Melgram readMelgramNpy(const std::string& path) {
    NpyArray array =
        readNpy(path, [&](const std::vector<std::int64_t>& s) { checkMelgramShape(s, path); });
    checkMelgramValues(array.values, path);
    Melgram m;
    m.bands = kMelBands;
    m.frames = kClipFrames;
    m.values = std::move(array.values);
    return m;
}

void writeMelgramNpy(const std::string& path, const Melgram& melgram) {
    writeFileAtomically(path, npyBytes({1, 1, melgram.bands, melgram.frames}, melgram.values));
}

}  // namespace tagscope
