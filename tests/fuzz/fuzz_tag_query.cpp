// Fuzzes the tag query parser (what a user types into the filter box or --query): any text
// parses into a query or gives a tagscope::Error; a parsed query evaluates on a track.
#include <string_view>

#include "engine/decisions/tag_decisions.h"
#include "engine/decisions/tag_query.h"
#include "engine/error.h"

namespace {

const tagscope::TagDecider& decider() {
    static const tagscope::TagDecider instance(tagscope::Vocabulary::loadDefault(),
                                               tagscope::Thresholds{});
    return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const tagscope::TagQuery query = tagscope::TagQuery::parse(text, decider().vocabulary());
        std::vector<float> probabilities(tagscope::kTagCount);
        for (std::size_t k = 0; k < probabilities.size(); ++k)
            probabilities[k] = float((k * 37 + size) % 101) / 100.0f;
        query.matches(decider().score(probabilities));
    } catch (const tagscope::Error&) {
    }
    return 0;
}
