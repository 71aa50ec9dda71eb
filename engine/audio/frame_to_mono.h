#pragma once
// Turns one decoded FFmpeg frame into mono float samples the way the original pipeline did:
// each sample is converted to signed 16 bits as FFmpeg's s16 output would be (float: round to
// nearest and saturate), scaled by 1/32768, then the channels are averaged in float32.

#include <vector>

extern "C" {
#include <libavutil/frame.h>
}

namespace tagscope {

// Appends frame.nb_samples mono samples to out. Returns false for a sample format it can't read.
bool appendMonoSamples(const AVFrame& frame, std::vector<float>& out);

}  // namespace tagscope
