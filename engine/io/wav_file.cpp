#include "engine/io/wav_file.h"

#include <sndfile.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include "engine/error.h"
#include "engine/io/atomic_file.h"

namespace tagscope {
namespace {

// libsndfile's virtual I/O over a growing string: the whole WAV is made in memory.
struct MemoryFile {
    std::string bytes;
    sf_count_t position = 0;
};

sf_count_t memoryLength(void* user) {
    return sf_count_t(static_cast<MemoryFile*>(user)->bytes.size());
}

sf_count_t memorySeek(sf_count_t offset, int whence, void* user) {
    auto* file = static_cast<MemoryFile*>(user);
    sf_count_t base = 0;
    if (whence == SEEK_CUR) base = file->position;
    if (whence == SEEK_END) base = sf_count_t(file->bytes.size());
    file->position = std::max<sf_count_t>(0, base + offset);
    return file->position;
}

sf_count_t memoryRead(void* data, sf_count_t count, void* user) {
    auto* file = static_cast<MemoryFile*>(user);
    const sf_count_t available =
        std::max<sf_count_t>(0, sf_count_t(file->bytes.size()) - file->position);
    const sf_count_t n = std::min(count, available);
    if (n > 0) std::memcpy(data, file->bytes.data() + file->position, std::size_t(n));
    file->position += n;
    return n;
}

sf_count_t memoryWrite(const void* data, sf_count_t count, void* user) {
    auto* file = static_cast<MemoryFile*>(user);
    const auto end = std::size_t(file->position + count);
    if (end > file->bytes.size()) file->bytes.resize(end);
    std::memcpy(file->bytes.data() + file->position, data, std::size_t(count));
    file->position += count;
    return count;
}

sf_count_t memoryTell(void* user) {
    return static_cast<MemoryFile*>(user)->position;
}

struct SndfileClose {
    void operator()(SNDFILE* f) const { sf_close(f); }
};

}  // namespace

void writeWavFile(const std::string& path, std::span<const float> samples, int sampleRate) {
    if (sampleRate <= 0) fail(path, "invalid sample rate for a WAV file");
    SF_VIRTUAL_IO io{memoryLength, memorySeek, memoryRead, memoryWrite, memoryTell};
    MemoryFile memory;
    SF_INFO info{};
    info.samplerate = sampleRate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    {
        std::unique_ptr<SNDFILE, SndfileClose> file(
            sf_open_virtual(&io, SFM_WRITE, &info, &memory));
        if (!file) fail(path, std::string("cannot make a WAV file (") + sf_strerror(nullptr) + ")");
        // Full scale maps to ±32767; anything beyond is clipped, never wrapped.
        sf_command(file.get(), SFC_SET_CLIPPING, nullptr, SF_TRUE);
        const auto count = sf_count_t(samples.size());
        if (sf_write_float(file.get(), samples.data(), count) != count)
            fail(path, std::string("cannot make a WAV file (") + sf_strerror(file.get()) + ")");
    }
    writeFileAtomically(path, memory.bytes);
}

std::vector<float> readSoundFile(const std::string& path, int* sampleRate) {
    SF_INFO info{};
    std::unique_ptr<SNDFILE, SndfileClose> file(sf_open(path.c_str(), SFM_READ, &info));
    if (!file) fail(path, std::string("cannot read (") + sf_strerror(nullptr) + ")");
    std::vector<float> interleaved(std::size_t(info.frames) * std::size_t(info.channels));
    const sf_count_t read = sf_readf_float(file.get(), interleaved.data(), info.frames);
    std::vector<float> mono(std::size_t(std::max<sf_count_t>(read, 0)), 0.0f);
    for (std::size_t i = 0; i < mono.size(); ++i) {
        double sum = 0.0;
        for (int c = 0; c < info.channels; ++c) sum += interleaved[i * info.channels + c];
        mono[i] = float(sum / info.channels);
    }
    if (sampleRate) *sampleRate = info.samplerate;
    return mono;
}

}  // namespace tagscope
