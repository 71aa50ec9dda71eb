// tagscope-cli against hostile and unusual inputs and outputs: every input named gives results
// or a one-line message, nothing hangs or grows with the input's length, outputs never destroy
// data.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/cli_run.h"
#include "support/oracle.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {
namespace fs = std::filesystem;
using test::CliRun;
using test::lines;
using test::readFile;
using test::runCli;
using test::split;
using test::TempDir;

std::string sampleMp3(const std::string& name = "bensound-cute") {
    return std::string(TAGSCOPE_TEST_SAMPLES_DIR) + "/" + name + ".mp3";
}

// A 16-bit mono WAV of `seconds` at `rate` Hz: a quiet tone with some noise.
void writeWav(const std::string& path, int rate, double seconds) {
    const auto n = std::uint64_t(seconds * rate);
    std::ofstream out(path, std::ios::binary);
    auto put = [&](std::uint32_t v, int bytes) {
        for (int i = 0; i < bytes; ++i) out.put(char((v >> (8 * i)) & 0xff));
    };
    out.write("RIFF", 4);
    put(std::uint32_t(36 + 2 * n), 4);
    out.write("WAVEfmt ", 8);
    put(16, 4);
    put(1, 2);
    put(1, 2);
    put(std::uint32_t(rate), 4);
    put(std::uint32_t(2 * rate), 4);
    put(2, 2);
    put(16, 2);
    out.write("data", 4);
    put(std::uint32_t(2 * n), 4);
    std::vector<std::int16_t> block(1 << 16);
    std::uint32_t noise = 1;
    for (std::uint64_t done = 0; done < n;) {
        const std::size_t count = std::size_t(std::min<std::uint64_t>(block.size(), n - done));
        for (std::size_t i = 0; i < count; ++i, ++done) {
            noise = noise * 1664525u + 1013904223u;
            block[i] = std::int16_t(int((done * 440 / std::uint64_t(rate)) % 2 ? 2000 : -2000) +
                                    int(noise >> 22) - 512);
        }
        out.write(reinterpret_cast<const char*>(block.data()), std::streamsize(count * 2));
    }
}

TEST(CliRobustness, OutputThatIsAnInputIsRefused) {
    const TempDir dir;
    const std::string mp3 = dir.file("in.mp3"), npy = dir.file("in.npy");
    fs::copy_file(sampleMp3(), mp3);
    fs::copy_file(test::referenceMelgramPaths()[0], npy);
    fs::create_symlink(mp3, dir.file("link.csv"));
    const std::string before = readFile(mp3), npyBefore = readFile(npy);
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"tag", "-o", mp3, mp3},
             {"tag", "--format", "csv", "-o", dir.file("link.csv"), mp3},
             {"tag", "-o", mp3, dir.path().string()},
             {"melgram", "-o", npy, npy},
             {"calibrate", "-o", mp3, mp3}}) {
        const CliRun run = runCli(args);
        EXPECT_EQ(run.status, 2) << run;
        EXPECT_NE(run.err.find("is also an input"), std::string::npos) << run;
    }
    EXPECT_EQ(readFile(mp3), before);
    EXPECT_EQ(readFile(npy), npyBefore);
}

TEST(CliRobustness, DevNullStaysADevice) {
    const CliRun run = runCli({"tag", "-o", "/dev/null", test::referenceMelgramPaths()[0]});
    EXPECT_EQ(run.status, 0) << run;
    struct stat st {};
    ASSERT_EQ(::stat("/dev/null", &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));
}

TEST(CliRobustness, EveryNamedFolderGivesResultsOrAMessage) {
    const TempDir dir;
    fs::create_directories(dir.path() / "empty");
    std::ofstream(dir.file("empty/notes.txt")) << "no music here\n";
    const fs::path music = dir.path() / "music";
    fs::create_directories(music / "sub");
    fs::copy_file(sampleMp3(), music / "sub" / "good.mp3");
    fs::create_symlink(music / "nowhere.mp3", music / "dangling.mp3");
    fs::create_symlink(music / "loop-b.mp3", music / "loop-a.mp3");
    fs::create_symlink(music / "loop-a.mp3", music / "loop-b.mp3");
    fs::create_symlink(music / "nowhere.jpg", music / "cover.jpg");  // not audio: no word
    fs::create_directory_symlink(music, music / "sub" / "back-up");  // a folder cycle
    ASSERT_EQ(::mkfifo((music / "pipe.mp3").c_str(), 0600), 0);

    const CliRun run =
        runCli({"tag", "--format", "csv", dir.file("empty"), music.string()}, {}, 60.0);
    EXPECT_FALSE(run.timedOut) << run;
    EXPECT_EQ(run.status, 1) << run;
    EXPECT_NE(run.err.find(dir.file("empty") + ": no audio files found"), std::string::npos) << run;
    EXPECT_NE(run.err.find("dangling.mp3: dangling symbolic link"), std::string::npos) << run;
    EXPECT_NE(run.err.find("loop-a.mp3: symbolic link loop"), std::string::npos) << run;
    EXPECT_NE(run.err.find("pipe.mp3: is a FIFO"), std::string::npos) << run;
    EXPECT_EQ(run.err.find("cover.jpg"), std::string::npos) << run;
    const std::vector<std::string> rows = lines(run.out);
    ASSERT_EQ(rows.size(), 2u) << run;  // header + good.mp3, once despite the cycle
    EXPECT_NE(rows[1].find("good.mp3"), std::string::npos);
}

