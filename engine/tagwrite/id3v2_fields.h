#pragma once
// The fields of tag_field.h in an ID3v2.4 tag (MP3, WAV, AIFF), as Picard writes them:
//   GENRE → TCON (several values, null-separated), MOOD → TMOO,
//   TAGSCOPE → TXXX with the description "TAGSCOPE".
// A frame that exists is changed in place (its position and text encoding kept, widened by
// TagLib if a value needs it); a new one is UTF-8; an empty list removes the frame. Internal
// to engine/tagwrite.

#include <taglib/id3v2tag.h>

#include "engine/tagwrite/tag_field.h"

namespace tagscope::tagwrite_detail {

FieldMap readId3v2Fields(const TagLib::ID3v2::Tag* tag);  // null: no tag, no fields
void setId3v2Fields(TagLib::ID3v2::Tag& tag, const FieldMap& fields);

}  // namespace tagscope::tagwrite_detail
