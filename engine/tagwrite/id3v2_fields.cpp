#include "engine/tagwrite/id3v2_fields.h"

#include <taglib/textidentificationframe.h>

#include "engine/tagwrite/taglib_text.h"

namespace tagscope::tagwrite_detail {
namespace {

using TagLib::ID3v2::TextIdentificationFrame;
using TagLib::ID3v2::UserTextIdentificationFrame;

const char* frameIdOf(TagField field) {
    return field == TagField::Genre ? "TCON" : "TMOO";
}

TextIdentificationFrame* textFrame(const TagLib::ID3v2::Tag& tag, const char* id) {
    const TagLib::ID3v2::FrameList& frames = tag.frameList(id);
    return frames.isEmpty() ? nullptr : dynamic_cast<TextIdentificationFrame*>(frames.front());
}

UserTextIdentificationFrame* tagscopeFrame(const TagLib::ID3v2::Tag& tag) {
    // find() takes a mutable tag but only reads it.
    return UserTextIdentificationFrame::find(
        const_cast<TagLib::ID3v2::Tag*>(&tag),
        toTagLib(std::string(tagFieldName(TagField::Tagscope))));
}

// A TXXX frame's fieldList() starts with its description.
FieldValues userTextValues(const UserTextIdentificationFrame& frame) {
    FieldValues values = fromTagLib(frame.fieldList());
    if (!values.empty()) values.erase(values.begin());
    return values;
}

void setTextFrame(TagLib::ID3v2::Tag& tag, const char* id, const FieldValues& values) {
    TextIdentificationFrame* frame = textFrame(tag, id);
    if (values.empty()) {
        tag.removeFrames(id);
        return;
    }
    if (!frame) {
        frame = new TextIdentificationFrame(id, TagLib::String::UTF8);
        tag.addFrame(frame);  // the tag owns it
    }
    frame->setText(toTagLib(values));
}

void setTagscopeFrame(TagLib::ID3v2::Tag& tag, const FieldValues& values) {
    UserTextIdentificationFrame* frame = tagscopeFrame(tag);
    if (values.empty()) {
        if (frame) tag.removeFrame(frame);
        return;
    }
    if (frame)
        frame->setText(toTagLib(values));
    else
        tag.addFrame(
            new UserTextIdentificationFrame(toTagLib(std::string(tagFieldName(TagField::Tagscope))),
                                            toTagLib(values), TagLib::String::UTF8));
}

}  // namespace

FieldMap readId3v2Fields(const TagLib::ID3v2::Tag* tag) {
    FieldMap fields;
    if (!tag) return fields;
    for (TagField field : {TagField::Genre, TagField::Mood})
        if (const TextIdentificationFrame* frame = textFrame(*tag, frameIdOf(field)))
            fields[field] = fromTagLib(frame->fieldList());
    if (const UserTextIdentificationFrame* frame = tagscopeFrame(*tag))
        fields[TagField::Tagscope] = userTextValues(*frame);
    return fields;
}

void setId3v2Fields(TagLib::ID3v2::Tag& tag, const FieldMap& fields) {
    for (const auto& [field, values] : fields) {
        if (field == TagField::Tagscope)
            setTagscopeFrame(tag, values);
        else
            setTextFrame(tag, frameIdOf(field), values);
    }
}

}  // namespace tagscope::tagwrite_detail
