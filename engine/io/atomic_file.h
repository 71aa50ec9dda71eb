#pragma once
// Writes output files so that nothing is ever lost: readers see either the old file or the
// complete new one, and a failed write leaves the old file untouched.

#include <functional>
#include <string>
#include <string_view>

namespace tagscope {

// Replaces (or creates) path with content. Throws Error naming path on any failure.
void writeFileAtomically(const std::string& path, std::string_view content);

// Older form: writer fills a temporary file (by path), which then replaces the target.
// Being retired: use the content form.
void writeFileAtomically(const std::string& path,
                         const std::function<void(const std::string& temporaryPath)>& writer);

}  // namespace tagscope
