// Runs fn(i) for i in [0, n) on up to `threads` threads (0: all cores). Each index runs exactly
// once; callers write results into per-index slots, so the outcome does not depend on scheduling.
//
// Workers never take the host down: a thread that cannot start (RLIMIT_NPROC, no memory for its
// stack) leaves the work to the threads that did, the calling thread always among them; an
// exception thrown by fn on any thread stops the others taking work and comes back to the caller
// as a status after every thread has joined.
#ifndef JIXIAO_LIB_BATCH_PARALLEL_H_
#define JIXIAO_LIB_BATCH_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <new>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace jixiao {

inline int ThreadCount(int requested) {
  if (requested > 0) return requested;
  unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : static_cast<int>(cores);
}

// An exception as a status: RESOURCE_EXHAUSTED for std::bad_alloc, INTERNAL for anything else.
inline absl::Status StatusOfException(const std::exception_ptr& exception) {
  try {
    std::rethrow_exception(exception);
  } catch (const std::bad_alloc&) {
    return absl::ResourceExhaustedError("out of memory");
  } catch (const std::exception& e) {
    return absl::InternalError(absl::StrCat("evaluation failed: ", e.what()));
  } catch (...) {
    return absl::InternalError("evaluation failed: an exception that is not a std::exception");
  }
}

// How ParallelFor starts a worker: std::thread's constructor, which throws std::system_error
// when the system has no thread to give. Tests pass their own to make it fail.
struct StartThread {
  template <typename Work>
  std::thread operator()(Work& work) const {
    return std::thread(std::ref(work));
  }
};

template <typename Fn, typename Start = StartThread>
absl::Status ParallelFor(size_t n, int threads, const Fn& fn, const Start& start = {}) {
  const size_t workers = std::min(n, static_cast<size_t>(ThreadCount(threads)));
  std::atomic<size_t> next{0};
  std::atomic<bool> failed{false};
  std::exception_ptr first;  // written by the one thread that sets `failed`, read after join
  auto work = [&]() noexcept {
    // Small blocks of indices keep the counter cold without unbalancing the threads.
    constexpr size_t kBlock = 4;
    try {
      for (size_t begin;
           !failed.load(std::memory_order_relaxed) && (begin = next.fetch_add(kBlock)) < n;) {
        for (size_t i = begin; i < std::min(n, begin + kBlock); ++i) fn(i);
      }
    } catch (...) {
      if (!failed.exchange(true)) first = std::current_exception();
    }
  };
  std::vector<std::thread> pool;
  try {
    pool.reserve(workers > 0 ? workers - 1 : 0);
    for (size_t t = 1; t < workers; ++t) pool.push_back(start(work));
  } catch (...) {
    // Fewer threads than asked: those that started and this one share the work all the same.
  }
  work();
  for (std::thread& thread : pool) thread.join();
  return failed.load() ? StatusOfException(first) : absl::OkStatus();
}

}  // namespace jixiao

#endif  // JIXIAO_LIB_BATCH_PARALLEL_H_
