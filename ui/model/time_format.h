#pragma once
// Times as the UI prints them: m:ss (or h:mm:ss for long tracks).

#include <QString>

namespace tagscope::ui {

QString formatTime(double seconds);

}  // namespace tagscope::ui
