#include "engine/tagwrite/field_plan.h"

#include "engine/tagwrite/tagscope_field.h"

namespace tagscope {
namespace {

FieldValues labelsOfGroup(std::span<const DecidedTag> tags, TagGroup group) {
    FieldValues labels;
    for (const DecidedTag& tag : tags)
        if (tag.group == group) labels.push_back(tag.name);
    return labels;
}

// The values a reader sees: a single-string format's value split at ';'.
FieldValues seenValues(const FieldValues& stored, TagFormat format) {
    if (keepsSeveralValues(format)) return stored;
    FieldValues values;
    for (const std::string& s : stored)
        for (std::string& v : splitJoinedValue(s)) values.push_back(std::move(v));
    return values;
}

FieldValues labelValues(const FieldValues& current, const FieldValues& decided, WriteMode mode,
                        TagFormat format) {
    if (decided.empty()) return current;
    FieldValues values = mode == WriteMode::Add ? seenValues(current, format) : FieldValues{};
    bool added = false;
    for (const std::string& label : decided) {
        if (containsIgnoringCase(values, label)) continue;
        values.push_back(label);
        added = true;
    }
    if (mode == WriteMode::Add && !added) return current;
    if (!keepsSeveralValues(format)) values = {joinValues(values)};
    return values;
}

}  // namespace

std::string_view writeModeName(WriteMode mode) {
    return mode == WriteMode::Add ? "add" : "replace";
}

std::optional<WriteMode> parseWriteMode(std::string_view name) {
    if (name == "add") return WriteMode::Add;
    if (name == "replace") return WriteMode::Replace;
    return std::nullopt;
}

std::vector<FieldChange> planFieldChanges(const FieldMap& current, std::span<const DecidedTag> tags,
                                          WriteMode mode, TagFormat format) {
    std::vector<FieldChange> changes;
    for (TagField field : kTagFields) {
        FieldChange change{field, valuesOf(current, field), {}};
        if (field == TagField::Tagscope)
            change.next = tags.empty() ? change.current : FieldValues{formatTagscopeField(tags)};
        else
            change.next = labelValues(
                change.current,
                labelsOfGroup(tags, field == TagField::Genre ? TagGroup::Genre : TagGroup::Mood),
                mode, format);
        changes.push_back(std::move(change));
    }
    return changes;
}

FieldMap changedFields(std::span<const FieldChange> changes) {
    FieldMap fields;
    for (const FieldChange& change : changes)
        if (change.changes()) fields[change.field] = change.next;
    return fields;
}

}  // namespace tagscope
