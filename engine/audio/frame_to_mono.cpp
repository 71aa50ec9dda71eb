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

// The conversions of libswresample's audioconvert.c to AV_SAMPLE_FMT_S16.
int toS16(const std::uint8_t* p, AVSampleFormat packed) {
    switch (packed) {
        case AV_SAMPLE_FMT_U8:
            return (int(*p) - 0x80) * 256;
        case AV_SAMPLE_FMT_S16:
            return load<std::int16_t>(p);
        case AV_SAMPLE_FMT_S32:
            return load<std::int32_t>(p) >> 16;
        case AV_SAMPLE_FMT_S64:
            return int(load<std::int64_t>(p) >> 48);
        case AV_SAMPLE_FMT_FLT: {
            const long v = lrintf(load<float>(p) * 32768.0f);
            return int(v < -32768 ? -32768 : v > 32767 ? 32767 : v);
        }
        case AV_SAMPLE_FMT_DBL: {
            const long v = lrint(load<double>(p) * 32768.0);
            return int(v < -32768 ? -32768 : v > 32767 ? 32767 : v);
        }
        default:
            return 0;
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
    const int bytes = av_get_bytes_per_sample(format);
    const std::size_t n = std::size_t(frame.nb_samples);
    const std::size_t base = out.size();
    out.resize(base + n);
    for (std::size_t i = 0; i < n; ++i) {
        float sum = 0.0f;
        for (int c = 0; c < channels; ++c) {
            const std::uint8_t* p =
                planar ? frame.extended_data[c] + i * bytes
                       : frame.extended_data[0] + (i * std::size_t(channels) + c) * bytes;
            sum += float(toS16(p, packed)) / 32768.0f;
        }
        out[base + i] = channels == 1 ? sum : sum / float(channels);
    }
    return true;
}

}  // namespace tagscope
