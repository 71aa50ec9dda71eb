// "Hear it", end to end: the top tag's relevance map of each sample's central window, as a soft
// mask (relevanceSoftMask), resynthesised (resynthesiseMasked). For "The Jazz Piano" the masked
// audio must keep the piano; on all four samples it must stay within 0 dBFS.

#include <fftw3.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <numbers>
#include <string>
#include <vector>

#include "engine/audio/mel_power.h"
#include "engine/audio/mel_spectrogram.h"
#include "engine/audio/track_stream.h"
#include "engine/relevance/mask_resynthesis.h"
#include "engine/relevance/relevance_map.h"
#include "engine/tags.h"
#include "support/oracle.h"

namespace tagscope {
namespace {

constexpr int kChromaFft = 4096;  // 2.9 Hz bins: semitones apart from C3 (131 Hz) up
constexpr double kChromaLowHz = 130.0, kChromaHighHz = 2100.0;  // C3 to C7: the piano's chords

Tagger makeTagger(NetworkKind kind) {
    TaggerConfig config;
    config.kind = kind;
    config.weightsPath = test::modelPath(networkId(kind) + "_weights_tensorflow.hdf5");
    return Tagger(config);
}

std::string samplePath(const std::string& track) {
    return std::string(TAGSCOPE_TEST_SAMPLES_DIR) + "/" + track + ".mp3";
}

// 12-bin chroma per block of kChromaFft samples (Hann, hop half a block), from the power of
// the bins between kChromaLowHz and kChromaHighHz, each bin to its nearest pitch class.
std::vector<std::array<double, 12>> chromagram(const std::vector<float>& x) {
    std::vector<float> in(kChromaFft);
    std::vector<fftwf_complex> out(kChromaFft / 2 + 1);
    fftwf_plan plan;
    {
        std::lock_guard lock(fftwPlannerMutex());
        plan = fftwf_plan_dft_r2c_1d(kChromaFft, in.data(), out.data(), FFTW_ESTIMATE);
    }
    std::vector<std::array<double, 12>> blocks;
    for (std::size_t start = 0; start + kChromaFft <= x.size(); start += kChromaFft / 2) {
        for (int i = 0; i < kChromaFft; ++i)
            in[i] = float(0.5 - 0.5 * std::cos(2 * std::numbers::pi * i / kChromaFft)) *
                    x[start + std::size_t(i)];
        fftwf_execute(plan);
        std::array<double, 12> chroma{};
        for (int k = 1; k <= kChromaFft / 2; ++k) {
            const double hz = double(k) * kSampleRate / kChromaFft;
            if (hz < kChromaLowHz || hz > kChromaHighHz) continue;
            const double midi = 69.0 + 12.0 * std::log2(hz / 440.0);
            const int pitchClass = int(std::lround(midi)) % 12;
            chroma[std::size_t(pitchClass)] +=
                double(out[k][0]) * out[k][0] + double(out[k][1]) * out[k][1];
        }
        blocks.push_back(chroma);
    }
    {
        std::lock_guard lock(fftwPlannerMutex());
        fftwf_destroy_plan(plan);
    }
    return blocks;
}

double correlation(const std::array<double, 12>& a, const std::array<double, 12>& b) {
    double ma = 0, mb = 0;
    for (int i = 0; i < 12; ++i) ma += a[i] / 12, mb += b[i] / 12;
    double ab = 0, aa = 0, bb = 0;
    for (int i = 0; i < 12; ++i) {
        ab += (a[i] - ma) * (b[i] - mb);
        aa += (a[i] - ma) * (a[i] - ma);
        bb += (b[i] - mb) * (b[i] - mb);
    }
    return aa > 0 && bb > 0 ? ab / std::sqrt(aa * bb) : 0.0;
}

double sumOf(const std::array<double, 12>& a) {
    double s = 0;
    for (double v : a) s += v;
    return s;
}

struct Listening {
    std::string tag;
    float probability = 0;
    double peak = 0;
    double registerEnergyKept = 0;  // masked / original, chroma band
    double chromaMatch = 0;         // median per-block correlation with the original
    double chromaShifted = 0;       // the same against the original 4 s later (a control)
    double seconds = 0;
};

Listening listen(const Tagger& tagger, const std::string& track) {
    const WindowSamples central = decodeCentralWindowTo12k(samplePath(track));
    const Melgram clip = logMelSpectrogram(central.samples.data(), central.samples.size());
    const std::vector<float> p = tagger.predictClip(clip);
    const int tag = int(std::max_element(p.begin(), p.end()) - p.begin());
    const auto t0 = std::chrono::steady_clock::now();
    const RelevanceMap map = explainTag(tagger, clip, tag);
    const std::vector<float> masked = resynthesiseMasked(
        central.samples, relevanceSoftMask(map.values, map.bands, map.frames), map.frames);
    Listening l;
    l.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    l.tag = std::string(tagNames()[std::size_t(tag)]);
    l.probability = map.probability;
    for (float v : masked) l.peak = std::max(l.peak, double(std::abs(v)));
    const auto original = chromagram(central.samples);
    const auto kept = chromagram(masked);
    double energyOriginal = 0, energyKept = 0;
    std::vector<double> match, shifted;
    const std::size_t shift = 4 * kSampleRate / (kChromaFft / 2);  // blocks in 4 s
    for (std::size_t b = 0; b < original.size(); ++b) {
        energyOriginal += sumOf(original[b]);
        energyKept += sumOf(kept[b]);
        match.push_back(correlation(kept[b], original[b]));
        shifted.push_back(correlation(kept[b], original[(b + shift) % original.size()]));
    }
    const auto median = [](std::vector<double> v) {
        std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(v.size() / 2), v.end());
        return v[v.size() / 2];
    };
    l.registerEnergyKept = energyKept / energyOriginal;
    l.chromaMatch = median(match);
    l.chromaShifted = median(shifted);
    std::printf(
        "%-24s %-12s p=%.3f peak=%.3f register energy kept=%.3f chroma=%.3f "
        "control=%.3f (%.2f s)\n",
        track.c_str(), l.tag.c_str(), l.probability, l.peak, l.registerEnergyKept, l.chromaMatch,
        l.chromaShifted, l.seconds);
    return l;
}

// "Keeps the piano", measured (docs/GUI.md, Hear it): the piano is the track's harmonic
// instrument between C3 and C7 (the bass lies mostly below, the drums have no pitch class), so
// the masked audio keeps it when, block by block (0.34 s), its chroma in that register follows
// the original's: the median correlation is ≥ 0.9 (achieved 0.985 CNN, 0.980 RNN), while
// against the original 4 s later — other chords — it is ≤ 0.3 (achieved −0.03, −0.04: the
// measure tells chords apart), and it is no whisper: ≥ 25 % of the register's energy remains
// (achieved 56 %, 50 %).
TEST(RelevanceListening, TopTagOfTheJazzPianoKeepsThePiano) {
    for (NetworkKind kind : {NetworkKind::ConvNet, NetworkKind::RecurrentNet}) {
        SCOPED_TRACE(networkId(kind));
        const Listening l = listen(makeTagger(kind), "bensound-thejazzpiano");
        EXPECT_EQ(l.tag, "jazz");
        EXPECT_GE(l.chromaMatch, 0.9);
        EXPECT_LE(l.chromaShifted, 0.3);
        EXPECT_GE(l.registerEnergyKept, 0.25);
        EXPECT_LE(l.peak, 1.0);
    }
}

// Peaks measured 0.72–0.80 (CNN) and 0.73–0.97 (RNN); the dubstep's CNN mask would pass its own
// 1.03 peak: limited to exactly 0 dBFS.
TEST(RelevanceListening, BoundedOnTheFourSamples) {
    for (NetworkKind kind : {NetworkKind::ConvNet, NetworkKind::RecurrentNet}) {
        const Tagger tagger = makeTagger(kind);
        for (const std::string track :
             {"bensound-cute", "bensound-actionable", "bensound-dubstep"}) {
            SCOPED_TRACE(track);
            EXPECT_LE(listen(tagger, track).peak, 1.0);
        }
    }
}

}  // namespace
}  // namespace tagscope
