#include "engine/tagwrite/mp4_fields.h"

#include "engine/tagwrite/taglib_text.h"

namespace tagscope::tagwrite_detail {
namespace {

TagLib::String atomOf(TagField field) {
    switch (field) {
        case TagField::Genre:
            return TagLib::String("\251gen", TagLib::String::Latin1);
        case TagField::Mood:
            return "----:com.apple.iTunes:MOOD";
        case TagField::Tagscope:
            return "----:org.tagscope:tags";
    }
    return "";
}

}  // namespace

FieldMap readMp4Fields(const TagLib::MP4::Tag* tag) {
    FieldMap fields;
    if (!tag) return fields;
    for (TagField field : kTagFields) {
        if (!tag->contains(atomOf(field))) continue;
        FieldValues values = fromTagLib(tag->item(atomOf(field)).toStringList());
        if (!values.empty()) fields[field] = std::move(values);
    }
    return fields;
}

void setMp4Fields(TagLib::MP4::Tag& tag, const FieldMap& fields) {
    for (const auto& [field, values] : fields) {
        if (values.empty())
            tag.removeItem(atomOf(field));
        else
            tag.setItem(atomOf(field), toTagLib(values));
    }
}

}  // namespace tagscope::tagwrite_detail
