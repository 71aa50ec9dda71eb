// tagscope-cli tag --store end to end: a warm run prints byte for byte what a cold run (and a
// run without a store) printed, and does not load a network: it still succeeds after the
// weight file's bytes are replaced by garbage (same size, modification time put back), which
// a real load refuses. The same garbage shows which files are analysed again: a changed or
// copied file needs the network (set-up error), an unchanged, touched or moved one does not.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>

#include "model_files.h"
#include "support/cli_run.h"
#include "support/oracle.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using test::CliRun;

std::string sample(const std::string& name) {
    return std::string(TAGSCOPE_TEST_SAMPLES_DIR) + "/bensound-" + name + ".mp3";
}

class CliStore : public ::testing::Test {
protected:
    CliStore() {
        weights = test::copyOf(test::modelPath("cnn_weights_tensorflow.hdf5"), models,
                               "cnn_weights_tensorflow.hdf5");
        goodWeights = test::readBytes(weights);
        weightsTime = fs::last_write_time(weights);
    }

    CliRun run(std::vector<std::string> args, bool withStore = true) const {
        args.insert(args.begin(), "tag");
        if (withStore) args.insert(args.begin() + 1, {"--store", store});
        return test::runCli(args, {{"TAGSCOPE_MODELS_DIR", models.path().string()}});
    }

    std::string song(const std::string& name, const std::string& sampleName) const {
        const std::string path = (music.path() / name).string();
        fs::copy_file(sample(sampleName), path, fs::copy_options::overwrite_existing);
        return path;
    }

    // Garbage of the same size with the same modification time: the store's record of the
    // weights still matches, but any attempt to load them fails.
    void damageWeights() const {
        std::mt19937 random(7);
        std::string garbage(goodWeights.size(), '\0');
        for (char& c : garbage) c = char(random());
        test::writeBytes(weights, garbage);
        fs::last_write_time(weights, weightsTime);
    }
    void repairWeights() const {
        test::writeBytes(weights, goodWeights);
        fs::last_write_time(weights, weightsTime);
    }

    test::TempDir models{"tagscope-cli-store-models"};
    test::TempDir music{"tagscope-cli-store-music"};
    test::TempDir work{"tagscope-cli-store"};
    std::string store = work.file("results.db");
    std::string weights, goodWeights;
    fs::file_time_type weightsTime;
};

TEST_F(CliStore, AWarmRunPrintsExactlyWhatTheColdRunPrintedWithoutLoadingTheNetwork) {
    song("cute.mp3", "cute");
    song("jazz.mp3", "thejazzpiano");
    const std::vector<std::vector<std::string>> formats = {
        {"--format", "text"},
        {"--format", "csv", "--segments"},
        {"--format", "json", "--segments"},
        {"--format", "json"},
    };
    std::vector<std::string> cold;
    for (std::vector<std::string> args : formats) {
        args.push_back(music.path().string());
        const CliRun plain = run(args, false);
        ASSERT_EQ(plain.status, 0) << plain;
        const CliRun first = run(args);
        ASSERT_EQ(first.status, 0) << first;
        EXPECT_EQ(first.out, plain.out) << "a run with a store prints what one without does";
        EXPECT_EQ(first.err, "");
        cold.push_back(first.out);
    }

    damageWeights();
    std::vector<std::string> args = formats[0];
    args.push_back(music.path().string());
    const CliRun load = run(args, false);
    EXPECT_EQ(load.status, 2) << "the damaged weights were not noticed by a real load\n" << load;

    for (std::size_t f = 0; f < formats.size(); ++f) {
        args = formats[f];
        args.push_back(music.path().string());
        const CliRun warm = run(args);
        ASSERT_EQ(warm.status, 0) << warm;
        EXPECT_EQ(warm.out, cold[f]) << formats[f][1];
        EXPECT_EQ(warm.err, "");
    }
}

std::vector<float> centralOf(const std::string& jsonText, const std::string& file) {
    for (const json& entry : json::parse(jsonText))
        if (entry.at("file") == file) {
            std::vector<float> p;
            for (const auto& [tag, value] : entry.at("probabilities").items())
                p.push_back(value.get<float>());
            return p;
        }
    ADD_FAILURE() << file << " not in " << jsonText;
    return {};
}

