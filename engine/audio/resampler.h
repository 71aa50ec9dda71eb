#pragma once
// Resampling to 12 kHz. Exact: resampy 0.1.x 'kaiser_best' as the original used (spec step 2),
// streaming and vectorised. Fast: libsoxr, close but not identical.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace tagscope {

enum class ResamplerKind { Exact, Fast };

// Takes input in chunks of any size and appends the 12 kHz output as it becomes available.
// The total output is ceil(n_in · 12000 / inRate) samples, whatever the chunking.
class StreamResampler {
public:
    virtual ~StreamResampler() = default;
    virtual void push(const float* in, std::size_t n, std::vector<float>& out) = 0;
    // Ends the input and appends the remaining output.
    virtual void finish(std::vector<float>& out) = 0;
};

// Throws Error for a non-positive rate.
std::unique_ptr<StreamResampler> makeResampler(ResamplerKind kind, int inRate);

// ceil(n_in · 12000 / inRate), computed as librosa did (in double).
std::int64_t resampledLength(std::int64_t nIn, int inRate);

// One-shot conveniences.
std::vector<float> resampleTo12k(const float* in, std::size_t n, int inRate,
                                 ResamplerKind kind = ResamplerKind::Exact);

// Plain scalar transcription of spec step 2 (double-precision weights, float accumulation as
// resampy); slow, kept as the reference the fast implementation is tested against.
std::vector<float> resampleTo12kReference(const float* in, std::size_t n, int inRate);

}  // namespace tagscope
