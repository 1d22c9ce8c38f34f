// The portfolio summary of a batch: grades, totals, findings and money, overall and per
// authority. Folded one item at a time in input order, so it is deterministic and streams.
#ifndef JIXIAO_LIB_BATCH_PORTFOLIO_H_
#define JIXIAO_LIB_BATCH_PORTFOLIO_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/container/btree_map.h"
#include "jixiao/v1/batch.pb.h"
#include "jixiao/v1/evaluation.pb.h"
#include "jixiao/v1/result.pb.h"
#include "lib/base/rational.h"

namespace jixiao {

// What the portfolio needs of one item, copied out so the item's messages can be freed.
struct PortfolioEntry {
  bool scored = false;  // false: the form was rejected
  std::string authority;
  std::string grade;
  Rational normalized_total;
  std::vector<std::string> finding_codes;
  bool has_budget = false;
  Rational initial, planned, spent;  // the root budget line's
};

// `evaluation` is the form (nullptr when it did not parse); `result` its result (nullptr when
// it was rejected).
PortfolioEntry MakePortfolioEntry(const v1::Evaluation* evaluation,
                                  const v1::EvaluationResult* result);

class PortfolioBuilder {
 public:
  void Add(const PortfolioEntry& entry);
  v1::PortfolioSummary Build() const;

 private:
  struct Stats {
    int64_t count = 0, failed = 0, scored = 0;
    Rational sum_normalized;
    std::optional<Rational> min_normalized, max_normalized;
    absl::btree_map<std::string, int64_t> by_grade, findings_by_code;
    Rational initial, planned, spent;
    absl::btree_map<std::string, Rational> planned_by_grade;
  };
  static void AddTo(Stats* stats, const PortfolioEntry& entry);
  static void Fill(const Stats& stats, v1::PortfolioSummary* summary);

  Stats all_;
  absl::btree_map<std::string, Stats> by_authority_;
};

}  // namespace jixiao

#endif  // JIXIAO_LIB_BATCH_PORTFOLIO_H_
