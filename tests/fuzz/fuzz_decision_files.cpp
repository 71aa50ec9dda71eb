// Fuzzes the decision files a user may edit or be given: a vocabulary and a thresholds file.
// The first byte picks which; the rest is the file. Any bytes give one or a tagscope::Error.
#include <string_view>

#include "engine/decisions/thresholds.h"
#include "engine/decisions/vocabulary.h"
#include "engine/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    try {
        if (data[0] & 1) {
            tagscope::Vocabulary::fromJson(text, "vocabulary.json");
        } else {
            static const tagscope::Vocabulary vocabulary = tagscope::Vocabulary::loadDefault();
            tagscope::Thresholds::fromJson(text, "thresholds.json", vocabulary);
        }
    } catch (const tagscope::Error&) {
    }
    return 0;
}
