// The vectorised, streaming resampler against the plain transcription of spec step 2, and the
// fast (soxr) alternative against the exact one.

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <memory>
#include <numbers>
#include <random>

#include "audio/audio_test_util.h"
#include "engine/audio/mel_spectrogram.h"
#include "engine/audio/resampler.h"
#include "engine/audio/track_stream.h"
#include "engine/error.h"
#include "engine/io/npy.h"

namespace tagscope::test {
namespace {

std::vector<float> testSignal(int rate, double seconds) {
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> noise(-0.2f, 0.2f);
    std::vector<float> x(std::size_t(rate * seconds));
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double t = double(i) / rate;
        x[i] = float(0.5 * std::sin(2 * std::numbers::pi * 440 * t) +
                     0.2 * std::sin(2 * std::numbers::pi * 5100 * t)) +
               noise(rng);
    }
    return x;
}

std::vector<float> resampleInChunks(const std::vector<float>& x, int rate, ResamplerKind kind,
                                    const std::vector<std::size_t>& sizes) {
    const auto resampler = makeResampler(kind, rate);
    std::vector<float> out;
    std::size_t pos = 0;
    for (std::size_t k = 0; pos < x.size(); ++k) {
        const std::size_t n = std::min(sizes[k % sizes.size()], x.size() - pos);
        resampler->push(x.data() + pos, n, out);
        pos += n;
    }
    resampler->finish(out);
    return out;
}

class ExactResampling : public ::testing::TestWithParam<int> {};

TEST_P(ExactResampling, VectorisedMatchesScalarReference) {
    const int rate = GetParam();
    const std::vector<float> x = testSignal(rate, 1.5);
    const std::vector<float> reference = resampleTo12kReference(x.data(), x.size(), rate);
    const std::vector<float> fast = resampleTo12k(x.data(), x.size(), rate);
    ASSERT_EQ(fast.size(), std::size_t(std::ceil(x.size() * (12000.0 / rate))));
    const double diff = maxAbsDiff(fast, reference);
    std::printf("%d Hz: vectorised vs scalar max abs diff %.3g\n", rate, diff);
    EXPECT_LT(diff, 2e-6);
}

TEST_P(ExactResampling, StreamingEqualsOneShot) {
    const int rate = GetParam();
    const std::vector<float> x = testSignal(rate, 1.5);
    const std::vector<float> oneShot = resampleTo12k(x.data(), x.size(), rate);
    for (const auto& sizes : std::vector<std::vector<std::size_t>>{{1}, {7, 1151, 3}, {4097}}) {
        const std::vector<float> chunked = resampleInChunks(x, rate, ResamplerKind::Exact, sizes);
        EXPECT_EQ(chunked, oneShot) << "chunk sizes starting " << sizes[0];
    }
}

INSTANTIATE_TEST_SUITE_P(Rates, ExactResampling,
                         ::testing::Values(44100, 48000, 22050, 32000, 8000, 96000, 11025));

// Long enough for several input slices (64 Ki samples), blocks of outputs and emptyings of the
// phase table (the time register's drift keeps making new phases): pushes of odd sizes, across
// every boundary, give the one-shot output bit for bit, and that stays within the reference's
// tolerance to the end.
class LongExactResampling : public ::testing::TestWithParam<int> {};

TEST_P(LongExactResampling, OddPushesEqualOneShotAndMatchReference) {
    const int rate = GetParam();
    const std::vector<float> x = testSignal(rate, 8.0);
    const std::vector<float> oneShot = resampleTo12k(x.data(), x.size(), rate);
    for (const auto& sizes :
         std::vector<std::vector<std::size_t>>{{65537, 5, 20011}, {3, 65536, 1021}, {131071}}) {
        const std::vector<float> chunked = resampleInChunks(x, rate, ResamplerKind::Exact, sizes);
        EXPECT_EQ(chunked, oneShot) << "chunk sizes starting " << sizes[0];
    }
    const std::vector<float> reference = resampleTo12kReference(x.data(), x.size(), rate);
    ASSERT_EQ(oneShot.size(), reference.size());
    const double diff = maxAbsDiff(oneShot, reference);
    std::printf("%d Hz, 8 s: max abs diff to the reference %.3g\n", rate, diff);
    EXPECT_LT(diff, 2e-6);
}

INSTANTIATE_TEST_SUITE_P(Rates, LongExactResampling, ::testing::Values(44100, 48000, 22050, 32000));

TEST(ExactResampling, TwelveKilohertzIsUnchanged) {
    const std::vector<float> x = testSignal(12000, 0.2);
    EXPECT_EQ(resampleTo12k(x.data(), x.size(), 12000), x);
}

TEST(ExactResampling, TinyInputs) {
    for (std::size_t n : {0, 1, 2, 5, 100, 300, 600}) {
        const std::vector<float> x = testSignal(44100, 0.02);
        const std::vector<float> in(x.begin(), x.begin() + std::ptrdiff_t(n));
        const std::vector<float> reference = resampleTo12kReference(in.data(), n, 44100);
        const std::vector<float> out = resampleTo12k(in.data(), n, 44100);
        ASSERT_EQ(out.size(), std::size_t(std::ceil(n * (12000.0 / 44100))));
        EXPECT_LT(maxAbsDiff(out, reference), 2e-6) << n << " samples";
    }
}

TEST(ExactResampling, RejectsBadRate) {
    EXPECT_THROW(makeResampler(ResamplerKind::Exact, 0), Error);
    EXPECT_THROW(makeResampler(ResamplerKind::Fast, -5), Error);
}

TEST(FastResampling, LengthAndStreaming) {
    const std::vector<float> x = testSignal(44100, 1.0);
    const std::vector<float> oneShot =
        resampleTo12k(x.data(), x.size(), 44100, ResamplerKind::Fast);
    ASSERT_EQ(oneShot.size(), std::size_t(std::ceil(x.size() * (12000.0 / 44100))));
    const std::vector<float> chunked = resampleInChunks(x, 44100, ResamplerKind::Fast, {333, 1});
    EXPECT_LT(maxAbsDiff(chunked, oneShot), 1e-5);
}

TEST(FastResampling, MelgramsCloseToExact) {
    double worstMax = 0.0, worstMean = 0.0;
    for (const std::string& track : {kTracks[0], kTracks[2]}) {
        const std::vector<float> exact = readNpy(referencePcm(track)).values;
        const std::vector<float> fast = decodeTo12k(samplePath(track), ResamplerKind::Fast);
        ASSERT_EQ(fast.size(), exact.size());
        const Melgram a = melgramFromSignal(exact.data(), exact.size());
        const Melgram b = melgramFromSignal(fast.data(), fast.size());
        worstMax = std::max(worstMax, maxAbsDiff(a.values, b.values));
        worstMean = std::max(worstMean, meanAbsDiff(a.values, b.values));
    }
    std::printf("fast resampler moves melgrams by max %.3g dB, mean %.3g dB\n", worstMax,
                worstMean);
    // Achieved: mean 0.039 dB; the maximum (8.05 dB) is in the quietest bins near the top band.
    EXPECT_LT(worstMean, 0.1);
    EXPECT_LT(worstMax, 12.0);
}

}  // namespace
}  // namespace tagscope::test
