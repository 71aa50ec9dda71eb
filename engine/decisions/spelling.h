#pragma once
// "Did you mean …?": the candidate closest to a misspelt name, if it is close enough to be the
// likely intent (at most 2 edits, or a third of the name's length for long names), ignoring
// ASCII case.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tagscope {

// ASCII letters folded to lower case; other bytes (UTF-8 included) unchanged.
std::string foldCase(std::string_view text);
bool equalIgnoringCase(std::string_view a, std::string_view b);

std::optional<std::string> closestSpelling(std::string_view name,
                                           const std::vector<std::string_view>& candidates);

}  // namespace tagscope
