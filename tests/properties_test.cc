// Properties that hold for every form: scores within weights, totals that add up, and the same
// bytes out for the same input. Forms are generated from a fixed seed, with decimal strings built
// from integers (no floating point).
#include <random>
#include <string>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "jixiao/io.h"
#include "lib/base/decimal.h"
#include "tests/test_util.h"

namespace jixiao {
namespace {

std::string RandomDecimal(std::mt19937_64& rng, int64_t max_units, int places) {
  int64_t units = static_cast<int64_t>(rng() % static_cast<uint64_t>(max_units + 1));
  Rational value = Rational::Fraction(units, places == 0 ? 1 : (places == 1 ? 10 : 100));
  return FormatDecimal(value, places);
}

// A random Zhengzhou or MOF form with 5–40 indicators of every rule kind.
v1::Evaluation RandomForm(std::mt19937_64& rng) {
  v1::Evaluation e;
  bool mof = rng() % 2 == 0;
  e.set_id(absl::StrCat("r", rng() % 100000));
  e.set_scheme(mof ? "mof-2020-project" : "zhengzhou-2021-project");
  const char* categories[2][4] = {{"投入和管理目标", "产出目标", "效果目标", "影响力目标"},
                                  {"预算执行率", "产出指标", "效益指标", "满意度指标"}};
  int n = 5 + static_cast<int>(rng() % 36);
  for (int i = 0; i < n; ++i) {
    v1::Indicator* in = e.add_indicators();
    in->set_id(absl::StrCat("i", i));
    in->set_name(absl::StrCat("指标", i));
    in->set_level1(categories[mof][rng() % 4]);
    in->set_level2(absl::StrCat("组", rng() % 3));
    switch (rng() % 6) {
      case 0:  // ratio, any comparator
        in->mutable_target()->set_comparator(static_cast<v1::Target::Comparator>(1 + rng() % 3));
        in->mutable_target()->set_value(RandomDecimal(rng, 100000, 2));
        in->mutable_actual()->set_number(RandomDecimal(rng, 200000, 2));
        break;
      case 1: {  // deduction
        in->mutable_target()->set_value(RandomDecimal(rng, 10000, 1));
        in->mutable_actual()->set_number(RandomDecimal(rng, 20000, 1));
        auto* d = in->mutable_rule()->mutable_deduction();
        d->set_below_per_point(RandomDecimal(rng, 10, 0));
        d->set_band_upper("130");
        d->set_above_per_point("1");
        break;
      }
      case 2:  // grade / tier labels
        in->mutable_target()->set_text("健全");
        if (mof) {  // tier labels
          in->mutable_actual()->set_grade(rng() % 2 ? "健全" : "部分达成");
        } else {  // grade labels, "基本" + the target's wording among them
          in->mutable_actual()->set_grade(rng() % 2 ? "基本健全" : "较好");
        }
        break;
      case 3: {  // checklist
        auto* c = in->mutable_rule()->mutable_checklist();
        int k = 1 + static_cast<int>(rng() % 8);
        for (int j = 0; j < k; ++j) c->add_elements()->set_share(RandomDecimal(rng, 4000, 2));
        c->set_full_when_all(rng() % 2 == 0);
        for (int j = 1; j <= k; ++j) {
          if (rng() % 2) in->mutable_actual()->mutable_elements()->add_satisfied(j);
        }
        if (!in->actual().has_elements()) in->mutable_actual()->mutable_elements();
        break;
      }
      case 4:  // the assessor's factor
        in->mutable_actual()->set_factor(RandomDecimal(rng, 10000, 2));
        break;
      default:  // nothing given
        in->mutable_target()->set_value("1");
        break;
    }
    if (rng() % 4 == 0) in->set_weight(RandomDecimal(rng, 300, 2));
  }
  return e;
}

TEST(Properties, NoScoreExceedsItsWeightAndTotalsAddUp) {
  std::mt19937_64 rng(20211231);
  int evaluated = 0;
  for (int round = 0; round < 300; ++round) {
    v1::Evaluation form = RandomForm(rng);
    auto result = Evaluate(form);
    if (!result.ok()) continue;  // e.g. explicit weights over a category's points
    ++evaluated;
    Rational total, by_category;
    for (const v1::IndicatorScore& s : result->indicators()) {
      Rational score = ParseDecimal(s.score())->value, weight = ParseDecimal(s.weight())->value;
      EXPECT_LE(score, weight) << s.id();
      EXPECT_GE(score, 0) << s.id();
      total += score;
    }
    for (const v1::CategoryScore& c : result->categories()) {
      by_category += ParseDecimal(c.score())->value;
      Rational by_group;
      for (const v1::GroupScore& g : c.groups()) by_group += ParseDecimal(g.score())->value;
      EXPECT_EQ(by_group, ParseDecimal(c.score())->value) << c.name();
    }
    Rational reported_total = ParseDecimal(result->total())->value;
    EXPECT_EQ(total, reported_total);
    EXPECT_EQ(by_category, reported_total);
  }
  EXPECT_GT(evaluated, 200);  // the generator mostly makes valid forms
}

TEST(Properties, TheSameInputGivesByteIdenticalOutput) {
  std::mt19937_64 rng(7);
  for (int round = 0; round < 50; ++round) {
    v1::Evaluation form = RandomForm(rng);
    auto first = Evaluate(form);
    auto second = Evaluate(form);
    ASSERT_EQ(first.ok(), second.ok());
    if (!first.ok()) {
      EXPECT_EQ(first.status(), second.status());
      continue;
    }
    EXPECT_EQ(*SerializeMessage(*first, Format::kJson), *SerializeMessage(*second, Format::kJson));
    EXPECT_EQ(*SerializeMessage(*first, Format::kProto),
              *SerializeMessage(*second, Format::kProto));
  }
}

}  // namespace
}  // namespace jixiao
