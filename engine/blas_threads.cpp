#include "engine/blas_threads.h"

#include <mutex>

// OpenBLAS's pool shutdown (what its own fork handler calls), the two counts its pool and
// openblas_set_num_threads read, and the thread count setter; weak, so that another BLAS links
// too.
extern "C" {
int blas_thread_shutdown_(void) __attribute__((weak));
extern int blas_num_threads __attribute__((weak));
extern int blas_cpu_number __attribute__((weak));
void openblas_set_num_threads(int) __attribute__((weak));
}

namespace tagscope {
namespace {

// Set once the thread count is one. After useSingleThreadedBlas() ensureSingleThreadedBlas() has
// nothing left to do (and calling openblas_set_num_threads would only restart the pool).
std::once_flag singleThreadSet;

}  // namespace

void useSingleThreadedBlas() {
    if (!blas_thread_shutdown_ || !&blas_num_threads || !&blas_cpu_number) return;
    blas_thread_shutdown_();
    // A restarted pool has blas_num_threads − 1 server threads: none.
    blas_num_threads = 1;
    blas_cpu_number = 1;
    std::call_once(singleThreadSet, [] {});
}

void ensureSingleThreadedBlas() {
    std::call_once(singleThreadSet, [] {
        if (openblas_set_num_threads) openblas_set_num_threads(1);
    });
}

}  // namespace tagscope
