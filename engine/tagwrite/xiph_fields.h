#pragma once
// The fields of tag_field.h in Vorbis comments (FLAC, Ogg Vorbis, Ogg Opus): GENRE, MOOD and
// TAGSCOPE, one comment per value. An empty list removes the field's comments. Internal to
// engine/tagwrite.

#include <taglib/xiphcomment.h>

#include "engine/tagwrite/tag_field.h"

namespace tagscope::tagwrite_detail {

FieldMap readXiphFields(const TagLib::Ogg::XiphComment* comment);  // null: no fields
void setXiphFields(TagLib::Ogg::XiphComment& comment, const FieldMap& fields);

}  // namespace tagscope::tagwrite_detail