TEST(CliRobustness, PathProblemsSayWhatIsWrong) {
    const TempDir dir;
    ASSERT_EQ(::mkfifo(dir.file("pipe.mp3").c_str(), 0600), 0);
    ASSERT_EQ(::mkfifo(dir.file("pipe.hdf5").c_str(), 0600), 0);
    fs::create_symlink(dir.file("self.mp3"), dir.file("self.mp3"));
    const std::string longName = dir.file(std::string(300, 'x') + ".mp3");
    struct Case {
        std::vector<std::string> args;
        int status;
        std::string message;
    };
    const std::vector<Case> cases = {
        {{"tag", dir.file("pipe.mp3")}, 1, "pipe.mp3: is a FIFO"},
        {{"tag", "--model", "cnn", "--weights", dir.file("pipe.hdf5"), dir.file("pipe.mp3")},
         2,
         "pipe.hdf5: is a FIFO"},
        {{"tag", dir.file("self.mp3")}, 1, "self.mp3: too many levels of symbolic links"},
        {{"tag", longName}, 1, ": file name too long"},
        {{"tag", dir.file("missing.mp3")}, 1, "missing.mp3: file not found"},
    };
    for (const Case& c : cases) {
        const CliRun run = runCli(c.args, {}, 30.0);
        EXPECT_FALSE(run.timedOut) << run;
        EXPECT_EQ(run.status, c.status) << run;
        EXPECT_NE(run.err.find(c.message), std::string::npos) << run;
        EXPECT_EQ(lines(run.err).size(), 1u) << run;
    }
}

TEST(CliRobustness, SegmentsOfAMelgramAreTheMelgramItself) {
    const std::vector<std::string> npys = test::referenceMelgramPaths();
    const CliRun plain = runCli({"tag", "--format", "csv", npys[0], npys[1]});
    const CliRun segments = runCli({"tag", "--format", "csv", "--segments", npys[0], npys[1]});
    ASSERT_EQ(segments.status, 0) << segments;
    const std::vector<std::string> a = lines(plain.out), b = lines(segments.out);
    ASSERT_EQ(b.size(), 3u) << segments;
    for (std::size_t row = 1; row < 3; ++row) {
        std::vector<std::string> fields = split(b[row], ',');
        ASSERT_EQ(fields.size(), 53u);
        EXPECT_EQ(fields[2], "0.00");
        fields.erase(fields.begin() + 2);
        EXPECT_EQ(fields, split(a[row], ','));
    }
}

TEST(CliRobustness, ImplausibleAudioIsRefusedAtOnce) {
    const TempDir dir;
    writeWav(dir.file("one-hertz.wav"), 1, 100000);  // 200 KB; 27 hours at 1 Hz
    const CliRun run = runCli({"tag", dir.file("one-hertz.wav")}, {}, 20.0);
    EXPECT_EQ(run.status, 1) << run;
    EXPECT_NE(run.err.find("sample rate 1 Hz is outside"), std::string::npos) << run;
    EXPECT_LT(run.seconds, 5.0) << run;
    EXPECT_LT(run.peakRssKb, 300 * 1024) << run;
}

// Three hours (a long DJ mix or radio show) stream through in bounded memory.
TEST(CliRobustness, LongTracksStreamInBoundedMemory) {
    const TempDir dir;
    const std::string wav = dir.file("three-hours.wav");
    writeWav(wav, 12000, 3 * 3600.0);  // 259 MB; 12 kHz: no resampling, so this runs fast
    const CliRun run = runCli(
        {"tag", "--segments", "--hop", "900", "--format", "csv", "-o", dir.file("out.csv"), wav},
        {}, 300.0);
    ASSERT_EQ(run.status, 0) << run;
    std::printf("3 h WAV, --segments --hop 900: %.1f s, peak RSS %ld MB\n", run.seconds,
                run.peakRssKb / 1024);
    // The signal alone would be 518 MB at 12 kHz float.
    EXPECT_LT(run.peakRssKb, 300 * 1024) << run;
    // Windows every 15 minutes, the last (at 3:00:00) the first to reach the end.
    EXPECT_EQ(lines(readFile(dir.file("out.csv"))).size(), 1u + 13u);
    // The limit is a setting: the same file against a two-hour limit.
    const CliRun limited = runCli({"tag", "--max-duration", "2", wav}, {}, 300.0);
    EXPECT_EQ(limited.status, 1) << limited;
    EXPECT_NE(limited.err.find("longer than the 2 h limit"), std::string::npos) << limited;
}

TEST(CliRobustness, OutputIsTheSameUnderACommaDecimalLocale) {
    const std::string npy = test::referenceMelgramPaths()[0];
    const CliRun plain = runCli({"tag", "--format", "csv", npy});
    const CliRun german = runCli({"tag", "--format", "csv", npy},
                                 {{"LC_ALL", "de_DE.UTF-8"}, {"LANG", "de_DE.UTF-8"}});
    EXPECT_EQ(german.status, 0) << german;
    EXPECT_EQ(german.out, plain.out);
}

TEST(CliRobustness, FileNamesThatAreNotUtf8GiveValidJson) {
    const TempDir dir;
    const std::string odd = dir.file("caf\xe9-\xff.npy");  // Latin-1 bytes, not UTF-8
    fs::copy_file(test::referenceMelgramPaths()[0], odd);
    const CliRun run = runCli({"tag", "--format", "json", odd, dir.file("gone-\xfe.npy")});
    EXPECT_EQ(run.status, 1) << run;
    nlohmann::json parsed;
    ASSERT_NO_THROW(parsed = nlohmann::json::parse(run.out)) << run.out;
    ASSERT_EQ(parsed.size(), 2u);
    EXPECT_NE(parsed[0]["file"].get<std::string>().find("\xef\xbf\xbd"), std::string::npos);
    EXPECT_TRUE(parsed[1].contains("error"));
}

}  // namespace
}  // namespace tagscope
