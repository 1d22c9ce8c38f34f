// Unit tests of lib/batch/parallel.h: every index exactly once whatever threads the system gives,
// and an exception on any thread comes back to the caller as a status instead of std::terminate.
#include "lib/batch/parallel.h"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <new>
#include <set>
#include <stdexcept>
#include <system_error>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

namespace jixiao {
namespace {

// Starts the first `allowed` threads, then fails as std::thread does when RLIMIT_NPROC is reached.
struct StartAtMost {
  int allowed;
  std::atomic<int>* started;
  template <typename Work>
  std::thread operator()(Work& work) const {
    if (started->load() >= allowed) {
      throw std::system_error(std::make_error_code(std::errc::resource_unavailable_try_again),
                              "pthread_create");
    }
    ++*started;
    return std::thread(std::ref(work));
  }
};

// Runs ParallelFor over n indices and counts how often each ran and on how many threads.
struct Runs {
  explicit Runs(size_t n) : count(n) {}
  std::vector<std::atomic<int>> count;
  std::mutex mu;
  std::set<std::thread::id> threads;
  void Run(size_t i) {
    ++count[i];
    std::lock_guard<std::mutex> lock(mu);
    threads.insert(std::this_thread::get_id());
  }
  bool EachExactlyOnce() const {
    for (const std::atomic<int>& c : count) {
      if (c.load() != 1) return false;
    }
    return true;
  }
};

TEST(ParallelFor, EveryIndexRunsOnceOnAllTheThreadsAsked) {
  Runs runs(1000);
  std::atomic<int> started{0};
  absl::Status status = ParallelFor(
      runs.count.size(), 4, [&](size_t i) { runs.Run(i); }, StartAtMost{100, &started});
  EXPECT_TRUE(status.ok()) << status;
  EXPECT_EQ(started.load(), 3);  // the calling thread is the fourth
  EXPECT_TRUE(runs.EachExactlyOnce());
}

TEST(ParallelFor, ThreadsThatCannotStartLeaveTheWorkToThoseThatDid) {
  Runs runs(1000);
  std::atomic<int> started{0};
  absl::Status status = ParallelFor(
      runs.count.size(), 32,
      [&](size_t i) {
        std::this_thread::sleep_for(std::chrono::microseconds(50));  // let every thread take some
        runs.Run(i);
      },
      StartAtMost{2, &started});
  EXPECT_TRUE(status.ok()) << status;
  EXPECT_EQ(started.load(), 2);
  EXPECT_TRUE(runs.EachExactlyOnce());
  EXPECT_LE(runs.threads.size(), 3u);
}

TEST(ParallelFor, NoThreadAtAllLeavesEverythingToTheCallingThread) {
  Runs runs(100);
  std::atomic<int> started{0};
  absl::Status status = ParallelFor(
      runs.count.size(), 8, [&](size_t i) { runs.Run(i); }, StartAtMost{0, &started});
  EXPECT_TRUE(status.ok()) << status;
  EXPECT_TRUE(runs.EachExactlyOnce());
  EXPECT_EQ(runs.threads, std::set<std::thread::id>{std::this_thread::get_id()});
}

TEST(ParallelFor, AnExceptionOnAWorkerIsAnInternalErrorOnTheCaller) {
  const std::thread::id caller = std::this_thread::get_id();
  absl::Status status = ParallelFor(1000, 4, [&](size_t) {
    std::this_thread::sleep_for(std::chrono::microseconds(100));
    if (std::this_thread::get_id() != caller) throw std::runtime_error("form 7 is cursed");
  });
  EXPECT_EQ(status.code(), absl::StatusCode::kInternal);
  EXPECT_EQ(status.message(), "evaluation failed: form 7 is cursed");
}

TEST(ParallelFor, OutOfMemoryOnAWorkerIsResourceExhaustedOnTheCaller) {
  const std::thread::id caller = std::this_thread::get_id();
  absl::Status status = ParallelFor(1000, 4, [&](size_t) {
    std::this_thread::sleep_for(std::chrono::microseconds(100));
    if (std::this_thread::get_id() != caller) throw std::bad_alloc();
  });
  EXPECT_EQ(status.code(), absl::StatusCode::kResourceExhausted);
}

TEST(ParallelFor, AnExceptionOnTheCallingThreadWaitsForTheWorkersAndIsAnError) {
  const std::thread::id caller = std::this_thread::get_id();
  std::atomic<int> done{0};
  absl::Status status = ParallelFor(200, 4, [&](size_t) {
    if (std::this_thread::get_id() == caller) throw 42;  // not even a std::exception
    std::this_thread::sleep_for(std::chrono::microseconds(100));
    ++done;
  });
  EXPECT_EQ(status.code(), absl::StatusCode::kInternal);
  const int after_return = done.load();
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(done.load(), after_return) << "a worker was still running after ParallelFor returned";
}

TEST(ParallelFor, AfterAnExceptionTheOtherThreadsStopTakingWork) {
  std::atomic<int> ran{0};
  absl::Status status = ParallelFor(100000, 4, [&](size_t i) {
    ++ran;
    if (i == 0) throw std::runtime_error("the first form");
    std::this_thread::sleep_for(std::chrono::microseconds(100));
  });
  EXPECT_EQ(status.code(), absl::StatusCode::kInternal);
  EXPECT_LT(ran.load(), 1000);  // all of them would take 100000 × 100 µs / 4, over two seconds
}

TEST(ParallelFor, OneThreadStopsAtTheFirstException) {
  std::vector<size_t> ran;
  absl::Status status = ParallelFor(100, 1, [&](size_t i) {
    ran.push_back(i);
    if (i == 9) throw std::runtime_error("the tenth form");
  });
  EXPECT_EQ(status.code(), absl::StatusCode::kInternal);
  EXPECT_EQ(ran.size(), 10u);
}

}  // namespace
}  // namespace jixiao
