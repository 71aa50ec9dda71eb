#pragma once
// The `fast` resampler: libsoxr, high quality. Not bit-compatible with the original's resampy;
// the output length follows the same ceil(n_in · ratio) rule.

#include <cstdint>
#include <vector>

#include "engine/audio/resampler.h"

struct soxr;

namespace tagscope {

class SoxrResampler final : public StreamResampler {
public:
    explicit SoxrResampler(int inRate);
    ~SoxrResampler() override;
    SoxrResampler(const SoxrResampler&) = delete;
    SoxrResampler& operator=(const SoxrResampler&) = delete;

    void push(const float* in, std::size_t n, std::vector<float>& out) override;
    void finish(std::vector<float>& out) override;

private:
    int inRate_;
    soxr* soxr_ = nullptr;
    std::vector<float> scratch_;
    std::int64_t produced_ = 0;
    std::int64_t received_ = 0;
};

}  // namespace tagscope
