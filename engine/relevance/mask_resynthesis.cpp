#include "engine/relevance/mask_resynthesis.h"

#include <fftw3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <string>

#include "engine/audio/mel_filterbank.h"
#include "engine/audio/mel_power.h"
#include "engine/error.h"
#include "engine/melgram.h"

namespace tagscope {
namespace {

constexpr int kBins = kFftSize / 2 + 1;
constexpr int kFramesPerStopCheck = 64;

struct FftwFree {
    void operator()(void* p) const { fftwf_free(p); }
};
template <typename T>
using FftwBuffer = std::unique_ptr<T[], FftwFree>;

struct Plans {
    fftwf_plan forward = nullptr;
    fftwf_plan inverse = nullptr;
};

// Made once under the process's FFTW planner lock, then only executed on fresh buffers.
const Plans& plans() {
    static const Plans made = [] {
        std::lock_guard lock(fftwPlannerMutex());
        FftwBuffer<float> real(fftwf_alloc_real(kFftSize));
        FftwBuffer<fftwf_complex> spectrum(fftwf_alloc_complex(kBins));
        Plans p;
        p.forward = fftwf_plan_dft_r2c_1d(kFftSize, real.get(), spectrum.get(), FFTW_ESTIMATE);
        p.inverse = fftwf_plan_dft_c2r_1d(kFftSize, spectrum.get(), real.get(), FFTW_ESTIMATE);
        if (!p.forward || !p.inverse) fail("FFTW", "cannot create the 512-point FFT plans");
        return p;
    }();
    return made;
}

// Per linear bin: the sum of the filter weights over all bands (0 where no filter reaches).
const std::array<double, kBins>& binCoverage() {
    static const std::array<double, kBins> coverage = [] {
        const MelFilterbank& fb = melFilterbank();
        std::array<double, kBins> c{};
        for (int m = 0; m < fb.bands; ++m)
            for (int k = fb.firstBin[m]; k < fb.endBin[m]; ++k) c[k] += fb.at(m, k);
        return c;
    }();
    return coverage;
}

// One frame's linear mask from its mel column (strided: band m at mel[m * stride]).
void linearColumn(const float* mel, std::size_t stride, std::array<float, kBins>& gain) {
    const MelFilterbank& fb = melFilterbank();
    const std::array<double, kBins>& coverage = binCoverage();
    std::array<double, kBins> sum{};
    for (int m = 0; m < fb.bands; ++m) {
        const double value = mel[std::size_t(m) * stride];
        if (value == 0.0) continue;
        for (int k = fb.firstBin[m]; k < fb.endBin[m]; ++k) sum[k] += fb.at(m, k) * value;
    }
    for (int k = 0; k < kBins; ++k)
        gain[k] = coverage[k] > 0.0 ? float(sum[k] / coverage[k]) : -1.0f;
    // Bins no filter reaches (0 Hz, 6 kHz) follow their nearest covered neighbour.
    for (int k = 1; k < kBins; ++k)
        if (gain[k] < 0.0f && gain[k - 1] >= 0.0f) gain[k] = gain[k - 1];
    for (int k = kBins - 2; k >= 0; --k)
        if (gain[k] < 0.0f) gain[k] = std::max(0.0f, gain[k + 1]);
}

void checkMask(const std::vector<float>& melMask, int frames) {
    if (frames <= 0 || melMask.size() != std::size_t(kMelBands) * std::size_t(frames))
        fail("relevance mask", "has " + std::to_string(melMask.size()) + " values; " +
                                   std::to_string(kMelBands) + " bands × " +
                                   std::to_string(frames) + " frames expected");
    for (float v : melMask)
        if (!std::isfinite(v) || v < 0.0f)
            fail("relevance mask", "has a negative or non-finite value");
}

}  // namespace

std::vector<float> relevanceSoftMask(const std::vector<float>& relevance, int bands, int frames,
                                     const SoftMaskShape& shape) {
    if (bands <= 0 || frames <= 0 || relevance.size() != std::size_t(bands) * std::size_t(frames))
        fail("relevance map", "has " + std::to_string(relevance.size()) + " values, not " +
                                  std::to_string(bands) + " × " + std::to_string(frames));
    // Separable box blur (means over the cells inside the map).
    const auto blur = [](const std::vector<float>& in, int rows, int columns, int radius,
                         bool alongRows) {
        std::vector<float> out(in.size());
        const int length = alongRows ? columns : rows, lines = alongRows ? rows : columns;
        for (int line = 0; line < lines; ++line) {
            const auto at = [&](int i) {
                return alongRows ? std::size_t(line) * columns + std::size_t(i)
                                 : std::size_t(i) * columns + std::size_t(line);
            };
            for (int i = 0; i < length; ++i) {
                const int from = std::max(0, i - radius), to = std::min(length - 1, i + radius);
                double sum = 0.0;
                for (int j = from; j <= to; ++j) sum += in[at(j)];
                out[at(i)] = float(sum / (to - from + 1));
            }
        }
        return out;
    };
    std::vector<float> smooth = relevance;
    if (shape.frameRadius > 0) smooth = blur(smooth, bands, frames, shape.frameRadius, true);
    if (shape.bandRadius > 0) smooth = blur(smooth, bands, frames, shape.bandRadius, false);

    std::vector<float> mask(smooth.size(), 0.0f);
    std::vector<float> sorted = smooth;
    const auto at = std::size_t(std::clamp(shape.quantile, 0.0, 1.0) * double(sorted.size() - 1));
    std::nth_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(at), sorted.end());
    float scale = sorted[at];
    if (!(scale > 0.0f)) scale = *std::max_element(smooth.begin(), smooth.end());
    if (!(scale > 0.0f)) return mask;
    for (std::size_t i = 0; i < smooth.size(); ++i)
        mask[i] = std::clamp(smooth[i] / scale, 0.0f, 1.0f);
    return mask;
}

