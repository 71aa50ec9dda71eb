#include "ui/model/tag_group_name.h"

#include <QCoreApplication>

namespace tagscope::ui {

QString tagGroupName(TagGroup group) {
    const char* name = "";
    switch (group) {
        case TagGroup::Genre:
            name = QT_TRANSLATE_NOOP("tagscope::ui::TagGroupName", "Genre");
            break;
        case TagGroup::Mood:
            name = QT_TRANSLATE_NOOP("tagscope::ui::TagGroupName", "Mood");
            break;
        case TagGroup::Era:
            name = QT_TRANSLATE_NOOP("tagscope::ui::TagGroupName", "Era");
            break;
        case TagGroup::Instrument:
            name = QT_TRANSLATE_NOOP("tagscope::ui::TagGroupName", "Instrument");
            break;
        case TagGroup::Vocals:
            name = QT_TRANSLATE_NOOP("tagscope::ui::TagGroupName", "Vocals");
            break;
    }
    return QCoreApplication::translate("tagscope::ui::TagGroupName", name);
}

}  // namespace tagscope::ui
