// The pieces of tag writing that need no file: the TAGSCOPE field's text, what add and replace
// do to a field, formats by extension.
#include <gtest/gtest.h>

#include "engine/error.h"
#include "engine/tagwrite/field_plan.h"
#include "engine/tagwrite/tag_format.h"
#include "engine/tagwrite/tagscope_field.h"

namespace tagscope {
namespace {

std::vector<DecidedTag> decided() {
    return {{0, "jazz", TagGroup::Genre, 0.914f},
            {1, "mellow", TagGroup::Mood, 0.2051f},
            {2, "instrumental", TagGroup::Vocals, 0.15f},
            {3, "soul", TagGroup::Genre, 0.1f}};
}

const FieldChange& changeOf(const std::vector<FieldChange>& changes, TagField field) {
    for (const FieldChange& c : changes)
        if (c.field == field) return c;
    throw std::logic_error("no such field");
}

TEST(TagscopeField, ListsEveryLabelWithTwoDecimals) {
    const std::string text = formatTagscopeField(decided());
    EXPECT_EQ(text, "jazz=0.91; mellow=0.21; instrumental=0.15; soul=0.10");
    const std::vector<LabelProbability> back = parseTagscopeField(text);
    ASSERT_EQ(back.size(), 4u);
    EXPECT_EQ(back[2], (LabelProbability{"instrumental", 0.15}));
    EXPECT_EQ(parseTagscopeField("a=b=0.5").front().label, "a=b");
    EXPECT_TRUE(parseTagscopeField("").empty());
}

TEST(TagscopeField, RefusesWhatItCannotHold) {
    const std::vector<DecidedTag> bad = {{0, "rock; pop", TagGroup::Genre, 0.5f}};
    EXPECT_THROW(formatTagscopeField(bad), Error);
    EXPECT_THROW(parseTagscopeField("jazz"), Error);
    EXPECT_THROW(parseTagscopeField("jazz=1.5"), Error);
    EXPECT_THROW(parseTagscopeField("=0.5"), Error);
}

TEST(FieldPlan, AddKeepsCurrentValuesAndSkipsDuplicatesIgnoringCase) {
    const FieldMap current = {{TagField::Genre, {"Jazz", "Piano"}}};
    const auto changes = planFieldChanges(current, decided(), WriteMode::Add, TagFormat::Flac);
    ASSERT_EQ(changes.size(), 3u);
    EXPECT_EQ(changeOf(changes, TagField::Genre).next, (FieldValues{"Jazz", "Piano", "soul"}));
    EXPECT_EQ(changeOf(changes, TagField::Mood).current, FieldValues{});
    EXPECT_EQ(changeOf(changes, TagField::Mood).next, FieldValues{"mellow"});
    EXPECT_EQ(changeOf(changes, TagField::Tagscope).next,
              FieldValues{"jazz=0.91; mellow=0.21; instrumental=0.15; soul=0.10"});
    // Nothing new: the field is left exactly as it is.
    const FieldMap all = {{TagField::Genre, {"SOUL", "jazz"}}};
    EXPECT_FALSE(
        changeOf(planFieldChanges(all, decided(), WriteMode::Add, TagFormat::Mp3), TagField::Genre)
            .changes());
}

TEST(FieldPlan, ReplacePutsTheDecidedLabelsInPlaceButNeverEmptiesAField) {
    const FieldMap current = {{TagField::Genre, {"Piano"}}, {TagField::Mood, {"Calm"}}};
    const std::vector<DecidedTag> genresOnly = {{0, "jazz", TagGroup::Genre, 0.9f}};
    const auto changes = planFieldChanges(current, genresOnly, WriteMode::Replace, TagFormat::Mp3);
    EXPECT_EQ(changeOf(changes, TagField::Genre).next, FieldValues{"jazz"});
    EXPECT_FALSE(changeOf(changes, TagField::Mood).changes());  // no mood decided
    const auto none = planFieldChanges(current, {}, WriteMode::Replace, TagFormat::Mp3);
    for (const FieldChange& change : none) EXPECT_FALSE(change.changes());
}

TEST(FieldPlan, SingleStringFormatsJoinValues) {
    const FieldMap current = {{TagField::Genre, {"Piano; Jazz"}}};
    const auto add = planFieldChanges(current, decided(), WriteMode::Add, TagFormat::Mp4);
    EXPECT_EQ(changeOf(add, TagField::Genre).next, FieldValues{"Piano; Jazz; soul"});
    const auto replace = planFieldChanges(current, decided(), WriteMode::Replace, TagFormat::Mp4);
    EXPECT_EQ(changeOf(replace, TagField::Genre).next, FieldValues{"jazz; soul"});
    EXPECT_EQ(changedFields(replace).count(TagField::Genre), 1u);
}

TEST(FieldPlan, ModesByName) {
    EXPECT_EQ(parseWriteMode("add"), WriteMode::Add);
    EXPECT_EQ(parseWriteMode("replace"), WriteMode::Replace);
    EXPECT_FALSE(parseWriteMode("merge"));
    EXPECT_EQ(writeModeName(WriteMode::Replace), "replace");
    EXPECT_EQ(parseTagField("MOOD"), TagField::Mood);
    EXPECT_FALSE(parseTagField("ARTIST"));
}

TEST(TagFormats, ByExtensionIgnoringCase) {
    EXPECT_EQ(tagFormatOf("/m/a.MP3"), TagFormat::Mp3);
    EXPECT_EQ(tagFormatOf("a.oga"), TagFormat::OggVorbis);
    EXPECT_EQ(tagFormatOf("a.opus"), TagFormat::OggOpus);
    EXPECT_EQ(tagFormatOf("a.m4a"), TagFormat::Mp4);
    EXPECT_EQ(tagFormatOf("a.aif"), TagFormat::Aiff);
    EXPECT_FALSE(tagFormatOf("a.npy"));
    EXPECT_FALSE(tagFormatOf("mp3"));
    try {
        requireTagFormat("song.wma");
        ADD_FAILURE() << "a .wma was accepted";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("song.wma: tags cannot be written"), std::string::npos)
            << e.what();
    }
    EXPECT_TRUE(keepsSeveralValues(TagFormat::Mp3));
    EXPECT_FALSE(keepsSeveralValues(TagFormat::Mp4));
}

}  // namespace
}  // namespace tagscope
