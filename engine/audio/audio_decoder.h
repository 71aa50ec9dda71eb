#pragma once
// Streaming decoder for any audio file FFmpeg reads: first audio stream, delivered as mono float
// chunks at the native rate. Samples are quantised to 16 bits and averaged over the channels, as
// the original pipeline did (spec step 1). One object per thread; objects are independent.
// Streams outside the context's limits (sample rate, channels, decoded duration) are refused;
// the context's stop signal is checked for every packet.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "engine/audio/audio_info.h"
#include "engine/run_context.h"

namespace tagscope {

class AudioDecoder {
public:
    // Opens the file and its first audio stream; throws Error("PATH: problem").
    explicit AudioDecoder(const std::string& path, RunContext context = {});
    ~AudioDecoder();
    AudioDecoder(const AudioDecoder&) = delete;
    AudioDecoder& operator=(const AudioDecoder&) = delete;

    const AudioInfo& info() const;

    // Replaces chunk with the next decoded mono samples; false at the end of the stream.
    // Throws Error if the stream ends without having yielded any sample or grows past the
    // duration limit, Cancelled once the context is stopped.
    bool read(std::vector<float>& chunk);

    // Reads to the end, handing each chunk to sink.
    void decode(const std::function<void(const float*, std::size_t)>& sink);

    // Mono samples delivered so far.
    std::int64_t samplesDecoded() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace tagscope
