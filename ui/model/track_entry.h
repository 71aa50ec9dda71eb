#pragma once
// One row of the track list: a file and what is known about it so far.

#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <optional>

#include "engine/decisions/tag_decisions.h"
#include "ui/model/track_status.h"

namespace tagscope::ui {

using TrackId = quint64;

struct TrackEntry {
    TrackId id = 0;
    QString path;
    QString title;                // from the file's tags, else its file name
    double durationSeconds = -1;  // < 0 while unknown
    TrackStatus status = TrackStatus::Queued;
    int progressPercent = -1;  // of the decode, while decoding or tagging; < 0 unknown
    QString errorText;
    QStringList topTags;  // display names, most probable first
    // The central prediction seen through the vocabulary and thresholds, for tag queries;
    // none until it is known.
    std::optional<LabelScores> scores;
};

}  // namespace tagscope::ui
