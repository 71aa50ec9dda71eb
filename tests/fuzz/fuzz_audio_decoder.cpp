// Fuzzes the audio front end as the app and the CLI use it: any bytes (FFmpeg probes them)
// stream through decoding, resampling, the central clip, the windows and the overview, or
// give a tagscope::Error; never a crash, a hang or an allocation the limits do not allow.
#include "engine/audio/track_stream.h"
#include "engine/error.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    tagscope::ResourceLimits limits;
    limits.maxDurationSeconds = 120.0;  // keeps each run short; the limit itself is under test
    tagscope::StreamOptions options;
    options.windows = true;
    options.overviewColumns = 256;
    try {
        tagscope::streamTrack(tagscope::fuzz::scratchFile(data, size, ".audio"), options,
                              tagscope::RunContext({}, limits));
    } catch (const tagscope::Error&) {
    }
    return 0;
}
