#include "audio/audio_test_util.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <numbers>
#include <random>

#include "engine/io/npy.h"

namespace tagscope::test {

std::string samplePath(const std::string& track) {
    return std::string(TAGSCOPE_TEST_SAMPLES_DIR) + "/" + track + ".mp3";
}

std::string referencePcm(const std::string& track) {
    return std::string(TAGSCOPE_TEST_REFERENCE_DIR) + "/pcm12k/" + track + ".npy";
}

std::string referenceMelgramPath(const std::string& track) {
    return std::string(TAGSCOPE_TEST_REFERENCE_DIR) + "/melgrams/" + track + ".npy";
}

Melgram referenceMelgram(const std::string& track) {
    Melgram m(kMelBands, kClipFrames);
    m.values = readNpy(referenceMelgramPath(track)).values;
    return m;
}

std::vector<float> loadNpyValues(const std::string& path) {
    return readNpy(path).values;
}

double maxAbsDiff(const std::vector<float>& a, const std::vector<float>& b) {
    if (a.size() != b.size()) return INFINITY;
    double m = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) m = std::max(m, std::abs(double(a[i]) - b[i]));
    return m;
}

double meanAbsDiff(const std::vector<float>& a, const std::vector<float>& b) {
    if (a.size() != b.size() || a.empty()) return INFINITY;
    double s = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) s += std::abs(double(a[i]) - b[i]);
    return s / double(a.size());
}

bool allFinite(const std::vector<float>& v) {
    for (float x : v)
        if (!std::isfinite(x)) return false;
    return true;
}

namespace {

void put(std::ofstream& out, std::uint32_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out.put(char((v >> (8 * i)) & 0xff));
}

}  // namespace

void writeWav(const std::string& path, int rate, int channels,
              const std::vector<std::int16_t>& samples, std::uint32_t claimedDataBytes) {
    std::ofstream out(path, std::ios::binary);
    const auto dataBytes = claimedDataBytes ? claimedDataBytes : std::uint32_t(samples.size() * 2);
    out.write("RIFF", 4);
    put(out, 36 + dataBytes, 4);
    out.write("WAVEfmt ", 8);
    put(out, 16, 4);
    put(out, 1, 2);
    put(out, std::uint32_t(channels), 2);
    put(out, std::uint32_t(rate), 4);
    put(out, std::uint32_t(rate * channels * 2), 4);
    put(out, std::uint32_t(channels * 2), 2);
    put(out, 16, 2);
    out.write("data", 4);
    put(out, dataBytes, 4);
    for (std::int16_t s : samples) put(out, std::uint16_t(s), 2);
}

void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

std::vector<std::int16_t> musicLikeSignal(int rate, int channels, double seconds) {
    const auto n = std::size_t(seconds * rate);
    std::mt19937 rng(1234);
    std::normal_distribution<double> noise(0.0, 1.0);
    const double chords[4][3] = {{261.63, 329.63, 392.0},
                                 {220.0, 261.63, 329.63},
                                 {174.61, 220.0, 261.63},
                                 {196.0, 246.94, 293.66}};
    std::vector<std::int16_t> out(n * channels);
    for (std::size_t i = 0; i < n; ++i) {
        const double t = double(i) / rate;
        const int chord = int(t / 0.5) % 4;
        const double envelope = std::exp(-3.0 * std::fmod(t, 0.5));
        double v = 0.0;
        for (double f : chords[chord])
            for (int h = 1; h <= 4; ++h)
                v += envelope / (h * 3.0) * std::sin(2.0 * std::numbers::pi * f * h * t);
        if (std::fmod(t, 0.25) < 0.03) v += 0.3 * noise(rng);  // percussive bursts
        for (int c = 0; c < channels; ++c) {
            const double pan = channels == 1 ? 1.0 : (c == 0 ? 0.8 : 1.2);
            out[i * channels + c] =
                std::int16_t(std::lrint(std::clamp(0.35 * v * pan, -1.0, 1.0) * 32767));
        }
    }
    return out;
}

std::string ffmpegProgram() {
    return TAGSCOPE_TEST_FFMPEG;
}

bool runFfmpeg(const std::string& args) {
    const std::string cmd =
        "\"" + ffmpegProgram() + "\" -nostdin -hide_banner -loglevel error -y " + args;
    return std::system(cmd.c_str()) == 0;
}

}  // namespace tagscope::test
