// Runs fn(i) for i in [0, n) on up to `threads` threads (0: all cores). Each index runs exactly
// once; callers write results into per-index slots, so the outcome does not depend on scheduling.
#ifndef JIXIAO_LIB_BATCH_PARALLEL_H_
#define JIXIAO_LIB_BATCH_PARALLEL_H_

#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace jixiao {

inline int ThreadCount(int requested) {
  if (requested > 0) return requested;
  unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : static_cast<int>(cores);
}

template <typename Fn>
void ParallelFor(size_t n, int threads, const Fn& fn) {
  size_t workers = std::min(n, static_cast<size_t>(ThreadCount(threads)));
  if (workers <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  auto work = [&] {
    // Small blocks of indices keep the counter cold without unbalancing the threads.
    constexpr size_t kBlock = 4;
    for (size_t begin; (begin = next.fetch_add(kBlock)) < n;) {
      for (size_t i = begin; i < std::min(n, begin + kBlock); ++i) fn(i);
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(workers - 1);
  for (size_t t = 1; t < workers; ++t) pool.emplace_back(work);
  work();
  for (std::thread& thread : pool) thread.join();
}

}  // namespace jixiao

#endif  // JIXIAO_LIB_BATCH_PARALLEL_H_
