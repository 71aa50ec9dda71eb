#pragma once
// The first check on any file a user names (audio, melgram, weights, calibration): it must be
// a regular file we may read. Each refusal says exactly why, naming the file.

#include <cstdint>
#include <string>

namespace tagscope {

// Returns the file's size in bytes. Throws Error("PATH: problem"): "file not found",
// "permission denied", "too many levels of symbolic links", "file name too long", "is a
// directory", "is a FIFO, not a regular file" (likewise sockets and devices, which could block
// or never end), "file is empty" (unless allowEmpty).
std::uintmax_t checkInputFile(const std::string& path, bool allowEmpty = false);

}  // namespace tagscope
