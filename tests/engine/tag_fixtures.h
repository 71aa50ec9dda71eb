#pragma once
// Music files to write tags into, made with ffmpeg in the test from a sample track (3 s), and
// what other programs see in them: decoded PCM, the embedded cover, ffprobe's tags.

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "engine/tagwrite/tag_format.h"

namespace tagscope::test {

struct TagFixture {
    TagFormat format;
    const char* extension;  // ".mp3", ...
    bool cover;             // made with an embedded cover image
};

// How test names show a fixture: by its extension.
inline void PrintTo(const TagFixture& fixture, std::ostream* os) {
    *os << fixture.extension;
}

// Every format tags are written into; mp3, flac and m4a with a cover image.
const std::vector<TagFixture>& tagFixtures();

// Makes `path` (its format told by the extension) from 3 s of a sample track, with the artist
// "Ann Example", the title "Tune", the genre "Piano", a ReplayGain track gain and, when asked,
// a cover. A WAV gets them in its INFO list (what ffmpeg writes), an M4A no ReplayGain (ffmpeg
// writes only iTunes' own atoms); `withMetadata` false makes one without any.
// Fails the test (and returns false) if ffmpeg fails.
bool makeTagFixture(const std::string& path, bool cover, bool withMetadata = true);

// The output of a shell command, and whether it exited with status 0.
bool runCommand(const std::string& command, std::string& output);
std::string quoted(const std::string& path);

// XXH64 of the audio as ffmpeg decodes it to signed 16-bit PCM.
std::string decodedPcmHash(const std::string& path);
// XXH64 of the embedded cover image's bytes (empty if there is none).
std::string coverHash(const std::string& path);
// ffprobe's format and stream tags, keys as ffprobe spells them (stream tags prefixed
// "stream:").
std::map<std::string, std::string> ffprobeTags(const std::string& path);

}  // namespace tagscope::test
