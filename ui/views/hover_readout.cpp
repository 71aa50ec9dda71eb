#include "ui/views/hover_readout.h"

#include <QCoreApplication>
#include <QLocale>
#include <array>
#include <cmath>

#include "ui/views/time_ticks.h"

namespace tagscope::ui {

QString noteName(double hz) {
    if (!(hz > 0.0)) return {};
    static constexpr std::array<const char*, 12> kNames = {"C",  "C#", "D",  "D#", "E",  "F",
                                                           "F#", "G",  "G#", "A",  "A#", "B"};
    const int midi = int(std::lround(69.0 + 12.0 * std::log2(hz / 440.0)));
    const int octave = int(std::floor(midi / 12.0)) - 1;
    const int pitch = ((midi % 12) + 12) % 12;
    return QString::fromLatin1(kNames[std::size_t(pitch)]) + QString::number(octave);
}

QString readoutText(const HoverReadout& r) {
    const QLocale locale;
    const QString hz = r.hz >= 1000.0
                           ? QCoreApplication::translate("tagscope::ui::HoverReadout", "%1 kHz")
                                 .arg(locale.toString(r.hz / 1000.0, 'f', 2))
                           : QCoreApplication::translate("tagscope::ui::HoverReadout", "%1 Hz")
                                 .arg(locale.toString(r.hz, 'f', 0));
    const QString db = QCoreApplication::translate("tagscope::ui::HoverReadout", "%1 dB")
                           .arg(locale.toString(r.db, 'f', 1));
    const QString dot = QStringLiteral(" · ");
    QString text = formatTime(r.seconds, 0.1) + dot + hz + dot + noteName(r.hz) + dot + db;
    if (!r.tags.isEmpty())
        text += QLatin1Char('\n') +
                QCoreApplication::translate("tagscope::ui::HoverReadout", "Tags: %1").arg(r.tags);
    return text;
}

}  // namespace tagscope::ui
