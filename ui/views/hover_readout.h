#pragma once
// What the spectrogram says about the cell under the mouse: time, frequency with its nearest
// note, level, and the top tags of the analysis window there.

#include <QString>

namespace tagscope::ui {

// The nearest equal-tempered note with its octave (A4 = 440 Hz, C4 = middle C): "A4", "C#5".
QString noteName(double hz);

struct HoverReadout {
    double seconds = 0.0;
    double hz = 0.0;  // centre of the mel band under the cursor
    double db = 0.0;  // the melgram value of the cell under the cursor
    QString tags;     // "rock, guitar, pop"; empty: no window there (or no tags yet)
};

// "1:23.4 · 440 Hz · A4 · 12.3 dB", and on a second line "Tags: …" when there are any.
QString readoutText(const HoverReadout& readout);

}  // namespace tagscope::ui
