// A tagging session with a result store: a second run gives exactly the first run's results
// without loading a network; what the stored results cannot answer is analysed.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include "engine/error.h"
#include "engine/session/tagging_session.h"
#include "engine/store/result_store.h"
#include "engine/store/sqlite_db.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {

namespace fs = std::filesystem;

std::string sampleMp3(const std::string& name) {
    return std::string(TAGSCOPE_TEST_SAMPLES_DIR) + "/bensound-" + name + ".mp3";
}

std::string weights(const std::string& network) {
    return std::string(TAGSCOPE_TEST_MODELS_DIR) + "/" + network + "_weights_tensorflow.hdf5";
}

class StoreSession : public ::testing::Test {
protected:
    SessionConfig config(std::vector<NetworkKind> networks, bool segments, double hop = 14.56,
                         NormMode norm = NormMode::Calibrated) {
        SessionConfig c;
        for (NetworkKind kind : networks)
            c.models.push_back(
                {kind, weights(kind == NetworkKind::ConvNet ? "cnn" : "rnn"), norm, {}});
        c.segments = segments;
        c.hopSeconds = hop;
        c.jobs = 2;
        c.store = store;
        return c;
    }

    test::TempDir dir{"tagscope-store-session"};
    std::shared_ptr<ResultStore> store = ResultStore::open(dir.file("results.db")).store;
    ExpandedInputs inputs{{sampleMp3("cute"), sampleMp3("thejazzpiano")}, {}};
};

void expectSameResults(const SessionReport& a, const SessionReport& b) {
    ASSERT_EQ(a.results.size(), b.results.size());
    for (std::size_t r = 0; r < a.results.size(); ++r) {
        EXPECT_EQ(a.results[r].file, b.results[r].file);
        EXPECT_EQ(a.results[r].model, b.results[r].model);
        EXPECT_EQ(a.results[r].weights, b.results[r].weights);
        EXPECT_EQ(a.results[r].norm, b.results[r].norm);
        EXPECT_EQ(a.results[r].probabilities, b.results[r].probabilities);
        ASSERT_EQ(a.results[r].segments.size(), b.results[r].segments.size());
        // Levels (the silence warnings) and the track embedding exactly; the windows'
        // embeddings as float16 keeps them.
        EXPECT_EQ(a.results[r].centralLevel.paddingShare, b.results[r].centralLevel.paddingShare);
        EXPECT_EQ(a.results[r].centralLevel.rmsDb, b.results[r].centralLevel.rmsDb);
        EXPECT_EQ(a.results[r].embedding, b.results[r].embedding);
        EXPECT_FALSE(a.results[r].embedding.empty());
        for (std::size_t w = 0; w < a.results[r].segments.size(); ++w) {
            const SegmentResult &x = a.results[r].segments[w], &y = b.results[r].segments[w];
            EXPECT_EQ(x.startSeconds, y.startSeconds);
            EXPECT_EQ(x.probabilities, y.probabilities);
            EXPECT_EQ(x.level.paddingShare, y.level.paddingShare);
            EXPECT_EQ(x.level.rmsDb, y.level.rmsDb);
            ASSERT_EQ(x.embedding.size(), y.embedding.size());
            for (std::size_t k = 0; k < x.embedding.size(); ++k)
                EXPECT_NEAR(x.embedding[k], y.embedding[k], std::abs(x.embedding[k]) / 2048.0f);
        }
    }
}

TEST_F(StoreSession, ASecondRunTakesEverythingFromTheStoreWithoutLoadingANetwork) {
    const TaggingSession first(config({NetworkKind::ConvNet}, true));
    EXPECT_FALSE(first.taggersLoaded());
    const SessionReport cold = first.tag(inputs);
    ASSERT_TRUE(cold.failures.empty());
    EXPECT_TRUE(cold.warnings.empty());
    EXPECT_TRUE(first.taggersLoaded());

    SessionConfig plainConfig = config({NetworkKind::ConvNet}, true);
    plainConfig.store = nullptr;
    expectSameResults(TaggingSession(plainConfig).tag(inputs), cold);

    const TaggingSession second(config({NetworkKind::ConvNet}, true));
    const SessionReport warm = second.tag(inputs);
    EXPECT_FALSE(second.taggersLoaded());
    expectSameResults(warm, cold);

    // Without windows the stored central results answer too.
    const TaggingSession centralOnly(config({NetworkKind::ConvNet}, false));
    const SessionReport central = centralOnly.tag(inputs);
    EXPECT_FALSE(centralOnly.taggersLoaded());
    ASSERT_EQ(central.results.size(), 2u);
    EXPECT_EQ(central.results[0].probabilities, cold.results[0].probabilities);
    EXPECT_TRUE(central.results[0].segments.empty());
}

