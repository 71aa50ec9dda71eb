#pragma once
// Shared by the fuzz targets: the bytes libFuzzer hands over, as a file on disk (every reader
// under test takes a path, as it does for the user).

#include <cstddef>
#include <cstdint>
#include <string>

namespace tagscope::fuzz {

// Writes data to a per-process scratch file (in $TMPDIR or /tmp) and returns its path. The file
// is overwritten by the next call; the name keeps `extension` (e.g. ".npy") for readers that
// look at it.
const std::string& scratchFile(const std::uint8_t* data, std::size_t size,
                               const std::string& extension);

}  // namespace tagscope::fuzz
