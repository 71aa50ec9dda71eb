#pragma once
// Helpers shared by the audio tests: paths to the ground truth, array comparisons, scratch
// folders, a WAV writer and the ffmpeg program.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "engine/melgram.h"
#include "support/temp_dir.h"

namespace tagscope::test {

inline const std::vector<std::string> kTracks = {"bensound-cute", "bensound-actionable",
                                                 "bensound-dubstep", "bensound-thejazzpiano"};

std::string samplePath(const std::string& track);    // .../audio/<track>.mp3
std::string referencePcm(const std::string& track);  // .../reference/pcm12k/<track>.npy
std::string referenceMelgramPath(const std::string& track);
Melgram referenceMelgram(const std::string& track);  // reference/melgrams, as a Melgram

std::vector<float> loadNpyValues(const std::string& path);

double maxAbsDiff(const std::vector<float>& a, const std::vector<float>& b);
double meanAbsDiff(const std::vector<float>& a, const std::vector<float>& b);
bool allFinite(const std::vector<float>& v);

// 16-bit PCM WAV; samples interleaved. The header declares claimedDataBytes of data if given
// (a header that lies about the length), else the true size.
void writeWav(const std::string& path, int rate, int channels,
              const std::vector<std::int16_t>& samples, std::uint32_t claimedDataBytes = 0);
void writeBytes(const std::string& path, const std::string& bytes);

// A deterministic music-like test signal (chords and noise bursts), interleaved int16.
std::vector<std::int16_t> musicLikeSignal(int rate, int channels, double seconds);

// Path of the ffmpeg program found at configure time ("" if none).
std::string ffmpegProgram();
// Runs ffmpeg quietly with the given arguments; true on success.
bool runFfmpeg(const std::string& args);

}  // namespace tagscope::test