// Results saved before schema version 4 have no embedding: analysed once more, then served.
TEST_F(StoreSession, AResultWithoutEmbeddingIsAnalysedAgainOnce) {
    const SessionReport cold =
        TaggingSession(config({NetworkKind::RecurrentNet}, true)).tag(inputs);
    ASSERT_EQ(cold.results.size(), 2u);
    EXPECT_EQ(cold.results[0].embedding.size(), 32u);
    EXPECT_EQ(cold.results[0].segments.at(0).embedding.size(), 32u);
    {
        sqlite::Database raw(dir.file("results.db"));
        raw.exec(
            "UPDATE results SET embedding = NULL, window_embeddings = NULL, "
            "window_levels = NULL, central_padding = NULL, central_rms_db = NULL");
    }
    const TaggingSession again(config({NetworkKind::RecurrentNet}, true));
    expectSameResults(again.tag(inputs), cold);
    EXPECT_TRUE(again.taggersLoaded());
    const TaggingSession warm(config({NetworkKind::RecurrentNet}, true));
    expectSameResults(warm.tag(inputs), cold);
    EXPECT_FALSE(warm.taggersLoaded());
}

TEST_F(StoreSession, WhatTheStoreCannotAnswerIsAnalysed) {
    const SessionReport cold = TaggingSession(config({NetworkKind::ConvNet}, false)).tag(inputs);
    ASSERT_EQ(cold.results.size(), 2u);

    const TaggingSession windows(config({NetworkKind::ConvNet}, true));  // no windows stored
    EXPECT_EQ(windows.tag(inputs).results.at(0).probabilities, cold.results[0].probabilities);
    EXPECT_TRUE(windows.taggersLoaded());

    const TaggingSession otherHop(config({NetworkKind::ConvNet}, true, 1.0));
    const SessionReport hop1 = otherHop.tag(inputs);
    EXPECT_TRUE(otherHop.taggersLoaded());
    ASSERT_GE(hop1.results.at(0).segments.size(), 2u);
    EXPECT_EQ(hop1.results[0].segments[1].startSeconds, 1.0);
    const TaggingSession sameHop(config({NetworkKind::ConvNet}, true, 1.0));
    sameHop.tag(inputs);
    EXPECT_FALSE(sameHop.taggersLoaded());

    const TaggingSession track(config({NetworkKind::ConvNet}, false, 14.56, NormMode::Track));
    const SessionReport trackNorm = track.tag(inputs);
    EXPECT_TRUE(track.taggersLoaded());  // another configuration: its own results
    EXPECT_NE(trackNorm.results.at(0).probabilities, cold.results[0].probabilities);

    // Both networks: the CNN's results are stored, only the RNN's are new.
    const TaggingSession both(config({NetworkKind::ConvNet, NetworkKind::RecurrentNet}, false));
    const SessionReport two = both.tag(inputs);
    ASSERT_EQ(two.results.size(), 4u);
    EXPECT_EQ(two.results[0].probabilities, cold.results[0].probabilities);
    EXPECT_EQ(two.results[1].model, NetworkKind::RecurrentNet);
    const TaggingSession bothAgain(
        config({NetworkKind::ConvNet, NetworkKind::RecurrentNet}, false));
    expectSameResults(bothAgain.tag(inputs), two);
    EXPECT_FALSE(bothAgain.taggersLoaded());
}

TEST_F(StoreSession, BatchNormalisationNeitherReadsNorWritesTheStore) {
    const TaggingSession batch(config({NetworkKind::ConvNet}, false, 14.56, NormMode::Batch));
    EXPECT_EQ(batch.tag(inputs).results.size(), 2u);
    EXPECT_TRUE(store->files().empty());
}

TEST_F(StoreSession, MissingModelFilesAreStillSetUpErrors) {
    SessionConfig missing = config({NetworkKind::ConvNet}, false);
    missing.models[0].weightsPath = dir.file("nowhere.hdf5");
    try {
        TaggingSession session(missing);
        ADD_FAILURE() << "a session without its weights";
    } catch (const Error& e) {
        EXPECT_EQ(std::string(e.what()), dir.file("nowhere.hdf5") + ": file not found");
    }
    SessionConfig noCalibration = config({NetworkKind::ConvNet}, false);
    noCalibration.models[0].calibrationPath = dir.file("nowhere.calibration.json");
    EXPECT_THROW(TaggingSession{noCalibration}, Error);
}

TEST_F(StoreSession, FailuresAreReportedAsWithoutAStoreAndNotStored) {
    const std::string missing = dir.file("missing.mp3");
    const ExpandedInputs withMissing{{missing, sampleMp3("cute")}, {}};
    SessionConfig plainConfig = config({NetworkKind::ConvNet}, false);
    plainConfig.store = nullptr;
    const SessionReport plain = TaggingSession(plainConfig).tag(withMissing);
    const SessionReport stored =
        TaggingSession(config({NetworkKind::ConvNet}, false)).tag(withMissing);
    ASSERT_EQ(stored.failures.size(), 1u);
    ASSERT_EQ(plain.failures.size(), 1u);
    EXPECT_EQ(stored.failures[0].error, plain.failures[0].error);
    EXPECT_EQ(store->files().size(), 1u);
}

}  // namespace
}  // namespace tagscope
