#include "cli/csv_report.h"

#include <initializer_list>
#include <string>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/strip.h"
#include "cli/score_rows.h"

namespace jixiao::cli {
namespace {

// "-3", "+1.5", "-2.00%": a number, which a spreadsheet reads as one and never as a formula.
bool PlainNumber(absl::string_view s) {
  if (!absl::ConsumePrefix(&s, "-")) absl::ConsumePrefix(&s, "+");
  absl::ConsumeSuffix(&s, "%");
  const size_t point = s.find('.');
  const absl::string_view whole = s.substr(0, point);
  const absl::string_view fraction = point == s.npos ? "1" : s.substr(point + 1);
  auto digits = [](absl::string_view d) {
    return !d.empty() && absl::c_all_of(d, [](char c) { return absl::ascii_isdigit(c); });
  };
  return digits(whole) && digits(fraction);
}

}  // namespace

std::string CsvField(const std::string& field) {
  // OWASP CSV injection: a cell that starts with = + - @, a tab or a carriage return is a formula
  // to Excel and LibreOffice ("=100%" shows 1, "=1200平方公里" #NAME?, "=HYPERLINK(…)" runs).
  // A leading ' makes it text: Excel takes the ' as its text marker and shows the cell as
  // written; LibreOffice shows the ' too, and the text after it as written.
  const bool formula = !field.empty() &&
                       absl::string_view("=+-@\t\r").find(field[0]) != absl::string_view::npos &&
                       !PlainNumber(field);
  const std::string text = formula ? absl::StrCat("'", field) : field;
  // RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled; an
  // escaped one is quoted too, as OWASP advises.
  if (!formula && text.find_first_of(",\"\r\n") == std::string::npos) return text;
  return absl::StrCat("\"", absl::StrReplaceAll(text, {{"\"", "\"\""}}), "\"");
}

namespace {

void AppendRecord(std::string* out, std::initializer_list<const std::string*> fields) {
  bool first = true;
  for (const std::string* field : fields) {
    if (!first) out->push_back(',');
    absl::StrAppend(out, CsvField(*field));
    first = false;
  }
  absl::StrAppend(out, "\r\n");
}

}  // namespace

std::string CsvReport(const v1::Evaluation& evaluation, const v1::EvaluationResult& result) {
  std::string out = "\xEF\xBB\xBF"
                    "一级指标,二级指标,三级指标,权重,目标值,业绩值,得分率,得分,自评分,规则,复核得分\r\n";
  std::vector<ScoreRow> rows = ScoreRows(evaluation, result);
  // Indicators first so a spreadsheet can sort and filter them; the totals follow.
  for (bool totals : {false, true}) {
    for (const ScoreRow& r : rows) {
      if (r.kind == ScoreRow::Kind::kGroupSubtotal) continue;
      if ((r.kind != ScoreRow::Kind::kIndicator) != totals) continue;
      AppendRecord(&out, {&r.level1, &r.level2, &r.name, &r.weight, &r.target, &r.actual,
                          &r.factor, &r.score, &r.reported, &r.rule, &r.review});
    }
  }
  return out;
}

}  // namespace jixiao::cli
