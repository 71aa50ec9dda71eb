#pragma once
// Between TagLib's strings and ours (UTF-8). Internal to engine/tagwrite.

#include <taglib/tstring.h>
#include <taglib/tstringlist.h>

#include <string>

#include "engine/tagwrite/tag_field.h"

namespace tagscope::tagwrite_detail {

inline TagLib::String toTagLib(const std::string& text) {
    return TagLib::String(text, TagLib::String::UTF8);
}

inline std::string fromTagLib(const TagLib::String& text) {
    return text.to8Bit(true);
}

inline TagLib::StringList toTagLib(const FieldValues& values) {
    TagLib::StringList list;
    for (const std::string& v : values) list.append(toTagLib(v));
    return list;
}

inline FieldValues fromTagLib(const TagLib::StringList& list) {
    FieldValues values;
    for (const TagLib::String& s : list) values.push_back(fromTagLib(s));
    return values;
}

}  // namespace tagscope::tagwrite_detail