TEST_F(CliStore, UnchangedTouchedAndMovedFilesAreReusedChangedAndCopiedOnesAnalysed) {
    const std::string first = song("a.mp3", "cute");
    const CliRun cold = run({"--format", "json", first});
    ASSERT_EQ(cold.status, 0) << cold;
    const std::vector<float> cute = centralOf(cold.out, first);
    damageWeights();

    const CliRun unchanged = run({"--format", "json", first});
    ASSERT_EQ(unchanged.status, 0) << unchanged;
    EXPECT_EQ(unchanged.out, cold.out);

    fs::last_write_time(first, fs::last_write_time(first) + std::chrono::hours(1));
    const CliRun touched = run({"--format", "json", first});
    ASSERT_EQ(touched.status, 0) << "a touched file was analysed again\n" << touched;
    EXPECT_EQ(touched.out, cold.out);

    const std::string moved = (music.path() / "moved here.mp3").string();
    fs::rename(first, moved);
    const CliRun afterMove = run({"--format", "json", moved});
    ASSERT_EQ(afterMove.status, 0) << "a moved file was analysed again\n" << afterMove;
    EXPECT_EQ(centralOf(afterMove.out, moved), cute);

    const std::string copy = song("copy.mp3", "cute");  // beside its original: analysed
    const CliRun copied = run({"--format", "json", copy});
    EXPECT_EQ(copied.status, 2) << copied;
    EXPECT_NE(copied.err.find(weights), std::string::npos) << copied;
    fs::remove(copy);

    song("moved here.mp3", "dubstep");  // same name, other music
    const CliRun changed = run({"--format", "json", moved});
    EXPECT_EQ(changed.status, 2) << "a changed file was not analysed again\n" << changed;
    repairWeights();
    const CliRun reanalysed = run({"--format", "json", moved});
    ASSERT_EQ(reanalysed.status, 0) << reanalysed;
    const CliRun plainDubstep = run({"--format", "json", moved}, false);
    EXPECT_EQ(reanalysed.out, plainDubstep.out);
    EXPECT_NE(centralOf(reanalysed.out, moved), cute);

    damageWeights();  // and the new content is now what is stored
    const CliRun again = run({"--format", "json", moved});
    ASSERT_EQ(again.status, 0) << again;
    EXPECT_EQ(again.out, plainDubstep.out);
}

TEST_F(CliStore, ADamagedStoreIsMovedAsideNamedAndReplaced) {
    const std::string file = song("a.mp3", "cute");
    test::writeBytes(store, std::string(5000, 'x'));
    const CliRun first = run({"--format", "csv", file});
    ASSERT_EQ(first.status, 0) << first;
    EXPECT_EQ(first.out, run({"--format", "csv", file}, false).out);
    const auto warnings = test::lines(first.err);
    ASSERT_EQ(warnings.size(), 1u) << first;
    EXPECT_TRUE(warnings[0].starts_with("tagscope-cli: " + store + ": not a usable result store"))
        << first;
    const std::string aside =
        warnings[0].substr(warnings[0].find(" to ") + 4,
                           warnings[0].find(" and started") - warnings[0].find(" to ") - 4);
    EXPECT_EQ(test::readBytes(aside), std::string(5000, 'x'));
    const CliRun second = run({"--format", "csv", file});
    EXPECT_EQ(second.err, "");
}

TEST_F(CliStore, BatchNormalisationSaysTheStoreIsNotUsed) {
    const std::string file = song("a.mp3", "cute");
    const CliRun batch = run({"--norm", "batch", file});
    ASSERT_EQ(batch.status, 0) << batch;
    EXPECT_EQ(batch.err,
              "tagscope-cli: --store is not used with --norm batch (a batch's results depend on "
              "its other inputs)\n");
    EXPECT_FALSE(fs::exists(store));
}

TEST_F(CliStore, SetUpErrorsAreStillSetUpErrors) {
    const std::string file = song("a.mp3", "cute");
    const CliRun noWeights = run({"--model", "cnn", "--weights", work.file("nowhere.hdf5"), file});
    EXPECT_EQ(noWeights.status, 2) << noWeights;
    EXPECT_EQ(noWeights.err, "tagscope-cli: " + work.file("nowhere.hdf5") + ": file not found\n");

    const std::string before = test::readBytes(file);
    const CliRun storeIsInput = test::runCli({"tag", "--store", file, file},
                                             {{"TAGSCOPE_MODELS_DIR", models.path().string()}});
    EXPECT_EQ(storeIsInput.status, 2) << storeIsInput;
    EXPECT_EQ(test::readBytes(file), before);

    ASSERT_EQ(run({file}).status, 0);
    const std::string storeBytes = test::readBytes(store);
    const CliRun outputIsStore = run({"-o", store, file});
    EXPECT_EQ(outputIsStore.status, 2) << outputIsStore;
    EXPECT_NE(outputIsStore.err.find("is also the result store"), std::string::npos);
    EXPECT_EQ(test::readBytes(store), storeBytes);

    const CliRun folder = test::runCli({"tag", "--store", work.path().string(), file});
    EXPECT_EQ(folder.status, 2) << folder;

    const CliRun noValue = test::runCli({"tag", file, "--store"});
    EXPECT_EQ(noValue.status, 2) << noValue;
    EXPECT_NE(noValue.err.find("--store needs a value"), std::string::npos) << noValue;
}

}  // namespace
}  // namespace tagscope
