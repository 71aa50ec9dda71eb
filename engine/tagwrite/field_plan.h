#pragma once
// What a write would do to one file's fields: per field, the current values and the new ones.
//
// - GENRE gets the decided labels of the genre group, MOOD those of the mood group (most
//   probable first); TAGSCOPE gets every decided label with its probability
//   (tagscope_field.h), whatever its group.
// - Add mode (the default) keeps the current values and appends the decided labels not among
//   them (ignoring ASCII case); replace mode puts the decided labels in their place.
//   TAGSCOPE, Tagscope's own field, is replaced in both modes.
// - A field for which nothing is decided is left as it is, in both modes: a write never
//   empties a field.
// - Formats that keep one string per field (MP4) get the values joined with "; "; their
//   current string is split at ';' to compare.

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "engine/decisions/tag_decisions.h"
#include "engine/tagwrite/tag_field.h"
#include "engine/tagwrite/tag_format.h"

namespace tagscope {

enum class WriteMode { Add, Replace };

std::string_view writeModeName(WriteMode mode);  // "add", "replace"
std::optional<WriteMode> parseWriteMode(std::string_view name);

struct FieldChange {
    TagField field = TagField::Genre;
    FieldValues current;  // as the file holds them (empty: absent)
    FieldValues next;     // what the write leaves
    bool changes() const { return current != next; }
};

// One entry per field of kTagFields, changing or not. Throws Error if a label cannot be
// written into TAGSCOPE (tagscope_field.h).
std::vector<FieldChange> planFieldChanges(const FieldMap& current, std::span<const DecidedTag> tags,
                                          WriteMode mode, TagFormat format);

// The fields that change, with their new values: what replaceTagFields() is given.
FieldMap changedFields(std::span<const FieldChange> changes);

}  // namespace tagscope
