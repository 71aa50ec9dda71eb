#pragma once
// Runs fn(0) … fn(count − 1) on `jobs` threads, each taking the next index as it frees up.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace tagscope::cli {

template <typename Fn>
void parallelFor(std::size_t count, int jobs, Fn&& fn) {
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < count;) fn(i);
    };
    const std::size_t threads = std::min<std::size_t>(count, std::size_t(std::max(jobs, 1)));
    if (threads <= 1) {
        worker();
        return;
    }
    std::vector<std::jthread> pool;
    for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(worker);
}

}  // namespace tagscope::cli
