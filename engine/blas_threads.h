#pragma once
// The engine runs BLAS on one thread per caller (parallelism is per file), but OpenBLAS starts
// a server thread per core when it is loaded, and each new one spins (sched_yield) for about a
// tenth of a second before it sleeps: ~45 ms of CPU taken from the jobs at every start-up.

namespace tagscope {

// Ends OpenBLAS's server threads and sets its thread count to one, so that none is started
// again (openblas_set_num_threads restarts a pool that was shut down). Call at the start of
// main(), before any other thread exists. Does nothing with a BLAS other than OpenBLAS.
void useSingleThreadedBlas();

}  // namespace tagscope
