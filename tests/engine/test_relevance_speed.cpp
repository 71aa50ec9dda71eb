// Issue 11's speed target: one relevance map costs at most 5 forward passes of its network on
// the same clip. Thread CPU time, best of several runs each, so other processes on the machine
// do not count; registered RUN_SERIAL (timing asserted).
#include <gtest/gtest.h>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <functional>

#include "engine/io/melgram_npy.h"
#include "engine/relevance/relevance_map.h"
#include "support/oracle.h"

namespace tagscope {
namespace {

double threadCpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + 1e-9 * double(t.tv_nsec);
}

double bestOf(int runs, const std::function<void()>& work) {
    double best = 1e30;
    for (int k = 0; k < runs; ++k) {
        const double start = threadCpuSeconds();
        work();
        best = std::min(best, threadCpuSeconds() - start);
    }
    return best;
}

class RelevanceSpeed : public ::testing::TestWithParam<NetworkKind> {};

TEST_P(RelevanceSpeed, OneMapCostsAtMostFiveForwardPasses) {
    TaggerConfig config;
    config.kind = GetParam();
    config.weightsPath = test::modelPath(networkId(config.kind) + "_weights_tensorflow.hdf5");
    const Tagger tagger(config);
    const Melgram clip = readMelgramNpy(test::referenceMelgramPaths()[3]);
    explainTag(tagger, clip, 9);  // warm-up: per-thread buffers
    const double forward = bestOf(5, [&] { tagger.predictClip(clip); });
    const double map = bestOf(5, [&] { explainTag(tagger, clip, 9); });
    std::printf("%s: forward %.1f ms, map %.1f ms (%.2f x)\n", networkId(config.kind).c_str(),
                forward * 1e3, map * 1e3, map / forward);
    EXPECT_LE(map, 5.0 * forward);
}

INSTANTIATE_TEST_SUITE_P(BothNetworks, RelevanceSpeed,
                         ::testing::Values(NetworkKind::ConvNet, NetworkKind::RecurrentNet),
                         [](const auto& info) { return networkId(info.param); });

}  // namespace
}  // namespace tagscope
