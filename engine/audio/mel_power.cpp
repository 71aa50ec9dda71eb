#include "engine/audio/mel_power.h"

#include <fftw3.h>

#include <array>
#include <cmath>
#include <memory>
#include <mutex>
#include <numbers>

#include "engine/audio/mel_filterbank.h"
#include "engine/error.h"

namespace tagscope {
namespace {

constexpr int kBins = kFftSize / 2 + 1;

struct FftwFree {
    void operator()(void* p) const { fftwf_free(p); }
};
template <typename T>
using FftwBuffer = std::unique_ptr<T[], FftwFree>;

// FFTW's planner is not thread-safe: the one plan is made under a lock and then only executed
// (fftwf_execute_dft_r2c on fresh, equally aligned buffers is thread-safe).
fftwf_plan sharedPlan() {
    static std::mutex mutex;
    static fftwf_plan plan = nullptr;
    std::lock_guard lock(mutex);
    if (!plan) {
        FftwBuffer<float> in(fftwf_alloc_real(kFftSize));
        FftwBuffer<fftwf_complex> out(fftwf_alloc_complex(kBins));
        plan = fftwf_plan_dft_r2c_1d(kFftSize, in.get(), out.get(), FFTW_ESTIMATE);
        if (!plan) fail("FFTW", "cannot create a 512-point FFT plan");
    }
    return plan;
}

const std::array<float, kFftSize>& hannWindow() {
    static const std::array<float, kFftSize> window = [] {
        std::array<float, kFftSize> w{};
        for (int i = 0; i < kFftSize; ++i)
            w[i] = float(0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * i / kFftSize));
        return w;
    }();
    return window;
}

// numpy's 'reflect' padding: mirror at the edges without repeating the edge sample.
std::size_t reflect(std::int64_t i, std::size_t n) {
    if (n == 1) return 0;
    const auto period = std::int64_t(2 * (n - 1));
    i %= period;
    if (i < 0) i += period;
    return std::size_t(i < std::int64_t(n) ? i : period - i);
}

}  // namespace

Melgram melPowerSpectrogram(const float* x, std::size_t n) {
    const int frames = frameCount(n);
    Melgram mel(kMelBands, frames);
    if (n == 0) return mel;

    const fftwf_plan plan = sharedPlan();
    const MelFilterbank& fb = melFilterbank();
    const std::array<float, kFftSize>& window = hannWindow();
    FftwBuffer<float> in(fftwf_alloc_real(kFftSize));
    FftwBuffer<fftwf_complex> out(fftwf_alloc_complex(kBins));
    std::array<float, kBins> power{};

    for (int t = 0; t < frames; ++t) {
        const std::int64_t start = std::int64_t(t) * kHopSize - kFftSize / 2;
        if (start >= 0 && start + kFftSize <= std::int64_t(n)) {
            for (int i = 0; i < kFftSize; ++i) in[i] = window[i] * x[start + i];
        } else {
            for (int i = 0; i < kFftSize; ++i) in[i] = window[i] * x[reflect(start + i, n)];
        }
        fftwf_execute_dft_r2c(plan, in.get(), out.get());
        for (int k = 0; k < kBins; ++k) power[k] = out[k][0] * out[k][0] + out[k][1] * out[k][1];
        for (int m = 0; m < kMelBands; ++m) {
            const float* w = fb.weights.data() + std::size_t(m) * kBins;
            double sum = 0.0;
            for (int k = fb.firstBin[m]; k < fb.endBin[m]; ++k) sum += double(w[k]) * power[k];
            mel.at(m, t) = float(sum);
        }
    }
    return mel;
}

}  // namespace tagscope
