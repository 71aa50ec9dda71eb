#include "engine/audio/polyphase_filter.h"

#include <algorithm>

#include "engine/audio/kaiser_table.h"

namespace tagscope {

PolyphaseFilter makePolyphaseFilter(int inRate, int outRate) {
    PolyphaseFilter f;
    f.ratio = double(outRate) / inRate;
    f.scale = std::min(1.0, f.ratio);
    f.step = std::max(1, int(f.scale * kKaiserPrecision));

    const std::vector<double>& base = kaiserBestTable();
    const int size = int(base.size());
    std::vector<double> h(base);
    if (f.ratio < 1.0)
        for (double& v : h) v *= f.ratio;
    std::vector<double> delta(size, 0.0);
    for (int j = 0; j + 1 < size; ++j) delta[j] = h[j + 1] - h[j];

    const int maxTaps = size / f.step;
    f.width = (maxTaps + 15) / 16 * 16;
    const std::size_t rows = std::size_t(f.step) + 1;
    f.rightTaps.assign(rows * f.width, 0.0f);
    f.rightDeltas.assign(rows * f.width, 0.0f);
    f.leftTaps.assign(rows * f.width, 0.0f);
    f.leftDeltas.assign(rows * f.width, 0.0f);
    for (int r = 0; r <= f.step; ++r) {
        const int taps = (size - r) / f.step;
        const std::size_t row = std::size_t(r) * f.width;
        for (int i = 0; i < taps; ++i) {
            const int j = r + i * f.step;
            f.rightTaps[row + i] = float(h[j]);
            f.rightDeltas[row + i] = float(delta[j]);
            f.leftTaps[row + f.width - 1 - i] = float(h[j]);
            f.leftDeltas[row + f.width - 1 - i] = float(delta[j]);
        }
    }
    return f;
}

}  // namespace tagscope
