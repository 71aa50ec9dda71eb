#include "engine/audio/frame_to_mono.h"

#include <cmath>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

extern "C" {
#include <libavutil/samplefmt.h>
}

namespace tagscope {
namespace {

template <typename T>
T load(const std::uint8_t* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// clamp(lrintf(v), −32768, 32767) under the default rounding mode, without a libm call: adding
// and subtracting 1.5·2^23 rounds a float of magnitude < 2^22 to the nearest integer, ties to
// even, exactly as lrintf does. NaN saturates low.
inline float roundToS16(float v) {
    constexpr float kMagic = 12582912.0f;
    v = v > -32768.0f ? v : -32768.0f;
    v = v < 32767.0f ? v : 32767.0f;
    return (v + kMagic) - kMagic;
}

// The conversions of libswresample's audioconvert.c to AV_SAMPLE_FMT_S16, as float, for the
// packed form of each format.
template <AVSampleFormat F>
inline float toS16(const std::uint8_t* p) {
    if constexpr (F == AV_SAMPLE_FMT_U8) {
        return float((int(*p) - 0x80) * 256);
    } else if constexpr (F == AV_SAMPLE_FMT_S16) {
        return float(load<std::int16_t>(p));
    } else if constexpr (F == AV_SAMPLE_FMT_S32) {
        return float(load<std::int32_t>(p) >> 16);
    } else if constexpr (F == AV_SAMPLE_FMT_S64) {
        return float(load<std::int64_t>(p) >> 48);
    } else if constexpr (F == AV_SAMPLE_FMT_FLT) {
        return roundToS16(load<float>(p) * 32768.0f);
    } else {
        static_assert(F == AV_SAMPLE_FMT_DBL);
        const long v = std::lrint(load<double>(p) * 32768.0);
        return float(v < -32768 ? -32768 : v > 32767 ? 32767 : v);
    }
}

template <AVSampleFormat F>
constexpr std::size_t kBytes = F == AV_SAMPLE_FMT_U8    ? 1
                               : F == AV_SAMPLE_FMT_S16 ? 2
                               : F == AV_SAMPLE_FMT_S32 ? 4
                               : F == AV_SAMPLE_FMT_FLT ? 4
                                                        : 8;

// One channel's samples, `Stride` bytes apart (0: `stride`, known only at run time), stored
// into mono (the first channel) or added to it. The compile-time stride of planar audio lets
// the compiler vectorise the loop.
template <AVSampleFormat F, std::size_t Stride>
void addChannel(const std::uint8_t* p, std::size_t stride, std::size_t n, bool first, float* mono) {
    const std::size_t step = Stride ? Stride : stride;
    if (first)
        for (std::size_t i = 0; i < n; ++i) mono[i] = toS16<F>(p + i * step) / 32768.0f;
    else
        for (std::size_t i = 0; i < n; ++i) mono[i] += toS16<F>(p + i * step) / 32768.0f;
}

#if defined(__SSE2__)
// addChannel for float planar audio, four samples at a time with the same operations: maxps and
// minps return their second operand for NaN, so NaN still saturates low.
template <>
void addChannel<AV_SAMPLE_FMT_FLT, sizeof(float)>(const std::uint8_t* p, std::size_t, std::size_t n,
                                                  bool first, float* mono) {
    const __m128 scale = _mm_set1_ps(32768.0f), unit = _mm_set1_ps(1.0f / 32768.0f);
    const __m128 low = _mm_set1_ps(-32768.0f), high = _mm_set1_ps(32767.0f);
    const __m128 magic = _mm_set1_ps(12582912.0f);
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        __m128 v = _mm_mul_ps(_mm_loadu_ps(reinterpret_cast<const float*>(p) + i), scale);
        v = _mm_min_ps(_mm_max_ps(v, low), high);
        v = _mm_mul_ps(_mm_sub_ps(_mm_add_ps(v, magic), magic), unit);  // exact: a power of 2
        if (!first) v = _mm_add_ps(_mm_loadu_ps(mono + i), v);
        _mm_storeu_ps(mono + i, v);
    }
    for (; i < n; ++i) {
        const float v = toS16<AV_SAMPLE_FMT_FLT>(p + i * sizeof(float)) / 32768.0f;
        mono[i] = first ? v : mono[i] + v;
    }
}
#endif

// Sums the channels in order (as numpy's mean does), then divides once.
template <AVSampleFormat F>
void downmix(const AVFrame& frame, int channels, bool planar, std::size_t n, float* mono) {
    constexpr std::size_t bytes = kBytes<F>;
    for (int c = 0; c < channels; ++c) {
        if (planar)
            addChannel<F, bytes>(frame.extended_data[c], bytes, n, c == 0, mono);
        else
            addChannel<F, 0>(frame.extended_data[0] + std::size_t(c) * bytes,
                             bytes * std::size_t(channels), n, c == 0, mono);
    }
    if (channels > 1)
        for (std::size_t i = 0; i < n; ++i) mono[i] /= float(channels);
}

}  // namespace

bool appendMonoSamples(const AVFrame& frame, std::vector<float>& out) {
    const auto format = AVSampleFormat(frame.format);
    const int channels = frame.ch_layout.nb_channels;
    if (channels <= 0) return false;
    const bool planar = av_sample_fmt_is_planar(format);
    const std::size_t n = std::size_t(frame.nb_samples);
    const std::size_t base = out.size();
    out.resize(base + n);
    float* mono = out.data() + base;
    switch (av_get_packed_sample_fmt(format)) {
        case AV_SAMPLE_FMT_U8:
            downmix<AV_SAMPLE_FMT_U8>(frame, channels, planar, n, mono);
            return true;
        case AV_SAMPLE_FMT_S16:
            downmix<AV_SAMPLE_FMT_S16>(frame, channels, planar, n, mono);
            return true;
        case AV_SAMPLE_FMT_S32:
            downmix<AV_SAMPLE_FMT_S32>(frame, channels, planar, n, mono);
            return true;
        case AV_SAMPLE_FMT_S64:
            downmix<AV_SAMPLE_FMT_S64>(frame, channels, planar, n, mono);
            return true;
        case AV_SAMPLE_FMT_FLT:
            downmix<AV_SAMPLE_FMT_FLT>(frame, channels, planar, n, mono);
            return true;
        case AV_SAMPLE_FMT_DBL:
            downmix<AV_SAMPLE_FMT_DBL>(frame, channels, planar, n, mono);
            return true;
        default:
            out.resize(base);
            return false;
    }
}

}  // namespace tagscope
