// The portfolio summary of a batch: grades, totals, findings and money, overall and per
// authority. Folded one item at a time in input order, so it is deterministic and streams.
#ifndef JIXIAO_LIB_PORTFOLIO_H_
#define JIXIAO_LIB_PORTFOLIO_H_

#include <optional>
#include <string>

#include "absl/container/btree_map.h"
#include "jixiao/v1/batch.pb.h"
#include "jixiao/v1/evaluation.pb.h"
#include "lib/rational.h"

namespace jixiao {

class PortfolioBuilder {
 public:
  // `evaluation` is the form behind `item` (nullptr when it did not parse).
  void Add(const v1::Evaluation* evaluation, const v1::BatchItem& item);
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
  static void AddTo(Stats* stats, const v1::Evaluation* evaluation, const v1::BatchItem& item);
  static void Fill(const Stats& stats, v1::PortfolioSummary* summary);

  Stats all_;
  absl::btree_map<std::string, Stats> by_authority_;
};

}  // namespace jixiao

#endif  // JIXIAO_LIB_PORTFOLIO_H_
