#pragma once
// The engine runs BLAS on one thread per caller (parallelism is per file), but OpenBLAS starts
// a server thread per core when it is loaded, and each new one spins (sched_yield) for about a
// tenth of a second before it sleeps: ~45 ms of CPU taken from the jobs at every start-up.
// This file is the one place that owns that setting. Does nothing with a BLAS other than
// OpenBLAS.

namespace tagscope {

// Ends OpenBLAS's server threads and sets its thread count to one, so that none is started
// again (openblas_set_num_threads restarts a pool that was shut down). Call at the start of
// main(), before any other thread exists: ending the pool while another thread is inside a
// BLAS call would pull its workers from under it.
void useSingleThreadedBlas();

// Sets OpenBLAS's thread count to one, once per process; safe from any thread at any time (the
// pool's threads stay, asleep). Every engine entry that calls BLAS calls this, so library
// callers that never call useSingleThreadedBlas() (tests, benchmarks) still run on one thread.
void ensureSingleThreadedBlas();

}  // namespace tagscope
