#pragma once
// Mono 16-bit PCM WAV files (libsndfile), written atomically: the file is made in memory, then
// replaces the target through writeFileAtomically (readers see the old file or the new one).

#include <span>
#include <string>
#include <vector>

namespace tagscope {

// Samples in [-1, 1] (beyond is clipped by libsndfile). Throws Error naming path on failure,
// leaving any existing file untouched.
void writeWavFile(const std::string& path, std::span<const float> samples, int sampleRate);

// Reads a WAV (or any file libsndfile reads) back as mono floats, for tests and tools; the
// channels are averaged. Throws Error naming path.
std::vector<float> readSoundFile(const std::string& path, int* sampleRate = nullptr);

}  // namespace tagscope
