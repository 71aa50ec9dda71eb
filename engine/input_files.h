#pragma once
// Turning what a user names (files, folders) into the list of inputs to tag.

#include <string>
#include <vector>

#include "engine/report/tag_result.h"

namespace tagscope {

// By extension, case-insensitive: mp3, flac, ogg, oga, opus, wav, aif(f), m4a, aac, ...
bool hasAudioExtension(const std::string& path);
bool hasMelgramExtension(const std::string& path);  // .npy

// Files stay as given (whatever their extension, so that a bad one is reported, not skipped);
// folders are walked recursively for audio files, sorted by path. Unreadable folders and
// missing paths become failures.
std::vector<std::string> expandInputs(const std::vector<std::string>& paths,
                                      std::vector<TagFailure>& failures);

}  // namespace tagscope
