#include "engine/audio/resampler.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "engine/audio/exact_resampler.h"
#include "engine/audio/kaiser_table.h"
#include "engine/audio/soxr_resampler.h"
#include "engine/error.h"
#include "engine/melgram.h"

namespace tagscope {
namespace {

// Already at 12 kHz: librosa returned the signal unchanged.
class PassThrough final : public StreamResampler {
public:
    void push(const float* in, std::size_t n, std::vector<float>& out) override {
        out.insert(out.end(), in, in + n);
    }
    void finish(std::vector<float>&) override {}
};

}  // namespace

std::int64_t resampledLength(std::int64_t nIn, int inRate) {
    if (inRate == kSampleRate) return nIn;
    return std::int64_t(std::ceil(double(nIn) * (double(kSampleRate) / inRate)));
}

std::unique_ptr<StreamResampler> makeResampler(ResamplerKind kind, int inRate) {
    if (inRate <= 0) fail("resampler", "invalid input sample rate " + std::to_string(inRate));
    if (inRate == kSampleRate) return std::make_unique<PassThrough>();
    if (kind == ResamplerKind::Fast) return std::make_unique<SoxrResampler>(inRate);
    return std::make_unique<ExactResampler>(inRate);
}

std::vector<float> resampleTo12k(const float* in, std::size_t n, int inRate, ResamplerKind kind) {
    std::vector<float> out;
    out.reserve(std::size_t(resampledLength(std::int64_t(n), inRate)));
    const auto resampler = makeResampler(kind, inRate);
    resampler->push(in, n, out);
    resampler->finish(out);
    return out;
}

std::vector<float> resampleTo12kReference(const float* x, std::size_t n, int inRate) {
    if (inRate <= 0) fail("resampler", "invalid input sample rate " + std::to_string(inRate));
    if (inRate == kSampleRate) return std::vector<float>(x, x + n);
    const double ratio = double(kSampleRate) / inRate;
    const double scale = std::min(1.0, ratio);
    const int precision = kKaiserPrecision;
    const int step = int(scale * precision);
    std::vector<double> h = kaiserBestTable();
    if (ratio < 1.0)
        for (double& v : h) v *= ratio;
    const auto nwin = std::int64_t(h.size());
    std::vector<double> delta(h.size(), 0.0);
    for (std::size_t j = 0; j + 1 < h.size(); ++j) delta[j] = h[j + 1] - h[j];

    const auto nIn = std::int64_t(n);
    const auto computed = std::int64_t(double(nIn) * ratio);
    std::vector<float> y(std::size_t(resampledLength(nIn, inRate)), 0.0f);
    const double increment = 1.0 / ratio;
    double time = 0.0;
    for (std::int64_t t = 0; t < computed; ++t, time += increment) {
        const auto c = std::int64_t(time);
        double frac = scale * (time - double(c));
        double index = frac * precision;
        auto offset = std::int64_t(index);
        double eta = index - double(offset);
        float acc = 0.0f;
        const std::int64_t iMax = std::min(c + 1, (nwin - offset) / step);
        for (std::int64_t i = 0; i < iMax; ++i) {
            const std::int64_t j = offset + i * step;
            acc = float(acc + (h[j] + eta * delta[j]) * x[c - i]);
        }
        frac = scale - frac;
        index = frac * precision;
        offset = std::int64_t(index);
        eta = index - double(offset);
        // resampy 0.1.x's bound, reusing the left wing's last i (see ExactResampler::produce).
        const std::int64_t kMax =
            std::min({nIn - (iMax - 1) - c + 1, nIn - c - 1, (nwin - offset) / step});
        for (std::int64_t k = 0; k < kMax; ++k) {
            const std::int64_t j = offset + k * step;
            acc = float(acc + (h[j] + eta * delta[j]) * x[c + k + 1]);
        }
        y[std::size_t(t)] = acc;
    }
    return y;
}

}  // namespace tagscope
