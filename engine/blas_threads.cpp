#include "engine/blas_threads.h"

// OpenBLAS's pool shutdown (what its own fork handler calls) and the two counts its pool and
// openblas_set_num_threads read; weak, so that another BLAS links too.
extern "C" {
int blas_thread_shutdown_(void) __attribute__((weak));
extern int blas_num_threads __attribute__((weak));
extern int blas_cpu_number __attribute__((weak));
}

namespace tagscope {

void useSingleThreadedBlas() {
    if (!blas_thread_shutdown_ || !&blas_num_threads || !&blas_cpu_number) return;
    blas_thread_shutdown_();
    // A restarted pool has blas_num_threads − 1 server threads: none.
    blas_num_threads = 1;
    blas_cpu_number = 1;
}

}  // namespace tagscope
