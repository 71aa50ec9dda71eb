// "Hear it": a relevance map as a soft time–frequency mask on a 12 kHz window
// (engine/relevance/mask_resynthesis.h), the window's samples (decodeWindowTo12k,
// decodeCentralWindowTo12k) and the WAV files it is exported to (engine/io/wav_file.h).

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <random>
#include <stop_token>
#include <string>
#include <vector>

#include "engine/audio/mel_power.h"
#include "engine/audio/mel_spectrogram.h"
#include "engine/audio/track_stream.h"
#include "engine/error.h"
#include "engine/io/npy.h"
#include "engine/io/wav_file.h"
#include "engine/melgram.h"
#include "engine/relevance/mask_resynthesis.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {

const std::vector<std::string> kTracks = {"bensound-cute", "bensound-actionable",
                                          "bensound-dubstep", "bensound-thejazzpiano"};

std::string samplePath(const std::string& track) {
    return std::string(TAGSCOPE_TEST_SAMPLES_DIR) + "/" + track + ".mp3";
}

// The first kClipSamples of a track's reference 12 kHz signal (zero-padded if shorter).
std::vector<float> referenceWindow(const std::string& track) {
    std::vector<float> pcm =
        readNpy(std::string(TAGSCOPE_TEST_REFERENCE_DIR) + "/pcm12k/" + track + ".npy").values;
    pcm.resize(kClipSamples, 0.0f);
    return pcm;
}

std::vector<float> constantMask(float value) {
    return std::vector<float>(std::size_t(kMelBands) * kClipFrames, value);
}

double peakOf(const std::vector<float>& x) {
    double peak = 0.0;
    for (float v : x) peak = std::max(peak, double(std::abs(v)));
    return peak;
}

double maxAbsDiff(const std::vector<float>& a, const std::vector<float>& b, std::size_t from = 0,
                  std::size_t to = SIZE_MAX) {
    double m = 0.0;
    for (std::size_t i = from; i < std::min({a.size(), b.size(), to}); ++i)
        m = std::max(m, std::abs(double(a[i]) - b[i]));
    return m;
}

// Sum of a mel power spectrogram over bands [from, to) and all frames.
double bandEnergy(const Melgram& power, int from, int to) {
    double sum = 0.0;
    for (int m = from; m < to; ++m)
        for (int t = 0; t < power.frames; ++t) sum += power.at(m, t);
    return sum;
}

TEST(MaskResynthesis, AllOnesMaskReconstructsTheSignal) {
    const std::vector<float> x = referenceWindow("bensound-thejazzpiano");
    ASSERT_LT(peakOf(x), 1.0);  // no peak limiting involved
    const std::vector<float> y = resynthesiseMasked(x, constantMask(1.0f), kClipFrames);
    ASSERT_EQ(y.size(), x.size());
    // Achieved: 2.4e-7 (float rounding of the FFTs), the signal peaking at 0.85.
    EXPECT_LT(maxAbsDiff(x, y), 1e-6);
    // Any positive constant is the same mask (normalised inside).
    EXPECT_LT(maxAbsDiff(x, resynthesiseMasked(x, constantMask(0.02f), kClipFrames)), 1e-6);
}

TEST(MaskResynthesis, ZeroMaskGivesSilence) {
    const std::vector<float> x = referenceWindow("bensound-cute");
    const std::vector<float> y = resynthesiseMasked(x, constantMask(0.0f), kClipFrames);
    EXPECT_EQ(peakOf(y), 0.0);
}

