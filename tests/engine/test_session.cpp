// The session API: batch mode's windows use the batch's statistics, a stop ends a run as
// cancelled (never as failures), and no exception leaves a job.
#include <gtest/gtest.h>

#include <new>
#include <stdexcept>

#include "engine/audio/mel_power.h"
#include "engine/audio/mel_spectrogram.h"
#include "engine/audio/track_stream.h"
#include "engine/audio/window_cutter.h"
#include "engine/error.h"
#include "engine/session/parallel_for.h"
#include "engine/session/run_guarded.h"
#include "engine/session/tagging_session.h"
#include "support/oracle.h"

namespace tagscope {
namespace {

std::string sampleMp3(const std::string& name) {
    return std::string(TAGSCOPE_TEST_SAMPLES_DIR) + "/bensound-" + name + ".mp3";
}

SessionConfig cnn(NormMode norm, bool segments) {
    SessionConfig config;
    config.models.push_back({NetworkKind::ConvNet,
                             std::string(TAGSCOPE_TEST_MODELS_DIR) + "/cnn_weights_tensorflow.hdf5",
                             norm,
                             {}});
    config.segments = segments;
    config.jobs = 2;
    return config;
}

TEST(TaggingSession, BatchWindowsUseTheBatchsStatistics) {
    const std::vector<std::string> files = {sampleMp3("cute"), sampleMp3("dubstep")};
    const TaggingSession session(cnn(NormMode::Batch, true));
    const SessionReport report = session.tag({files, {}});
    ASSERT_TRUE(report.failures.empty());
    ASSERT_EQ(report.results.size(), 2u);

    // The same computed in memory: the batch of central clips, its statistics, each window.
    std::vector<std::vector<float>> signals;
    std::vector<Melgram> centrals;
    for (const std::string& f : files) {
        signals.push_back(decodeTo12k(f));
        centrals.push_back(melgramFromSignal(signals.back().data(), signals.back().size()));
    }
    const TaggingNetwork& network = session.taggers().front()->network();
    const Calibration stats = network.calibrate({&centrals[0], &centrals[1]});
    const RowMatrixXf central = network.predict(centrals, NormMode::Batch);
    for (std::size_t i = 0; i < files.size(); ++i) {
        const TagResult& r = report.results[i];
        EXPECT_EQ(r.file, files[i]);
        for (int t = 0; t < 50; ++t)
            EXPECT_NEAR(r.probabilities[t], central(Eigen::Index(i), t), 2e-6);
        const std::vector<std::size_t> starts = windowStarts(signals[i].size(), 174720);
        ASSERT_EQ(r.segments.size(), starts.size());
        for (std::size_t k = 0; k < starts.size(); ++k) {
            const Melgram w = melgramOfWindow(signals[i].data(), signals[i].size(), starts[k]);
            const RowMatrixXf p = network.predict({&w}, NormMode::Calibrated, &stats);
            for (int t = 0; t < 50; ++t)
                EXPECT_NEAR(r.segments[k].probabilities[t], p(0, t), 2e-6) << "window " << k;
        }
    }
}

// `tag` without --segments needs one melgram per file, the central clip's: no window and no
// overview is analysed. With segments, each window's melgram is made once more.
TEST(TaggingSession, ComputesOnlyTheMelgramsTheOutputNeeds) {
    const std::vector<std::string> files = {sampleMp3("cute"), sampleMp3("dubstep")};
    const auto clipFrames = std::uint64_t(frameCount(kClipSamples));
    for (const bool segments : {false, true}) {
        const TaggingSession session(cnn(NormMode::Track, segments));
        const std::uint64_t before = melFramesAnalysed();
        const SessionReport report = session.tag({files, {}});
        const std::uint64_t analysed = melFramesAnalysed() - before;
        ASSERT_TRUE(report.failures.empty());
        ASSERT_EQ(report.results.size(), files.size());
        std::uint64_t clips = 0;
        for (const TagResult& r : report.results) {
            EXPECT_EQ(r.segments.empty(), !segments);
            clips += 1 + r.segments.size();
        }
        EXPECT_EQ(analysed, clips * clipFrames) << (segments ? "with" : "without") << " segments";
        if (!segments) {
            EXPECT_EQ(analysed, files.size() * clipFrames);
        }
    }
}

TEST(TaggingSession, AStopEndsTheRunAsCancelled) {
    const TaggingSession session(cnn(NormMode::Calibrated, true));
    std::stop_source stop;
    stop.request_stop();
    const SessionReport report =
        session.tag({{sampleMp3("cute"), sampleMp3("dubstep")}, {}}, stop.get_token());
    EXPECT_TRUE(report.cancelled);
    EXPECT_TRUE(report.results.empty());
    EXPECT_TRUE(report.failures.empty());  // cancelled is not failed
}

TEST(TaggingSession, EachFailureIsOneLineAndTheRestIsTagged) {
    const TaggingSession session(cnn(NormMode::Calibrated, false));
    const SessionReport report =
        session.tag({{"/nonexistent/a.mp3", sampleMp3("cute"), "/nonexistent/b.npy"},
                     {{"/some/folder", "/some/folder: no audio files found in this folder"}}});
    ASSERT_EQ(report.results.size(), 1u);
    EXPECT_EQ(report.results[0].file, sampleMp3("cute"));
    ASSERT_EQ(report.failures.size(), 3u);
    EXPECT_EQ(report.failures[0].file, "/some/folder");
    EXPECT_EQ(report.failures[1].error, "/nonexistent/a.mp3: file not found");
    EXPECT_EQ(report.failures[2].error, "/nonexistent/b.npy: file not found");
    EXPECT_FALSE(report.cancelled);
}

TEST(RunGuarded, EveryExceptionBecomesAnOutcome) {
    std::string error;
    EXPECT_EQ(runGuarded("f.mp3", error, [] { throw std::bad_alloc(); }), Outcome::Failed);
    EXPECT_EQ(error, "f.mp3: out of memory");
    EXPECT_EQ(runGuarded("f.mp3", error, [] { throw std::runtime_error("odd"); }), Outcome::Failed);
    EXPECT_EQ(error, "f.mp3: odd");
    EXPECT_EQ(runGuarded("f.mp3", error, [] { throw Error("f.mp3: named already"); }),
              Outcome::Failed);
    EXPECT_EQ(error, "f.mp3: named already");
    EXPECT_EQ(runGuarded("f.mp3", error, [] { throw 42; }), Outcome::Failed);
    EXPECT_EQ(error, "f.mp3: unexpected failure");
    EXPECT_EQ(runGuarded("f.mp3", error, [] { throw Cancelled(); }), Outcome::Cancelled);
    EXPECT_EQ(runGuarded("f.mp3", error, [] {}), Outcome::Done);
}

TEST(ParallelFor, StartsNothingAfterAStop) {
    std::stop_source stop;
    std::atomic<int> ran{0};
    parallelFor(1000, 2, stop.get_token(), [&](std::size_t i) {
        ++ran;
        if (i == 10) stop.request_stop();
    });
    EXPECT_LT(ran.load(), 20);
}

}  // namespace
}  // namespace tagscope
