#include "ui/model/decision_preview.h"

#include <bit>

#include "engine/tags.h"

namespace tagscope::ui {

DecisionPreview previewDecisions(std::span<const std::vector<float>> tracks,
                                 const TagDecider& decider) {
    DecisionPreview preview;
    preview.perLabel.assign(decider.labelCount(), 0);
    for (const std::vector<float>& track : tracks) {
        if (track.size() != kTagCount) continue;
        const LabelScores scores = decider.score(track);
        ++preview.tracks;
        preview.tagged += scores.decided != 0;
        preview.tags += std::size_t(scores.decidedCount());
        for (std::uint64_t bits = scores.decided; bits; bits &= bits - 1)
            ++preview.perLabel[std::size_t(std::countr_zero(bits))];
    }
    return preview;
}

}  // namespace tagscope::ui
