#pragma once
// The fields of tag_field.h in iTunes metadata atoms (M4A/MP4). Values are read and written
// as the atom's list of strings; Tagscope plans one string per atom (several values joined
// with "; ", field_plan.h), which is what players read:
//   GENRE → ©gen, MOOD → ----:com.apple.iTunes:MOOD (as Picard writes it),
//   TAGSCOPE → ----:org.tagscope:tags.
// An empty list removes the atom. Internal to engine/tagwrite.

#include <taglib/mp4tag.h>

#include "engine/tagwrite/tag_field.h"

namespace tagscope::tagwrite_detail {

FieldMap readMp4Fields(const TagLib::MP4::Tag* tag);  // null: no fields
void setMp4Fields(TagLib::MP4::Tag& tag, const FieldMap& fields);

}  // namespace tagscope::tagwrite_detail