TEST(MaskResynthesis, BandMaskKeepsItsBandAndRemovesTheRest) {
    constexpr int kFrom = 30, kTo = 51;  // mel bands 30–50 kept
    std::vector<float> mask = constantMask(0.0f);
    for (int m = kFrom; m < kTo; ++m)
        std::fill_n(mask.begin() + std::ptrdiff_t(m) * kClipFrames, kClipFrames, 1.0f);
    const std::vector<float> x = referenceWindow("bensound-thejazzpiano");
    const std::vector<float> y = resynthesiseMasked(x, mask, kClipFrames);
    const Melgram before = melPowerSpectrogram(x.data(), x.size());
    const Melgram after = melPowerSpectrogram(y.data(), y.size());

    // Far outside the band (beyond the neighbouring filters' reach plus the Hann window's
    // leakage) the energy is gone: achieved -67 dB below, -69 dB above.
    const double below = bandEnergy(after, 0, kFrom - 4) / bandEnergy(before, 0, kFrom - 4);
    const double above =
        bandEnergy(after, kTo + 4, kMelBands) / bandEnergy(before, kTo + 4, kMelBands);
    EXPECT_LT(10 * std::log10(below), -55.0);
    EXPECT_LT(10 * std::log10(above), -55.0);
    // Inside, away from its edges, it is kept: achieved 1.00006 of the energy.
    const double inside =
        bandEnergy(after, kFrom + 3, kTo - 3) / bandEnergy(before, kFrom + 3, kTo - 3);
    EXPECT_NEAR(inside, 1.0, 1e-3);
}

TEST(MaskResynthesis, FramesAreTheMelgramsFrames) {
    // A mask open only in frames [400, 600): frame t covers samples [256 t − 256, 256 t + 256).
    constexpr int kFirst = 400, kEnd = 600;
    std::vector<float> mask = constantMask(0.0f);
    for (int m = 0; m < kMelBands; ++m)
        std::fill_n(mask.begin() + std::ptrdiff_t(m) * kClipFrames + kFirst, kEnd - kFirst, 1.0f);
    const std::vector<float> x = referenceWindow("bensound-actionable");
    const std::vector<float> y = resynthesiseMasked(x, mask, kClipFrames);
    const std::size_t openFrom = std::size_t(kFirst - 1) * kHopSize;  // frame 400's first sample
    const std::size_t openTo = std::size_t(kEnd) * kHopSize;          // past frame 599's last
    EXPECT_EQ(maxAbsDiff(y, std::vector<float>(y.size(), 0.0f), 0, openFrom), 0.0);
    EXPECT_EQ(maxAbsDiff(y, std::vector<float>(y.size(), 0.0f), openTo), 0.0);
    // Where every frame covering a sample is open, the signal is kept as it was (1.8e-7).
    EXPECT_LT(maxAbsDiff(x, y, std::size_t(kFirst) * kHopSize, std::size_t(kEnd - 1) * kHopSize),
              1e-6);
    // And the output's melgram columns there are the original's (same framing; 1.1e-4 dB).
    const Melgram a = melPowerSpectrogram(x.data(), x.size());
    const Melgram b = melPowerSpectrogram(y.data(), y.size());
    double worst = 0.0;
    for (int m = 0; m < kMelBands; ++m)
        for (int t = kFirst + 1; t < kEnd - 1; ++t)
            worst = std::max(worst, std::abs(std::log10(std::max(1e-20, double(b.at(m, t)))) -
                                             std::log10(std::max(1e-20, double(a.at(m, t))))));
    EXPECT_LT(10 * worst, 1e-3);  // dB
}

TEST(MaskResynthesis, MelMaskToLinearMask) {
    const std::vector<float> ones = melMaskToLinearMask(constantMask(1.0f), kClipFrames);
    ASSERT_EQ(ones.size(), std::size_t(kFftSize / 2 + 1) * kClipFrames);
    for (float g : ones) ASSERT_NEAR(g, 1.0f, 1e-6f);
    // Band 0 alone: bin 0 (no filter) follows bin 1, high bins are zero.
    std::vector<float> low = constantMask(0.0f);
    std::fill_n(low.begin(), kClipFrames, 1.0f);
    const std::vector<float> g = melMaskToLinearMask(low, kClipFrames);
    EXPECT_GT(g[0], 0.5f);
    EXPECT_EQ(g[std::size_t(kClipFrames) * 1], g[0]);
    EXPECT_EQ(g[std::size_t(kClipFrames) * 100], 0.0f);
}

