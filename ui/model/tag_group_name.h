#pragma once
// The vocabulary's tag groups as shown on screen (translatable, context
// "tagscope::ui::TagGroupName"): "Genre", "Mood", "Era", "Instrument", "Vocals".

#include <QString>

#include "engine/decisions/vocabulary.h"

namespace tagscope::ui {

QString tagGroupName(TagGroup group);

}  // namespace tagscope::ui
