#pragma once
// Where one track is in its analysis, as the track list shows it.

#include <QString>

namespace tagscope::ui {

enum class TrackStatus { Queued, Decoding, Tagging, Done, Error };

// Translated; with a progress percentage (≥ 0) for a running analysis, e.g. "Tagging 42 %".
QString trackStatusText(TrackStatus status, int progressPercent = -1);
// How a failed track is described everywhere (list, spectrogram, tag bars): "Failed: why".
QString trackFailureText(const QString& error);

}  // namespace tagscope::ui
