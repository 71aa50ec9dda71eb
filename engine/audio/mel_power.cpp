#include "engine/audio/mel_power.h"

#include <fftw3.h>

#include <array>
#include <atomic>
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

// The one plan is made under the planner lock and then only executed (fftwf_execute_dft_r2c on
// fresh, equally aligned buffers is thread-safe).
fftwf_plan sharedPlan() {
    static fftwf_plan plan = nullptr;
    std::lock_guard lock(fftwPlannerMutex());
    if (!plan) {
        FftwBuffer<float> in(fftwf_alloc_real(kFftSize));
        FftwBuffer<fftwf_complex> out(fftwf_alloc_complex(kBins));
        plan = fftwf_plan_dft_r2c_1d(kFftSize, in.get(), out.get(), FFTW_ESTIMATE);
        if (!plan) fail("FFTW", "cannot create a 512-point FFT plan");
    }
    return plan;
}

std::atomic<std::uint64_t> framesAnalysed{0};

}  // namespace

std::uint64_t melFramesAnalysed() {
    return framesAnalysed.load(std::memory_order_relaxed);
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

std::mutex& fftwPlannerMutex() {
    static std::mutex mutex;
    return mutex;
}

std::size_t reflectIndex(std::int64_t i, std::size_t n) {
    if (n == 1) return 0;
    const auto period = std::int64_t(2 * (n - 1));
    i %= period;
    if (i < 0) i += period;
    return std::size_t(i < std::int64_t(n) ? i : period - i);
}

struct MelFrameAnalyser::Buffers {
    FftwBuffer<float> in{fftwf_alloc_real(kFftSize)};
    FftwBuffer<fftwf_complex> out{fftwf_alloc_complex(kBins)};
    std::array<float, kBins> power{};
};

MelFrameAnalyser::MelFrameAnalyser() : buffers_(std::make_unique<Buffers>()) {
    if (!buffers_->in || !buffers_->out) throw std::bad_alloc();
}

MelFrameAnalyser::~MelFrameAnalyser() {
    framesAnalysed.fetch_add(frames_, std::memory_order_relaxed);  // once, not per frame
}

void MelFrameAnalyser::analyse(const float* frame, float* mel) {
    static const fftwf_plan plan = sharedPlan();
    const MelFilterbank& fb = melFilterbank();
    const std::array<float, kFftSize>& window = hannWindow();
    Buffers& b = *buffers_;
    ++frames_;
    for (int i = 0; i < kFftSize; ++i) b.in[i] = window[i] * frame[i];
    fftwf_execute_dft_r2c(plan, b.in.get(), b.out.get());
    for (int k = 0; k < kBins; ++k)
        b.power[k] = b.out[k][0] * b.out[k][0] + b.out[k][1] * b.out[k][1];
    for (int m = 0; m < kMelBands; ++m) {
        const float* w = fb.weights.data() + std::size_t(m) * kBins;
        double sum = 0.0;
        for (int k = fb.firstBin[m]; k < fb.endBin[m]; ++k) sum += double(w[k]) * b.power[k];
        mel[m] = float(sum);
    }
}

Melgram melPowerSpectrogram(const float* x, std::size_t n) {
    const int frames = frameCount(n);
    Melgram mel(kMelBands, frames);
    if (n == 0) return mel;

    MelFrameAnalyser analyser;
    std::array<float, kFftSize> padded{};
    std::array<float, kMelBands> column{};
    for (int t = 0; t < frames; ++t) {
        const std::int64_t start = std::int64_t(t) * kHopSize - kFftSize / 2;
        const float* frame = padded.data();
        if (start >= 0 && start + kFftSize <= std::int64_t(n))
            frame = x + start;
        else
            for (int i = 0; i < kFftSize; ++i) padded[i] = x[reflectIndex(start + i, n)];
        analyser.analyse(frame, column.data());
        for (int m = 0; m < kMelBands; ++m) mel.at(m, t) = column[m];
    }
    return mel;
}

}  // namespace tagscope
