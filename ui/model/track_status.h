#pragma once
// Where one track is in its analysis, as the track list shows it.

#include <QString>

namespace tagscope::ui {

enum class TrackStatus { Queued, Decoding, Tagging, Done, Error };

QString trackStatusText(TrackStatus status);  // translated

}  // namespace tagscope::ui
