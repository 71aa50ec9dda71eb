#include "engine/audio/central_clip_capture.h"

#include <algorithm>

#include "engine/audio/mel_spectrogram.h"

namespace tagscope {
namespace {
// Room for the chunk that crosses a limit.
constexpr std::int64_t kSlack = 1 << 16;

// Slack on each side of the predicted window: 5 % of the declared length, 1 to 10 minutes.
std::int64_t marginFor(std::int64_t declared) {
    return std::clamp<std::int64_t>(declared / 20, std::int64_t(60) * kSampleRate,
                                    std::int64_t(600) * kSampleRate);
}
}  // namespace

CentralClipCapture::CentralClipCapture(std::int64_t declaredSamples, std::int64_t wholeTrackSamples)
    : declared_(declaredSamples), wholeLimit_(std::max<std::int64_t>(wholeTrackSamples, 0)) {
    // Sized once, so a growing vector never holds twice what it needs.
    if (declared_ > 0) kept_.reserve(std::size_t(std::min(declared_, wholeLimit_) + kSlack));
}

CentralClipCapture CentralClipCapture::exactly(std::int64_t start) {
    CentralClipCapture capture;
    capture.whole_ = false;
    capture.exact_ = true;
    capture.regionFrom_ = start;
    capture.regionTo_ = start + kClipSamples;
    capture.keptStart_ = start;
    capture.kept_.reserve(std::size_t(kClipSamples + kSlack));
    return capture;
}

void CentralClipCapture::push(const float* x, std::size_t n) {
    const std::int64_t begin = received_;
    received_ += std::int64_t(n);
    if (whole_) {
        kept_.insert(kept_.end(), x, x + n);
        if (received_ <= wholeLimit_) return;
        whole_ = false;
        if (declared_ > received_) {
            const std::int64_t centre = std::max<std::int64_t>(0, (declared_ - kClipSamples) / 2);
            const std::int64_t margin = marginFor(declared_);
            regionFrom_ = std::max<std::int64_t>(0, centre - margin);
            regionTo_ = centre + kClipSamples + margin;
        } else {
            regionFrom_ = regionTo_ = 0;  // no usable estimate: a second pass will be needed
        }
        keepOnly(regionFrom_, regionTo_);
        return;
    }
    const std::int64_t from = std::max(begin, regionFrom_);
    const std::int64_t to = std::min(received_, regionTo_);
    if (from >= to) return;
    if (kept_.empty()) keptStart_ = from;
    kept_.insert(kept_.end(), x + (from - begin), x + (to - begin));
}

void CentralClipCapture::keepOnly(std::int64_t from, std::int64_t to) {
    const std::int64_t keptEnd = keptStart_ + std::int64_t(kept_.size());
    from = std::clamp(from, keptStart_, keptEnd);
    to = std::clamp(to, from, keptEnd);
    std::vector<float> region;
    region.reserve(std::size_t(regionTo_ - regionFrom_ + kSlack));
    region.assign(kept_.begin() + (from - keptStart_), kept_.begin() + (to - keptStart_));
    kept_.swap(region);
    keptStart_ = from;
}

std::optional<Melgram> CentralClipCapture::finish() {
    // The exact pass may stop early, so the window is the region itself, not derived from the
    // length seen.
    const std::int64_t start =
        exact_ ? regionFrom_ : std::int64_t(centralWindowStart(std::size_t(received_)));
    const std::int64_t end = std::min<std::int64_t>(start + kClipSamples, received_);
    const std::int64_t keptEnd = keptStart_ + std::int64_t(kept_.size());
    std::optional<Melgram> clip;
    if (start <= end && start >= keptStart_ && end <= keptEnd) {
        const float* samples = kept_.data() + (start - keptStart_);
        clip = melgramOfWindow(samples, std::size_t(end - start), 0);
        level_ = measureWindow(samples, std::size_t(end - start));
    }
    kept_ = {};
    return clip;
}

}  // namespace tagscope