TEST(MaskResynthesis, SoftMaskOpensTheTopCellsFully) {
    std::vector<float> relevance(1000);
    for (std::size_t i = 0; i < relevance.size(); ++i) relevance[i] = float(i);  // 0 … 999
    const SoftMaskShape unsmoothed{0, 0, 0.99};
    const std::vector<float> mask = relevanceSoftMask(relevance, 10, 100, unsmoothed);
    // The 0.99 quantile is the value 989: it and everything above is 1, below scaled by it.
    EXPECT_EQ(mask[989], 1.0f);
    EXPECT_EQ(mask[999], 1.0f);
    EXPECT_FLOAT_EQ(mask[500], 500.0f / 989.0f);
    EXPECT_EQ(mask[0], 0.0f);
    // Sparse maps (the quantile is 0) fall back to the maximum; all-zero stays zero.
    std::vector<float> sparse(1000, 0.0f);
    sparse[3] = 4.0f;
    sparse[7] = 2.0f;
    EXPECT_EQ(relevanceSoftMask(sparse, 10, 100, unsmoothed)[3], 1.0f);
    EXPECT_EQ(relevanceSoftMask(sparse, 10, 100, unsmoothed)[7], 0.5f);
    EXPECT_EQ(relevanceSoftMask(std::vector<float>(1000, 0.0f), 10, 100),
              std::vector<float>(1000, 0.0f));
    EXPECT_THROW(relevanceSoftMask(sparse, 10, 99), Error);
}

TEST(MaskResynthesis, SoftMaskSpreadsASpikeOverItsBox) {
    // One cell in a 9 × 40 map: blurred over ±1 band and ±4 frames it becomes a 3 × 9 box of
    // equal values (1/27 each), which the maximum (the quantile is 0) opens fully.
    std::vector<float> spike(9 * 40, 0.0f);
    spike[4 * 40 + 20] = 27.0f;
    const std::vector<float> mask = relevanceSoftMask(spike, 9, 40);
    for (int band = 0; band < 9; ++band)
        for (int frame = 0; frame < 40; ++frame) {
            const bool inBox = std::abs(band - 4) <= 1 && std::abs(frame - 20) <= 4;
            EXPECT_EQ(mask[std::size_t(band) * 40 + std::size_t(frame)], inBox ? 1.0f : 0.0f)
                << band << ", " << frame;
        }
}

TEST(MaskResynthesis, PeakNeverAbove0dBFS) {
    std::mt19937 random(11);
    std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
    std::vector<float> noisy(std::size_t(kMelBands) * kClipFrames);
    for (float& v : noisy) v = uniform(random);
    for (const std::string& track : kTracks) {
        SCOPED_TRACE(track);
        WindowSamples central = decodeCentralWindowTo12k(samplePath(track));
        // A random mask (each cell uniform in [0, 1]): 0.55–0.79 measured.
        EXPECT_LE(peakOf(resynthesiseMasked(central.samples, noisy, kClipFrames)), 1.0);
        // Three times as loud (peaks well over full scale): scaled down as a whole to exactly
        // 0 dBFS, the shape unchanged (4.2e-7 at worst). The dubstep's own 12 kHz signal
        // peaks at 1.03 already.
        std::vector<float> loud = central.samples;
        for (float& v : loud) v *= 3.0f;
        const std::vector<float> y = resynthesiseMasked(loud, constantMask(1.0f), kClipFrames);
        EXPECT_LE(peakOf(y), 1.0);
        EXPECT_GT(peakOf(y), 0.999);
        const double scale = 1.0 / peakOf(loud);
        std::vector<float> expected = loud;
        for (float& v : expected) v = float(v * scale);
        EXPECT_LT(maxAbsDiff(expected, y), 2e-6);
    }
}

