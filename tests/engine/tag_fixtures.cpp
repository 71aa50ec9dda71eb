#include "tag_fixtures.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "engine/store/xxhash64.h"
#include "support/temp_dir.h"

namespace tagscope::test {
namespace {

std::string sampleTrack() {
    return std::string(TAGSCOPE_TEST_SAMPLES_DIR) + "/bensound-thejazzpiano.mp3";
}

std::string ffmpeg() {
    return quoted(TAGSCOPE_TEST_FFMPEG) + " -nostdin -v error -y ";
}

std::string hashOf(const std::string& bytes) {
    Xxh64 hash;
    hash.update(bytes);
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash.digest()));
    return text;
}

std::string codecFor(const std::string& path) {
    const std::string extension = path.substr(path.rfind('.'));
    if (extension == ".mp3") return "-c:a libmp3lame -b:a 128k -id3v2_version 4";
    if (extension == ".flac") return "-c:a flac";
    if (extension == ".ogg") return "-c:a libvorbis";
    if (extension == ".opus") return "-c:a libopus";
    if (extension == ".m4a") return "-c:a aac";
    if (extension == ".wav") return "-c:a pcm_s16le";
    return "-c:a pcm_s16be -write_id3v2 1";  // .aiff
}

}  // namespace

const std::vector<TagFixture>& tagFixtures() {
    static const std::vector<TagFixture> fixtures = {
        {TagFormat::Mp3, ".mp3", true},        {TagFormat::Flac, ".flac", true},
        {TagFormat::OggVorbis, ".ogg", false}, {TagFormat::OggOpus, ".opus", false},
        {TagFormat::Mp4, ".m4a", true},        {TagFormat::Wav, ".wav", false},
        {TagFormat::Aiff, ".aiff", false}};
    return fixtures;
}

std::string quoted(const std::string& path) {
    std::string q = "'";
    for (char c : path) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

bool runCommand(const std::string& command, std::string& output) {
    output.clear();
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return false;
    char buffer[1 << 16];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;)
        output.append(buffer, n);
    return ::pclose(pipe) == 0;
}

bool makeTagFixture(const std::string& path, bool cover, bool withMetadata) {
    const std::string folder = path.substr(0, path.rfind('/'));
    const std::string image = folder + "/cover.png";
    std::string out;
    if (cover && !runCommand(ffmpeg() + "-f lavfi -i color=c=red:s=32x32 -frames:v 1 " +
                                 quoted(image) + " 2>&1",
                             out)) {
        ADD_FAILURE() << "ffmpeg could not make a cover: " << out;
        return false;
    }
    std::string command = ffmpeg() + "-t 3 -i " + quoted(sampleTrack());
    if (cover)
        command += " -i " + quoted(image) +
                   " -map 0:a -map 1:v -c:v copy "
                   "-disposition:v attached_pic -metadata:s:v comment='Cover (front)'";
    command += " -map_metadata -1 -fflags +bitexact " + codecFor(path);
    if (withMetadata)
        command +=
            " -metadata artist='Ann Example' -metadata title=Tune -metadata genre=Piano "
            "-metadata REPLAYGAIN_TRACK_GAIN='-6.50 dB'";
    if (!runCommand(command + " " + quoted(path) + " 2>&1", out)) {
        ADD_FAILURE() << "ffmpeg could not make " << path << ": " << out;
        return false;
    }
    return true;
}

std::string decodedPcmHash(const std::string& path) {
    std::string pcm;
    EXPECT_TRUE(runCommand(ffmpeg() + "-i " + quoted(path) + " -map 0:a -f s16le -", pcm)) << path;
    EXPECT_GT(pcm.size(), 100'000u) << path;
    return hashOf(pcm);
}

std::string coverHash(const std::string& path) {
    std::string image;
    if (!runCommand(
            ffmpeg() + "-i " + quoted(path) + " -map 0:v -c copy -f image2pipe - 2>/dev/null",
            image) ||
        image.empty())
        return {};
    return hashOf(image);
}

std::map<std::string, std::string> ffprobeTags(const std::string& path) {
    std::string text;
    EXPECT_TRUE(runCommand(quoted(TAGSCOPE_TEST_FFPROBE) +
                               " -v error -show_entries format_tags:stream_tags -of json " +
                               quoted(path),
                           text))
        << path;
    std::map<std::string, std::string> tags;
    const nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
    if (doc.is_discarded()) return tags;
    if (doc.contains("format") && doc["format"].contains("tags"))
        for (const auto& [key, value] : doc["format"]["tags"].items())
            tags[key] = value.get<std::string>();
    if (doc.contains("streams"))
        for (const auto& stream : doc["streams"])
            if (stream.contains("tags"))
                for (const auto& [key, value] : stream["tags"].items())
                    tags["stream:" + key] = value.get<std::string>();
    return tags;
}

}  // namespace tagscope::test
