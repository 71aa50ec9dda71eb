#pragma once
// Writes a file so that readers see either the old file or the complete new one: the content
// goes to a temporary file in the same folder, which is renamed over the target on success and
// removed on failure.

#include <functional>
#include <string>

namespace tagscope {

// writer receives the temporary path to write to; throwing aborts the write.
void writeFileAtomically(const std::string& path,
                         const std::function<void(const std::string& temporaryPath)>& writer);

}  // namespace tagscope
