#include "engine/io/melgram_npy.h"

#include <cmath>

#include "engine/error.h"
#include "engine/io/atomic_file.h"
#include "engine/io/keras_weights.h"
#include "engine/io/npy.h"

namespace tagscope {

Melgram readMelgramNpy(const std::string& path) {
    NpyArray array = readNpy(path);
    const auto& s = array.shape;
    const bool plain = s.size() == 2 && s[0] == kMelBands && s[1] == kClipFrames;
    const bool batched =
        s.size() == 4 && s[0] == 1 && s[1] == 1 && s[2] == kMelBands && s[3] == kClipFrames;
    if (!plain && !batched)
        fail(path,
             "melgram has shape " + shapeToString(s) + ", expected (96, 1366) or (1, 1, 96, 1366)");
    for (float v : array.values)
        if (!std::isfinite(v)) fail(path, "melgram holds NaN or infinite values");
    Melgram m;
    m.bands = kMelBands;
    m.frames = kClipFrames;
    m.values = std::move(array.values);
    return m;
}

void writeMelgramNpy(const std::string& path, const Melgram& melgram) {
    writeFileAtomically(path, [&](const std::string& temporary) {
        writeNpy(temporary, {1, 1, melgram.bands, melgram.frames}, melgram.values);
    });
}

}  // namespace tagscope
