#pragma once
// Warnings about what a result was computed from: a track shorter than the network's 29.12 s
// input (zero-padded), windows that are mostly padding, silent windows (window_level.h). Their
// tags come out as confident as any, so the reports say so: one line each, without the file's
// name (the caller adds it).

#include <string>
#include <vector>

#include "engine/report/tag_result.h"

namespace tagscope {

std::vector<std::string> resultWarnings(const TagResult& result);

}  // namespace tagscope
