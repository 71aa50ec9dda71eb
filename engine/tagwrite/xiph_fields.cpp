#include "engine/tagwrite/xiph_fields.h"

#include "engine/tagwrite/taglib_text.h"

namespace tagscope::tagwrite_detail {

FieldMap readXiphFields(const TagLib::Ogg::XiphComment* comment) {
    FieldMap fields;
    if (!comment) return fields;
    const TagLib::Ogg::FieldListMap& map = comment->fieldListMap();
    for (TagField field : kTagFields) {
        const auto found = map.find(toTagLib(std::string(tagFieldName(field))));
        if (found != map.end() && !found->second.isEmpty())
            fields[field] = fromTagLib(found->second);
    }
    return fields;
}

void setXiphFields(TagLib::Ogg::XiphComment& comment, const FieldMap& fields) {
    for (const auto& [field, values] : fields) {
        const TagLib::String key = toTagLib(std::string(tagFieldName(field)));
        comment.removeFields(key);
        for (const std::string& value : values) comment.addField(key, toTagLib(value), false);
    }
}

}  // namespace tagscope::tagwrite_detail
