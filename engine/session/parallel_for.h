#pragma once
// Runs fn(0) … fn(count − 1) on up to `jobs` threads, each taking the next index as it frees
// up; no new index is started once `stop` is requested. fn must not throw (each job turns its
// own exceptions into its outcome).

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <stop_token>
#include <thread>
#include <vector>

namespace tagscope {

template <typename Fn>
void parallelFor(std::size_t count, int jobs, std::stop_token stop, Fn&& fn) {
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i; !stop.stop_requested() && (i = next.fetch_add(1)) < count;) fn(i);
    };
    const std::size_t threads = std::min<std::size_t>(count, std::size_t(std::max(jobs, 1)));
    if (threads <= 1) {
        worker();
        return;
    }
    std::vector<std::jthread> pool;
    for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(worker);
}

// Jobs to run when the user asks for `requested` (0: one per core).
inline int jobCount(int requested) {
    return requested > 0 ? requested : int(std::max(1u, std::thread::hardware_concurrency()));
}

}  // namespace tagscope
