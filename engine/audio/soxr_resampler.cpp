#include "engine/audio/soxr_resampler.h"

#include <soxr.h>

#include <algorithm>
#include <string>

#include "engine/error.h"
#include "engine/melgram.h"

namespace tagscope {
namespace {

void check(soxr_error_t error) {
    if (error) fail("soxr", std::string("resampling failed: ") + error);
}

}  // namespace

SoxrResampler::SoxrResampler(int inRate) : inRate_(inRate), scratch_(8192) {
    const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
    const soxr_runtime_spec_t runtime = soxr_runtime_spec(1);
    soxr_error_t error = nullptr;
    soxr_ = soxr_create(inRate, kSampleRate, 1, &error, &io, &quality, &runtime);
    if (error) fail("soxr", std::string("cannot create resampler: ") + error);
}

SoxrResampler::~SoxrResampler() {
    soxr_delete(soxr_);
}

void SoxrResampler::push(const float* in, std::size_t n, std::vector<float>& out) {
    received_ += std::int64_t(n);
    while (n > 0) {
        std::size_t used = 0, made = 0;
        check(soxr_process(soxr_, in, n, &used, scratch_.data(), scratch_.size(), &made));
        if (used == 0 && made == 0) fail("soxr", "resampling made no progress");
        out.insert(out.end(), scratch_.begin(), scratch_.begin() + std::ptrdiff_t(made));
        produced_ += std::int64_t(made);
        in += used;
        n -= used;
    }
}

void SoxrResampler::finish(std::vector<float>& out) {
    const std::int64_t total = resampledLength(received_, inRate_);
    for (;;) {
        std::size_t made = 0;
        check(soxr_process(soxr_, nullptr, 0, nullptr, scratch_.data(), scratch_.size(), &made));
        if (made == 0) break;
        const auto keep = std::size_t(std::clamp<std::int64_t>(total - produced_, 0, made));
        out.insert(out.end(), scratch_.begin(), scratch_.begin() + std::ptrdiff_t(keep));
        produced_ += std::int64_t(keep);
    }
    if (produced_ < total) out.insert(out.end(), std::size_t(total - produced_), 0.0f);
    produced_ = std::max(produced_, total);
}

}  // namespace tagscope
