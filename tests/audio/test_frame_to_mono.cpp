// The downmix of decoded frames (spec step 1): each sample quantised as FFmpeg's s16 output
// would be, scaled by 1/32768, the channels averaged in float32 — checked bit for bit against
// a plain scalar statement of the spec for every sample format and layout, with the values that
// matter (ties, saturation, NaN, infinities) and lengths that are not a multiple of the vector
// width.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <vector>

#include "engine/audio/frame_to_mono.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/frame.h>
#include <libavutil/samplefmt.h>
}

namespace tagscope {
namespace {

struct FrameFree {
    void operator()(AVFrame* f) const { av_frame_free(&f); }
};
using FramePtr = std::unique_ptr<AVFrame, FrameFree>;

// channels × n samples, channel-major: sample i of channel c is values[c * n + i].
template <typename T>
FramePtr makeFrame(AVSampleFormat format, int channels, const std::vector<T>& values) {
    FramePtr frame(av_frame_alloc());
    const int n = int(values.size()) / channels;
    frame->format = format;
    frame->nb_samples = n;
    av_channel_layout_default(&frame->ch_layout, channels);
    frame->sample_rate = 44100;
    EXPECT_EQ(av_frame_get_buffer(frame.get(), 0), 0);
    const bool planar = av_sample_fmt_is_planar(format);
    for (int c = 0; c < channels; ++c)
        for (int i = 0; i < n; ++i) {
            std::uint8_t* p =
                planar ? frame->extended_data[c] + std::size_t(i) * sizeof(T)
                       : frame->extended_data[0] + (std::size_t(i) * channels + c) * sizeof(T);
            std::memcpy(p, &values[std::size_t(c) * n + i], sizeof(T));
        }
    return frame;
}

// The spec, one sample at a time.
float s16OfFloat(double v) {
    if (std::isnan(v)) return -32768.0f;
    const double scaled = double(float(v) * 32768.0f);
    const double rounded = std::nearbyint(std::max(-32768.0, std::min(32767.0, scaled)));
    return float(rounded);
}

std::vector<float> expectedMono(const std::vector<float>& s16, int channels) {
    const std::size_t n = s16.size() / std::size_t(channels);
    std::vector<float> mono(n, 0.0f);
    for (int c = 0; c < channels; ++c)
        for (std::size_t i = 0; i < n; ++i) mono[i] += s16[std::size_t(c) * n + i] / 32768.0f;
    if (channels > 1)
        for (float& v : mono) v /= float(channels);
    return mono;
}

void expectBitIdentical(const std::vector<float>& got, const std::vector<float>& want) {
    ASSERT_EQ(got.size(), want.size());
    for (std::size_t i = 0; i < got.size(); ++i)
        EXPECT_EQ(std::memcmp(&got[i], &want[i], sizeof(float)), 0)
            << "sample " << i << ": " << got[i] << " vs " << want[i];
}

// Float samples around every edge of the conversion, 3 × 13 of them (not a multiple of 4).
std::vector<float> edgyFloats(int channels) {
    const float inf = std::numeric_limits<float>::infinity();
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const std::vector<float> pool = {0.0f,
                                     -0.0f,
                                     0.5f / 32768,
                                     1.5f / 32768,
                                     2.5f / 32768,
                                     -0.5f / 32768,
                                     -1.5f / 32768,
                                     0.999f,
                                     1.0f,
                                     -1.0f,
                                     -1.2f,
                                     3.0f,
                                     inf,
                                     -inf,
                                     nan,
                                     0.123456f,
                                     -0.987654f,
                                     32767.5f / 32768,
                                     -32768.5f / 32768,
                                     1e-9f,
                                     -1e-9f,
                                     0.25f,
                                     -0.75f,
                                     0.3333333f,
                                     -0.6666667f,
                                     7e-5f};
    std::vector<float> values;
    for (int k = 0; k < channels * 13; ++k)
        values.push_back(pool[std::size_t(k * 7) % pool.size()]);
    return values;
}

class FloatDownmix : public ::testing::TestWithParam<std::tuple<AVSampleFormat, int>> {};

TEST_P(FloatDownmix, MatchesTheSpecBitForBit) {
    const auto [format, channels] = GetParam();
    const std::vector<float> values = edgyFloats(channels);
    std::vector<float> s16;
    for (float v : values) s16.push_back(s16OfFloat(v));
    std::vector<float> mono = {42.0f};  // appended to, not replaced
    ASSERT_TRUE(appendMonoSamples(*makeFrame(format, channels, values), mono));
    std::vector<float> want = {42.0f};
    for (float v : expectedMono(s16, channels)) want.push_back(v);
    expectBitIdentical(mono, want);
}

INSTANTIATE_TEST_SUITE_P(Layouts, FloatDownmix,
                         ::testing::Combine(::testing::Values(AV_SAMPLE_FMT_FLTP,
                                                              AV_SAMPLE_FMT_FLT),
                                            ::testing::Values(1, 2, 3, 6)));

TEST(IntegerDownmix, MatchesTheSpecBitForBit) {
    const std::vector<std::int16_t> s16 = {0, 1, -1, 32767, -32768, 12345, -23456, 7, 8, 9, -9};
    for (AVSampleFormat format : {AV_SAMPLE_FMT_S16, AV_SAMPLE_FMT_S16P}) {
        std::vector<float> mono;
        ASSERT_TRUE(appendMonoSamples(*makeFrame(format, 1, s16), mono));
        std::vector<float> asFloat(s16.begin(), s16.end());
        expectBitIdentical(mono, expectedMono(asFloat, 1));
    }
    // 32-bit keeps its top 16 bits (arithmetic shift), u8 is offset by 128 and scaled by 256.
    const std::vector<std::int32_t> s32 = {
        0, 65535, 65536, -1, -65536, 2147483647, -2147483647 - 1, 123456789, -987654321, 42};
    std::vector<float> top;
    for (std::int32_t v : s32) top.push_back(float(v >> 16));
    std::vector<float> mono;
    ASSERT_TRUE(appendMonoSamples(*makeFrame(AV_SAMPLE_FMT_S32P, 2, s32), mono));
    expectBitIdentical(mono, expectedMono(top, 2));
    const std::vector<std::uint8_t> u8 = {0, 1, 127, 128, 129, 255};
    std::vector<float> centred;
    for (std::uint8_t v : u8) centred.push_back(float((int(v) - 128) * 256));
    mono.clear();
    ASSERT_TRUE(appendMonoSamples(*makeFrame(AV_SAMPLE_FMT_U8, 3, u8), mono));
    expectBitIdentical(mono, expectedMono(centred, 3));
}

TEST(IntegerDownmix, RefusesFormatsItCannotRead) {
    FramePtr frame(av_frame_alloc());
    frame->format = AV_SAMPLE_FMT_NONE;
    frame->nb_samples = 4;
    av_channel_layout_default(&frame->ch_layout, 1);
    std::vector<float> mono = {1.0f};
    EXPECT_FALSE(appendMonoSamples(*frame, mono));
    EXPECT_EQ(mono.size(), 1u);
}

}  // namespace
}  // namespace tagscope
