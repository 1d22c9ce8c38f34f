// Realistic self-evaluation forms for benchmarks and soak tests: 10–40 indicators of every rule
// kind, nested budgets, reported scores that mostly agree, and a few invalid forms.
#ifndef JIXIAO_BENCH_FORM_GENERATOR_H_
#define JIXIAO_BENCH_FORM_GENERATOR_H_

#include <cstdint>
#include <random>

#include "jixiao/v1/evaluation.pb.h"

namespace jixiao::bench {

class FormGenerator {
 public:
  explicit FormGenerator(uint64_t seed) : rng_(seed) {}

  // The n-th form (ids are "form-<n>"); about 1 in 100 is invalid on purpose.
  v1::Evaluation Next();

 private:
  int Uniform(int lo, int hi);  // [lo, hi]
  bool Chance(int percent);
  void AddIndicator(v1::Evaluation* form, const char* level1, const char* level2, int i);
  void AddBudget(v1::Evaluation* form);
  void ReportScores(v1::Evaluation* form);

  std::mt19937_64 rng_;
  int64_t count_ = 0;
};

}  // namespace jixiao::bench

#endif  // JIXIAO_BENCH_FORM_GENERATOR_H_
