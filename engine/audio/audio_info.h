#pragma once
// What the decoder reports about an audio file.

#include <string>

namespace tagscope {

struct AudioInfo {
    double durationSeconds = 0.0;  // container estimate; exact decoded length once fully decoded
    int sampleRate = 0;            // native rate of the audio stream
    int channels = 0;
    std::string codec;  // FFmpeg codec name, e.g. "mp3", "flac", "vorbis"
    std::string title;
    std::string artist;
    std::string album;
};

}  // namespace tagscope
