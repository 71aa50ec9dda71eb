// engine/blas_threads: the engine's BLAS runs on one thread, whether or not main() ended the
// pool. Each check runs in a fresh process (a "threadsafe" death test re-executes this binary),
// where nothing has set the thread count yet.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <vector>

#include "engine/blas_threads.h"
#include "engine/layers/conv2d.h"

extern "C" {
int openblas_get_num_threads(void);
void openblas_set_num_threads(int);
}

namespace tagscope {
namespace {

int threadsInProcess() {
    int count = 0;
    for ([[maybe_unused]] const auto& entry :
         std::filesystem::directory_iterator("/proc/self/task"))
        ++count;
    return count;
}

// Two input channels and no Winograd weights: the im2col + GEMM path, which calls BLAS.
void convolveThroughBlas() {
    Conv2dWeights weights;
    weights.outChannels = 3;
    weights.inChannels = 2;
    weights.kernel.assign(3 * 2 * 9, 0.5f);
    weights.bias.assign(3, 0.0f);
    const std::vector<float> in(2 * 8 * 8, 1.0f);
    std::vector<float> out(3 * 8 * 8);
    ConvScratch scratch;
    conv2d3x3(in.data(), 8, 8, weights, out.data(), scratch);
}

// Exit code 0 when the condition holds, else one naming the step that failed.
[[noreturn]] void exitWith(int failedStep) {
    std::exit(failedStep);
}

class BlasThreads : public ::testing::Test {
protected:
    void SetUp() override { GTEST_FLAG_SET(death_test_style, "threadsafe"); }
};

TEST_F(BlasThreads, ConvolutionAloneRunsBlasOnOneThread) {
    EXPECT_EXIT(
        {
            openblas_set_num_threads(2);  // as OpenBLAS starts on a machine with two cores
            if (openblas_get_num_threads() != 2) exitWith(1);
            convolveThroughBlas();
            exitWith(openblas_get_num_threads() == 1 ? 0 : 2);
        },
        ::testing::ExitedWithCode(0), "");
}

TEST_F(BlasThreads, EnsureIsIdempotentFromAnyThreadCount) {
    EXPECT_EXIT(
        {
            openblas_set_num_threads(2);
            ensureSingleThreadedBlas();
            if (openblas_get_num_threads() != 1) exitWith(1);
            ensureSingleThreadedBlas();
            exitWith(openblas_get_num_threads() == 1 ? 0 : 2);
        },
        ::testing::ExitedWithCode(0), "");
}

// At the start of main the pool's server thread ends, and neither the engine's own call nor a
// later openblas_set_num_threads starts it again.
TEST_F(BlasThreads, StartOfMainEndsTheServerThreadForGood) {
    EXPECT_EXIT(
        {
            openblas_set_num_threads(2);  // one server thread beside this one
            if (threadsInProcess() != 2) exitWith(1);
            useSingleThreadedBlas();
            if (threadsInProcess() != 1) exitWith(2);
            convolveThroughBlas();
            if (openblas_get_num_threads() != 1) exitWith(3);
            if (threadsInProcess() != 1) exitWith(4);
            openblas_set_num_threads(1);  // as another library might: restarts an empty pool
            exitWith(threadsInProcess() == 1 ? 0 : 5);
        },
        ::testing::ExitedWithCode(0), "");
}

}  // namespace
}  // namespace tagscope