TEST(MaskResynthesis, RefusesMasksThatDoNotFit) {
    const std::vector<float> x(kClipSamples, 0.1f);
    EXPECT_THROW(resynthesiseMasked(x, constantMask(1.0f), kClipFrames - 1), Error);
    EXPECT_THROW(resynthesiseMasked(x, std::vector<float>(10, 1.0f), kClipFrames), Error);
    std::vector<float> negative = constantMask(1.0f);
    negative[5] = -0.5f;
    EXPECT_THROW(resynthesiseMasked(x, negative, kClipFrames), Error);
    negative[5] = NAN;
    EXPECT_THROW(resynthesiseMasked(x, negative, kClipFrames), Error);
}

TEST(MaskResynthesis, StopsWhenCancelled) {
    std::stop_source stop;
    stop.request_stop();
    const std::vector<float> x(kClipSamples, 0.1f);
    EXPECT_THROW(
        resynthesiseMasked(x, constantMask(1.0f), kClipFrames, RunContext(stop.get_token())),
        Cancelled);
}

TEST(WindowSamples, WindowIsTheTracksSignalFromItsStart) {
    const std::string path = samplePath("bensound-cute");
    const std::vector<float> whole = decodeTo12k(path);
    const std::int64_t start = 5 * kSampleRate;
    const std::vector<float> window = decodeWindowTo12k(path, start);
    ASSERT_EQ(window.size(), std::size_t(kClipSamples));
    const std::size_t music = std::min<std::size_t>(kClipSamples, whole.size() - start);
    EXPECT_TRUE(
        std::equal(window.begin(), window.begin() + std::ptrdiff_t(music), whole.begin() + start));
    EXPECT_TRUE(std::all_of(window.begin() + std::ptrdiff_t(music), window.end(),
                            [](float v) { return v == 0.0f; }));
}

TEST(WindowSamples, CentralWindowGivesTheNetworksInput) {
    // The central window's melgram is the reference network input (melgram-spec.md).
    const WindowSamples central = decodeCentralWindowTo12k(samplePath("bensound-thejazzpiano"));
    const Melgram mel = logMelSpectrogram(central.samples.data(), central.samples.size());
    const std::vector<float> reference =
        readNpy(std::string(TAGSCOPE_TEST_REFERENCE_DIR) + "/melgrams/bensound-thejazzpiano.npy")
            .values;
    ASSERT_EQ(mel.values.size(), reference.size());
    double worst = 0.0;
    for (std::size_t i = 0; i < reference.size(); ++i)
        worst = std::max(worst, double(std::abs(mel.values[i] - reference[i])));
    EXPECT_LT(worst, 1e-3);  // dB; achieved 1.1e-4
}

TEST(WavFile, WritesAndReadsBack) {
    test::TempDir dir;
    std::vector<float> x(1200);
    for (std::size_t i = 0; i < x.size(); ++i) x[i] = float(0.9 * std::sin(0.05 * double(i)));
    const std::string path = dir.file("masked.wav");
    writeWavFile(path, x, kSampleRate);
    int rate = 0;
    const std::vector<float> back = readSoundFile(path, &rate);
    EXPECT_EQ(rate, kSampleRate);
    ASSERT_EQ(back.size(), x.size());
    EXPECT_LT(maxAbsDiff(x, back), 1.0 / 32767);
    // 44-byte header plus 16-bit samples.
    EXPECT_EQ(std::filesystem::file_size(path), 44 + 2 * x.size());
}

TEST(WavFile, FailureNamesThePathAndLeavesNothing) {
    test::TempDir dir;
    const std::string path = dir.file("missing-folder/masked.wav");
    try {
        writeWavFile(path, std::vector<float>(10, 0.0f), kSampleRate);
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
    }
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

}  // namespace
}  // namespace tagscope
