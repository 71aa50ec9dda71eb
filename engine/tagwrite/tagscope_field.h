#pragma once
// The text of the TAGSCOPE field: every decided label with its probability, most probable
// first, e.g. "rock=0.83; classic rock=0.41; 70s=0.12". Probabilities have two decimals and a
// '.' whatever the locale; a label may contain spaces and '=' (the last '=' separates the
// number) but not ';', which separates entries. One string, in every format.

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/decisions/tag_decisions.h"

namespace tagscope {

struct LabelProbability {
    std::string label;
    double probability = 0.0;
    bool operator==(const LabelProbability&) const = default;
};

// Throws Error naming the label if a label contains ';'.
std::string formatTagscopeField(std::span<const DecidedTag> tags);
// Throws Error("TAGSCOPE field: ...") on text that is not of this form.
std::vector<LabelProbability> parseTagscopeField(std::string_view text);

}  // namespace tagscope
