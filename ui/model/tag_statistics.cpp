#include "ui/model/tag_statistics.h"

#include <algorithm>

#include "ui/model/track_list_model.h"

namespace tagscope::ui {

TagStatistics countTracksPerLabel(const TrackListModel& tracks, const Vocabulary& vocabulary) {
    TagStatistics statistics;
    std::vector<int> counts(vocabulary.size(), 0);
    for (int row = 0; row < tracks.rowCount(); ++row) {
        const std::optional<LabelScores>& scores = tracks.entryAt(row).scores;
        if (!scores) continue;
        ++statistics.scoredTracks;
        for (std::uint64_t bits = scores->decided; bits != 0; bits &= bits - 1) {
            const auto label = std::size_t(std::countr_zero(bits));
            if (label < counts.size()) ++counts[label];
        }
    }
    for (std::size_t label = 0; label < vocabulary.size(); ++label)
        statistics.labels.push_back(
            {label, QString::fromStdString(vocabulary[label].name), counts[label]});
    std::stable_sort(statistics.labels.begin(), statistics.labels.end(),
                     [](const LabelCount& a, const LabelCount& b) { return a.tracks > b.tracks; });
    return statistics;
}

}  // namespace tagscope::ui