std::vector<float> melMaskToLinearMask(const std::vector<float>& melMask, int frames) {
    checkMask(melMask, frames);
    std::vector<float> linear(std::size_t(kBins) * frames);
    std::array<float, kBins> gain{};
    for (int t = 0; t < frames; ++t) {
        linearColumn(melMask.data() + t, std::size_t(frames), gain);
        for (int k = 0; k < kBins; ++k) linear[std::size_t(k) * frames + t] = gain[k];
    }
    return linear;
}

std::vector<float> resynthesiseMasked(std::span<const float> samples12k,
                                      const std::vector<float>& melMask, int frames,
                                      const RunContext& context) {
    const std::size_t n = samples12k.size();
    if (n == 0) fail("relevance mask", "no samples to resynthesise");
    if (frames != frameCount(n))
        fail("relevance mask", std::to_string(frames) + " frames do not fit " + std::to_string(n) +
                                   " samples (" + std::to_string(frameCount(n)) + " frames)");
    checkMask(melMask, frames);
    std::vector<float> output(n, 0.0f);
    const float top = *std::max_element(melMask.begin(), melMask.end());
    if (top <= 0.0f) return output;

    std::vector<float> scaled(melMask.size());
    std::transform(melMask.begin(), melMask.end(), scaled.begin(),
                   [top](float v) { return v / top; });

    const Plans& p = plans();
    // The melgram's analysis window is also the synthesis window.
    const std::array<float, kFftSize>& window = hannWindow();
    FftwBuffer<float> frame(fftwf_alloc_real(kFftSize));
    FftwBuffer<fftwf_complex> spectrum(fftwf_alloc_complex(kBins));
    if (!frame || !spectrum) throw std::bad_alloc();

    // Weighted overlap-add: y = Σ_t w·IFFT(G_t · FFT(w·x_t)) / Σ_t w², the least-squares
    // inverse of the STFT (Griffin & Lim). With periodic Hann at hop N/2, Σ w² lies in
    // [0.5, 1] wherever two frames overlap, so the division is well conditioned.
    std::vector<double> sum(n, 0.0), weight(n, 0.0);
    std::array<float, kBins> gain{};
    const float inverseScale = 1.0f / kFftSize;  // FFTW's inverse is unnormalised
    for (int t = 0; t < frames; ++t) {
        if (t % kFramesPerStopCheck == 0) context.throwIfStopped();
        const std::int64_t start = std::int64_t(t) * kHopSize - kFftSize / 2;
        for (int i = 0; i < kFftSize; ++i)
            frame[i] = window[i] * samples12k[reflectIndex(start + i, n)];
        fftwf_execute_dft_r2c(p.forward, frame.get(), spectrum.get());
        linearColumn(scaled.data() + t, std::size_t(frames), gain);
        for (int k = 0; k < kBins; ++k) {
            spectrum[k][0] *= gain[k];
            spectrum[k][1] *= gain[k];
        }
        fftwf_execute_dft_c2r(p.inverse, spectrum.get(), frame.get());
        const int from = int(std::max<std::int64_t>(0, -start));
        const int to = int(std::min<std::int64_t>(kFftSize, std::int64_t(n) - start));
        for (int i = from; i < to; ++i) {
            const std::size_t at = std::size_t(start + i);
            sum[at] += double(window[i]) * frame[i] * inverseScale;
            weight[at] += double(window[i]) * window[i];
        }
    }

    double peak = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double y = weight[i] > 1e-12 ? sum[i] / weight[i] : 0.0;
        sum[i] = y;
        peak = std::max(peak, std::abs(y));
    }
    const double gainToLimit = peak > kResynthesisPeakLimit ? kResynthesisPeakLimit / peak : 1.0;
    for (std::size_t i = 0; i < n; ++i) {
        output[i] = float(sum[i] * gainToLimit);
        // Rounding to float must not carry a limited peak over the ceiling.
        output[i] = std::clamp(output[i], -kResynthesisPeakLimit, kResynthesisPeakLimit);
    }
    return output;
}

}  // namespace tagscope
