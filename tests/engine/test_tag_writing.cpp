// Tags into files, per format (MP3, FLAC, Ogg Vorbis, Ogg Opus, M4A, WAV, AIFF), on fixtures
// ffmpeg makes from a sample track: the write changes nothing but its fields (decoded audio
// bit-identical, artist, title, ReplayGain and cover as they were), the new fields read back
// by TagLib, ffprobe and mutagen (what Picard uses), and undo restores every field exactly.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "engine/decisions/spelling.h"
#include "engine/error.h"
#include "engine/store/content_fingerprint.h"
#include "engine/store/result_store.h"
#include "engine/tagwrite/tag_file_writer.h"
#include "engine/tagwrite/tag_write_session.h"
#include "support/cli_run.h"
#include "support/temp_dir.h"
#include "tag_fixtures.h"

namespace tagscope {
namespace {

std::string weights() {
    return std::string(TAGSCOPE_TEST_MODELS_DIR) + "/cnn_weights_tensorflow.hdf5";
}

// Thresholds that always decide a genre (jazz) and a mood (mellow), whatever the codec did to
// the probabilities.
TagDecider decider() {
    const Vocabulary vocabulary = Vocabulary::loadDefault();
    Thresholds thresholds;
    thresholds.perLabel = {{"jazz", 0.0}, {"mellow", 0.0}};
    return TagDecider(vocabulary, thresholds);
}

SessionConfig analysisConfig(std::shared_ptr<ResultStore> store = nullptr) {
    SessionConfig config;
    config.models.push_back({NetworkKind::ConvNet, weights(), NormMode::Calibrated, {}});
    config.jobs = 1;
    config.store = std::move(store);
    return config;
}

// ffprobe's tags without the fields Tagscope writes, keys folded (TagLib spells Vorbis
// comment names in capitals, ffmpeg in small letters).
std::map<std::string, std::string> otherTags(const std::map<std::string, std::string>& tags) {
    std::map<std::string, std::string> others;
    for (const auto& [key, value] : tags) {
        const std::string k = foldCase(key);
        const std::string name = k.substr(k.rfind(':') + 1);
        if (name == "genre" || name == "mood" || name == "tmoo" || name == "tagscope" ||
            name == "tags")
            continue;
        others[k] = value;
    }
    return others;
}

std::string ffprobeValue(const std::map<std::string, std::string>& tags, const std::string& key) {
    for (const auto& [k, v] : tags)
        if (foldCase(k.substr(k.rfind(':') + 1)) == foldCase(key)) return v;
    return {};
}

// What ffprobe (ffmpeg 5.1) shows of a field written with several values: Vorbis comments
// joined with ';', the first of an ID3v2.4 list, an MP4 atom's one string.
std::string ffprobeShows(TagFormat format, const FieldValues& values) {
    if (values.empty()) return {};
    if (format == TagFormat::Flac || format == TagFormat::OggVorbis ||
        format == TagFormat::OggOpus) {
        std::string joined;
        for (const std::string& v : values) joined += (joined.empty() ? "" : ";") + v;
        return joined;
    }
    return values.front();
}

std::string readBytes(const std::string& path) {
    return test::readFile(path);
}

bool mutagenAgrees(const std::string& path, const FieldMap& fields) {
    const nlohmann::json expected = {
        {"genre", valuesOf(fields, TagField::Genre)},
        {"mood", valuesOf(fields, TagField::Mood)},
        {"tagscope", joinValues(valuesOf(fields, TagField::Tagscope))}};
    std::string output;
    const bool ok = test::runCommand(
        test::quoted(TAGSCOPE_TEST_PYTHON) + " " + test::quoted(TAGSCOPE_TEST_MUTAGEN_CHECK) + " " +
            test::quoted(path) + " " + test::quoted(expected.dump()) + " 2>&1",
        output);
    EXPECT_TRUE(ok) << output;
    return ok;
}

class TagWriting : public ::testing::TestWithParam<test::TagFixture> {
protected:
    test::TempDir dir{"tagscope-tagwrite"};
};

TEST_P(TagWriting, ChangesOnlyItsFieldsAndUndoRestoresThem) {
    const test::TagFixture fixture = GetParam();
    const std::string file = dir.file(std::string("track") + fixture.extension);
    ASSERT_TRUE(test::makeTagFixture(file, fixture.cover));
    const std::string pcm = test::decodedPcmHash(file);
    const std::string cover = test::coverHash(file);
    EXPECT_EQ(cover.empty(), !fixture.cover);
    const auto probedBefore = test::ffprobeTags(file);
    const std::string bytesBefore = readBytes(file);
    const FieldMap fieldsBefore = loadTagFile(file).fields;
    // A WAV's genre is in its INFO list, which Tagscope leaves alone: its fields go to the
    // ID3 chunk.
    const bool piano = fixture.format != TagFormat::Wav;
    EXPECT_EQ(valuesOf(fieldsBefore, TagField::Genre),
              piano ? FieldValues{"Piano"} : FieldValues{});

    const TagWriteSession session(analysisConfig(), decider(), WriteMode::Add);
    const WritePlan plan = session.plan({{file}, {}});
    ASSERT_TRUE(plan.failures.empty()) << plan.failures[0].error;
    ASSERT_EQ(plan.files.size(), 1u);
    FieldMap planned;
    for (const FieldChange& change : plan.files[0].fields) planned[change.field] = change.next;
    const FieldValues& genre = planned[TagField::Genre];
    ASSERT_FALSE(genre.empty());
    if (keepsSeveralValues(fixture.format)) {
        if (piano) {
            EXPECT_EQ(genre.front(), "Piano");  // add mode keeps what was there
        }
        EXPECT_NE(std::find(genre.begin(), genre.end(), "jazz"), genre.end());
        EXPECT_NE(
            std::find(planned[TagField::Mood].begin(), planned[TagField::Mood].end(), "mellow"),
            planned[TagField::Mood].end());
    } else {
        EXPECT_TRUE(genre.size() == 1 && genre[0].starts_with("Piano; ")) << genre[0];
        EXPECT_NE(genre[0].find("jazz"), std::string::npos);
    }
    ASSERT_EQ(planned[TagField::Tagscope].size(), 1u);
    EXPECT_NE(planned[TagField::Tagscope][0].find("jazz="), std::string::npos);

    const auto journal = journalInFile(dir.file("journal.json"));
    const WriteReport report = session.write(plan, *journal);
    ASSERT_TRUE(report.failures.empty()) << report.failures[0].error;
    ASSERT_EQ(report.written, std::vector<std::string>{file});

    // Nothing else changed.
    EXPECT_EQ(test::decodedPcmHash(file), pcm);
    EXPECT_EQ(test::coverHash(file), cover);
    const auto probed = test::ffprobeTags(file);
    EXPECT_EQ(otherTags(probed), otherTags(probedBefore));
    EXPECT_EQ(ffprobeValue(probed, "artist"), "Ann Example");

    // The new fields, as TagLib, ffprobe and mutagen read them.
    EXPECT_EQ(loadTagFile(file).fields, planned);
    if (fixture.format != TagFormat::Wav) {  // WAV: see WavFieldsReadByFfprobe
        EXPECT_EQ(ffprobeValue(probed, "genre"), ffprobeShows(fixture.format, genre));
        EXPECT_EQ(ffprobeValue(probed, fixture.format == TagFormat::Mp4 ? "tags" : "TAGSCOPE"),
                  planned[TagField::Tagscope][0]);
        // ffmpeg 5.1 shows an ID3 TMOO frame under its own name.
        const bool id3 = fixture.format == TagFormat::Mp3 || fixture.format == TagFormat::Aiff;
        EXPECT_EQ(ffprobeValue(probed, id3 ? "TMOO" : "mood"),
                  ffprobeShows(fixture.format, planned[TagField::Mood]));
    }
    EXPECT_TRUE(mutagenAgrees(file, planned));

    // Undo: every field as before, the audio and the rest untouched.
    const UndoReport undo = undoLastWrite(*journal, nullptr);
    EXPECT_EQ(undo.batch, report.batch);
    EXPECT_TRUE(undo.failures.empty()) << undo.failures[0].error;
    EXPECT_EQ(undo.restored, std::vector<std::string>{canonicalStorePath(file)});
    EXPECT_EQ(loadTagFile(file).fields, fieldsBefore);
    EXPECT_EQ(test::decodedPcmHash(file), pcm);
    EXPECT_EQ(test::coverHash(file), cover);
    EXPECT_EQ(otherTags(test::ffprobeTags(file)), otherTags(probedBefore));
    EXPECT_TRUE(mutagenAgrees(file, fieldsBefore));
    EXPECT_FALSE(undoLastWrite(*journal, nullptr).batch) << "a batch is undone once";

    // Bytes: identical to ffmpeg's file only where TagLib lays the tag out as ffmpeg did
    // (docs/TAG_WRITING.md); once TagLib has written the file, write and undo are stable.
    const std::string undone = readBytes(file);
    const bool identical = undone == bytesBefore;
    EXPECT_EQ(identical, fixture.format == TagFormat::Wav);
    FieldMap restore;
    for (TagField field : kTagFields) restore[field] = valuesOf(fieldsBefore, field);
    replaceTagFields(loadTagFile(file), planned);
    replaceTagFields(loadTagFile(file), restore);
    const bool stable = readBytes(file) == undone;
    EXPECT_TRUE(stable) << "a second write and undo changed the bytes";
    std::printf(
        "[ measured ] %s: byte-identical after undo: %s (%zu -> %zu bytes); "
        "after a second write and undo: %s\n",
        fixture.extension, identical ? "yes" : "no", bytesBefore.size(), undone.size(),
        stable ? "yes" : "no");
}

// ffmpeg reads a WAV file's ID3 chunk only when there is no INFO list ("Discarding ID3 tags
// because more suitable tags were found"): without one, it shows what Tagscope wrote.
TEST(TagWritingWav, FieldsReadByFfprobeWithoutAnInfoList) {
    const test::TempDir dir("tagscope-tagwrite-wav");
    const std::string file = dir.file("bare.wav");
    ASSERT_TRUE(test::makeTagFixture(file, false, false));
    const LoadedTagFile loaded = loadTagFile(file);
    const FieldMap fields = {{TagField::Genre, {"jazz", "soul"}},
                             {TagField::Mood, {"mellow"}},
                             {TagField::Tagscope, {"jazz=0.91; soul=0.20; mellow=0.15"}}};
    replaceTagFields(loaded, fields);
    const auto probed = test::ffprobeTags(file);
    EXPECT_EQ(ffprobeValue(probed, "genre"), "jazz");
    EXPECT_EQ(ffprobeValue(probed, "TMOO"), "mellow");
    EXPECT_EQ(ffprobeValue(probed, "TAGSCOPE"), "jazz=0.91; soul=0.20; mellow=0.15");
    EXPECT_EQ(loadTagFile(file).fields, fields);
    EXPECT_TRUE(mutagenAgrees(file, fields));
}

// QuickTime "keys" metadata is invisible to TagLib, which would add iTunes atoms that players
// show instead: such a file is refused, untouched.
TEST(TagWritingMp4, QuickTimeKeysMetadataIsRefused) {
    const test::TempDir dir("tagscope-tagwrite-keys");
    const std::string file = dir.file("phone.m4a");
    std::string out;
    ASSERT_TRUE(test::runCommand(test::quoted(TAGSCOPE_TEST_FFMPEG) +
                                     " -nostdin -v error -y -f lavfi -i sine=d=1 -c:a aac "
                                     "-movflags use_metadata_tags -metadata artist=Ann " +
                                     test::quoted(file) + " 2>&1",
                                 out))
        << out;
    const std::string before = readBytes(file);
    try {
        replaceTagFields(loadTagFile(file), {{TagField::Genre, {"jazz"}}});
        ADD_FAILURE() << "a file with QuickTime keys was written";
    } catch (const Error& e) {
        EXPECT_EQ(std::string(e.what()),
                  file +
                      ": has QuickTime metadata (a keys atom), which TagLib cannot edit "
                      "without hiding it; tags not written");
    }
    EXPECT_EQ(readBytes(file), before);
}

INSTANTIATE_TEST_SUITE_P(Formats, TagWriting, ::testing::ValuesIn(test::tagFixtures()),
                         [](const auto& info) { return std::string(info.param.extension + 1); });

}  // namespace
}  // namespace tagscope
