#include "engine/tagwrite/tag_field.h"

#include "engine/decisions/spelling.h"

namespace tagscope {

std::string_view tagFieldName(TagField field) {
    switch (field) {
        case TagField::Genre:
            return "GENRE";
        case TagField::Mood:
            return "MOOD";
        case TagField::Tagscope:
            return "TAGSCOPE";
    }
    return "";
}

std::optional<TagField> parseTagField(std::string_view name) {
    for (TagField field : kTagFields)
        if (tagFieldName(field) == name) return field;
    return std::nullopt;
}

const FieldValues& valuesOf(const FieldMap& fields, TagField field) {
    static const FieldValues none;
    const auto found = fields.find(field);
    return found == fields.end() ? none : found->second;
}

bool containsIgnoringCase(const FieldValues& values, std::string_view value) {
    for (const std::string& v : values)
        if (equalIgnoringCase(v, value)) return true;
    return false;
}

std::string joinValues(const FieldValues& values) {
    std::string joined;
    for (const std::string& v : values) {
        if (!joined.empty()) joined += "; ";
        joined += v;
    }
    return joined;
}

FieldValues splitJoinedValue(std::string_view text) {
    FieldValues values;
    while (!text.empty()) {
        const std::size_t end = std::min(text.find(';'), text.size());
        std::string_view part = text.substr(0, end);
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
        if (!part.empty()) values.emplace_back(part);
        text.remove_prefix(std::min(end + 1, text.size()));
    }
    return values;
}

}  // namespace tagscope
