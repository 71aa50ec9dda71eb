#pragma once
// Turning what a user names (files, folders) into the list of inputs to tag. Every path named
// gives inputs or a message: nothing is skipped without a word.

#include <string>
#include <vector>

#include "engine/report/tag_result.h"

namespace tagscope {

// By extension, case-insensitive: mp3, flac, ogg, oga, opus, wav, aif(f), m4a, aac, ...
bool hasAudioExtension(const std::string& path);
bool hasMelgramExtension(const std::string& path);  // .npy

struct ExpandedInputs {
    std::vector<std::string> files;
    std::vector<TagFailure> failures;  // what was named or found but cannot be an input
};

// Files stay as given (whatever their extension, so that a bad one is reported when opened,
// not skipped); folders are walked recursively (following links to folders, each folder once)
// for audio files, sorted by path. Failures: a folder without audio files, a subfolder that
// cannot be read, and audio-named entries that are dangling links, link loops, FIFOs, sockets
// or devices.
ExpandedInputs expandInputs(const std::vector<std::string>& paths);

}  // namespace tagscope
