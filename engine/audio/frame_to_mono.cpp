#include "engine/audio/frame_to_mono.h"

#include <cmath>
#include <cstdint>
#include <cstring>

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

// The conversions of libswresample's audioconvert.c to AV_SAMPLE_FMT_S16, as float.
inline float toS16(const std::uint8_t* p, AVSampleFormat packed) {
    switch (packed) {
        case AV_SAMPLE_FMT_U8:
            return float((int(*p) - 0x80) * 256);
        case AV_SAMPLE_FMT_S16:
            return float(load<std::int16_t>(p));
        case AV_SAMPLE_FMT_S32:
            return float(load<std::int32_t>(p) >> 16);
        case AV_SAMPLE_FMT_S64:
            return float(load<std::int64_t>(p) >> 48);
        case AV_SAMPLE_FMT_FLT:
            return roundToS16(load<float>(p) * 32768.0f);
        case AV_SAMPLE_FMT_DBL: {
            const long v = std::lrint(load<double>(p) * 32768.0);
            return float(v < -32768 ? -32768 : v > 32767 ? 32767 : v);
        }
        default:
            return 0.0f;
    }
}

}  // namespace

bool appendMonoSamples(const AVFrame& frame, std::vector<float>& out) {
    const auto format = AVSampleFormat(frame.format);
    const AVSampleFormat packed = av_get_packed_sample_fmt(format);
    if (packed != AV_SAMPLE_FMT_U8 && packed != AV_SAMPLE_FMT_S16 && packed != AV_SAMPLE_FMT_S32 &&
        packed != AV_SAMPLE_FMT_S64 && packed != AV_SAMPLE_FMT_FLT && packed != AV_SAMPLE_FMT_DBL)
        return false;
    const int channels = frame.ch_layout.nb_channels;
    if (channels <= 0) return false;
    const bool planar = av_sample_fmt_is_planar(format);
    const std::size_t bytes = std::size_t(av_get_bytes_per_sample(format));
    const std::size_t n = std::size_t(frame.nb_samples);
    const std::size_t base = out.size();
    out.resize(base + n, 0.0f);
    float* mono = out.data() + base;
    // Sum the channels in order (as numpy's mean does), then divide once.
    for (int c = 0; c < channels; ++c) {
        const std::uint8_t* p =
            planar ? frame.extended_data[c] : frame.extended_data[0] + c * bytes;
        const std::size_t stride = planar ? bytes : bytes * std::size_t(channels);
        for (std::size_t i = 0; i < n; ++i, p += stride) mono[i] += toS16(p, packed) / 32768.0f;
    }
    if (channels > 1)
        for (std::size_t i = 0; i < n; ++i) mono[i] /= float(channels);
    return true;
}

}  // namespace tagscope
