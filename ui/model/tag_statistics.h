#pragma once
// The library's tag statistics: how many of the listed tracks get each label at the current
// vocabulary and thresholds, from the scores the track list already holds (recomputed by the
// session whenever the thresholds change). One pass over the rows: well under a millisecond
// per 10,000 tracks.

#include <QString>
#include <vector>

#include "engine/decisions/vocabulary.h"

namespace tagscope::ui {

class TrackListModel;

struct LabelCount {
    std::size_t label = 0;  // vocabulary order
    QString name;
    int tracks = 0;
};

struct TagStatistics {
    std::vector<LabelCount> labels;  // every label: most tracks first, then vocabulary order
    int scoredTracks = 0;            // rows with a prediction to decide on
};

TagStatistics countTracksPerLabel(const TrackListModel& tracks, const Vocabulary& vocabulary);

}  // namespace tagscope::ui
