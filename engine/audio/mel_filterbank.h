#pragma once
// The Slaney-style mel filterbank of librosa (htk=False, area-normalised), 96 bands × 257 FFT
// bins for 12 kHz and a 512-point FFT (spec step 5). Computed in double, stored in float.

#include <vector>

namespace tagscope {

struct MelFilterbank {
    int bands = 0;
    int bins = 0;
    std::vector<float> weights;  // bands × bins, row-major
    std::vector<int> firstBin;   // per band: its nonzero weights lie in [firstBin, endBin)
    std::vector<int> endBin;

    float at(int band, int bin) const { return weights[std::size_t(band) * bins + bin]; }
};

// The filterbank the original used; built once, thread-safe.
const MelFilterbank& melFilterbank();

}  // namespace tagscope
