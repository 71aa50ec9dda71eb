#include "ui/views/tag_display_name.h"

#include <QCoreApplication>
#include <array>

#include "engine/tags.h"

namespace tagscope::ui {
namespace {

// Parallel to tagNames(); QT_TRANSLATE_NOOP lets lupdate collect them.
constexpr std::array<const char*, kTagCount> kDisplayNames = {
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "rock"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "pop"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "alternative"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "indie"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "electronic"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "female vocalists"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "dance"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "2000s"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "alternative rock"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "jazz"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "beautiful"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "metal"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "chillout"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "male vocalists"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "classic rock"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "soul"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "indie rock"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "mellow"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "electronica"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "80s"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "folk"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "90s"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "chill"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "instrumental"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "punk"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "oldies"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "blues"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "hard rock"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "ambient"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "acoustic"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "experimental"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "female vocalist"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "guitar"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "Hip-Hop"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "70s"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "party"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "country"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "easy listening"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "sexy"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "catchy"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "funk"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "electro"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "heavy metal"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "progressive rock"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "60s"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "R&B"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "indie pop"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "sad"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "house"),
    QT_TRANSLATE_NOOP("tagscope::ui::TagName", "happy"),
};

bool inRange(int tagIndex) {
    return tagIndex >= 0 && tagIndex < int(kTagCount);
}

}  // namespace

QString tagDisplayName(int tagIndex) {
    if (!inRange(tagIndex)) return {};
    return QCoreApplication::translate("tagscope::ui::TagName",
                                       kDisplayNames[std::size_t(tagIndex)]);
}

QString tagRawName(int tagIndex) {
    if (!inRange(tagIndex)) return {};
    const std::string_view name = tagNames()[std::size_t(tagIndex)];
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

}  // namespace tagscope::ui
