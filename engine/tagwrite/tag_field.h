#pragma once
// The tag fields Tagscope writes into music files, and their values. Each format spells them
// its own way (tag_format.h, docs/TAG_WRITING.md); here they are named once:
// - Genre: the decided labels of the genre group;
// - Mood: the decided labels of the mood group;
// - Tagscope: every decided label with its probability (tagscope_field.h), Tagscope's own.
// A field holds a list of values; an empty list means the field is absent.

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tagscope {

enum class TagField { Genre, Mood, Tagscope };

inline constexpr std::array<TagField, 3> kTagFields{TagField::Genre, TagField::Mood,
                                                    TagField::Tagscope};

using FieldValues = std::vector<std::string>;
using FieldMap = std::map<TagField, FieldValues>;

// "GENRE", "MOOD", "TAGSCOPE": how previews, the journal and the command line name them.
std::string_view tagFieldName(TagField field);
std::optional<TagField> parseTagField(std::string_view name);

// The values of `field`, or none.
const FieldValues& valuesOf(const FieldMap& fields, TagField field);

// True if `values` holds `value`, ignoring ASCII case.
bool containsIgnoringCase(const FieldValues& values, std::string_view value);

// Values joined with "; ": the one-line form of a field, and the single value of formats that
// keep one string per field (MP4).
std::string joinValues(const FieldValues& values);
// The inverse for a single stored string: split at ';', each value trimmed, empty ones dropped.
FieldValues splitJoinedValue(std::string_view text);

}  // namespace tagscope
