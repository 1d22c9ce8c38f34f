// A self-evaluation form exported as CSV, read into an Evaluation (import_csv.h, docs/IMPORT.md).
#include "jixiao/import_csv.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "jixiao/evaluate.h"
#include "jixiao/parse_target.h"
#include "lib/base/limits.h"
#include "lib/base/status_macros.h"
#include "lib/import/csv_encoding.h"
#include "lib/import/csv_funds.h"
#include "lib/import/csv_header.h"
#include "lib/import/csv_reader.h"
#include "lib/import/csv_title.h"
#include "lib/import/form_cells.h"
#include "lib/import/import_records.h"
#include "lib/import/number_text.h"
#include "lib/import/unit_text.h"
#include "lib/scoring/scheme.h"

namespace jixiao {
namespace {

// A 二级指标 label: "经济效益\n指标" → 经济效益指标; the template's "服务对象满意度指标等" (…
// and the like) → 服务对象满意度指标.
std::string GroupLabel(absl::string_view cell) {
  std::string label = StripLabelDecorations(cell);
  if (absl::EndsWith(label, "指标等")) label.resize(label.size() - std::string("等").size());
  return label;
}

absl::string_view WithoutGoalSuffix(absl::string_view name) {
  if (!absl::ConsumeSuffix(&name, "目标")) absl::ConsumeSuffix(&name, "指标");
  return name;
}

// The scheme category a 一级指标 cell names, by name or alias once its points and numbering are
// dropped ("投入目标(26分)"); failing that, with 目标/指标 dropped on both sides when that is
// unambiguous ("产出指标" for 产出目标).
absl::StatusOr<std::string> CategoryNamed(const SchemeView& scheme, absl::string_view cell) {
  const std::string label = StripLabelDecorations(cell);
  int index = scheme.FindCategory(label);
  if (index < 0) {
    const absl::string_view base = WithoutGoalSuffix(label);
    for (int i = 0; i < static_cast<int>(scheme.categories.size()) && !base.empty(); ++i) {
      const v1::Category& category = *scheme.categories[static_cast<size_t>(i)].proto;
      bool same = WithoutGoalSuffix(category.name()) == base;
      for (const std::string& alias : category.aliases())
        same = same || WithoutGoalSuffix(alias) == base;
      if (!same) continue;
      if (index >= 0) {
        index = -1;  // two categories fit: say so rather than guess
        break;
      }
      index = i;
    }
  }
  if (index < 0) {
    std::vector<std::string> names;
    for (const CategoryView& c : scheme.categories) names.push_back(c.proto->name());
    return absl::InvalidArgumentError(
        absl::StrCat("一级指标 \"", TrimSpaces(cell), "\" is not a category of scheme ",
                     scheme.proto->name(), " (", absl::StrJoin(names, ", "), ")"));
  }
  return scheme.categories[static_cast<size_t>(index)].proto->name();
}

// Reads the rows below the header one at a time, keeping every problem with its line.
class FormReader {
 public:
  // `national`: the form has the national template's funds block, and its indicators are
  // numbered per category as the template's categories are (b01, o01, e01, s01).
  FormReader(const SchemeView& scheme, const FormLayout& layout, v1::Evaluation* evaluation,
             bool national = false)
      : scheme_(scheme), layout_(layout), evaluation_(*evaluation), national_(national) {}

  // The funds block's 预算执行率 (csv_funds.h), in the scheme's category of that name.
  void AddExecutionIndicator(v1::Indicator indicator, const CsvRecord& row) {
    row_ = &row;
    auto category = CategoryNamed(scheme_, "预算执行率");
    if (!category.ok()) return Fail(category.status().message());
    indicator.set_level1(*category);
    indicator.set_id(NextId(*category));
    if (!indicator.weight().empty()) SetCategoryPoints(*category, indicator.weight());
    *evaluation_.add_indicators() = std::move(indicator);
  }

  void AddErrors(std::vector<std::string> errors) {
    for (std::string& e : errors) errors_.push_back(std::move(e));
  }

  void Read(const CsvRecord& row) {
    row_ = &row;
    if (absl::c_all_of(row.cells, [](const std::string& c) { return TrimSpaces(c).empty(); })) {
      return;
    }
    if (MatchHeaderRow(row.cells)) return;  // the header again, as printed on every page
    if (ReadRemarks()) return;
    if (absl::c_all_of(row.cells, [](const std::string& c) { return IsBlankCell(c); })) {
      return Skip("/ / /");  // a row of dashes and slashes: the template's empty row
    }
    for (int column : {layout_[FormColumn::kLevel1], layout_[FormColumn::kLevel2],
                       layout_[FormColumn::kName], 0}) {
      std::string label;
      if (column < 0 || static_cast<size_t>(column) >= row.cells.size()) continue;
      SummaryKind kind = SummaryOf(row.cells[static_cast<size_t>(column)], &label);
      if (kind != SummaryKind::kNone) return ReadSummary(kind, label);
    }
    if (ReadGradeRow()) return;
    const bool indicator_like =
        !Blank(FormColumn::kName) || !Blank(FormColumn::kTarget) || !Blank(FormColumn::kActual);
    if (ended_) {  // below the total: 填表人, 联系电话, notes
      if (!Blank(FormColumn::kName) &&
          (!Blank(FormColumn::kTarget) || !Blank(FormColumn::kActual))) {
        Fail("an indicator row below the total row (合计/总分)");
      }
      return;
    }
    if (!indicator_like) return ReadHeading();
    if (IsPlaceholderName(Cell(FormColumn::kName)) && Blank(FormColumn::kTarget) &&
        Blank(FormColumn::kActual) && Blank(FormColumn::kScore) && Blank(FormColumn::kWeight)) {
      ReadHeadingCells();  // "生态效益指标 | 指标1": the group still starts here
      return Skip(Cell(FormColumn::kName));
    }
    ReadIndicator();
  }

  std::vector<std::string> TakeErrors() { return std::move(errors_); }

 private:
  std::string Cell(FormColumn column) const {
    const int i = layout_[column];
    if (i < 0 || static_cast<size_t>(i) >= row_->cells.size()) return "";
    return std::string(TrimSpaces(row_->cells[static_cast<size_t>(i)]));
  }
  bool Blank(FormColumn column) const { return IsBlankCell(Cell(column)); }

  // A template row with no figures ("指标2", "……"): passed over, and listed (an INFO finding).
  void Skip(absl::string_view what) {
    evaluation_.add_skipped_rows(absl::StrCat("row ", row_->row, " (", what, ")"));
  }

  // "其他需要说明事项 | 无": read by its meaning wherever it stands.
  bool ReadRemarks() {
    for (size_t i = 0; i < row_->cells.size(); ++i) {
      if (StripLabelDecorations(row_->cells[i]) != "其他需要说明事项") continue;
      std::vector<std::string> texts;
      for (size_t j = i + 1; j < row_->cells.size(); ++j) {
        absl::string_view text = TrimSpaces(row_->cells[j]);
        if (!text.empty()) texts.emplace_back(text);
      }
      evaluation_.set_remarks(absl::StrJoin(texts, "\n"));
      return true;
    }
    return false;
  }

  // Indicator ids: "r" + the row, or on a national form b01, o01, e01, s01 by category.
  std::string NextId(const std::string& category) {
    if (!national_) return absl::StrCat("r", row_->row);
    const char* prefix = nullptr;
    if (absl::StrContains(category, "预算执行")) {
      prefix = "b";
    } else if (absl::StrContains(category, "产出")) {
      prefix = "o";
    } else if (absl::StrContains(category, "效益") || absl::StrContains(category, "效果")) {
      prefix = "e";
    } else if (absl::StrContains(category, "满意度")) {
      prefix = "s";
    }
    if (prefix == nullptr) return absl::StrCat("r", row_->row);
    const int n = ++numbered_[prefix];
    return absl::StrCat(prefix, n < 10 ? "0" : "", n);
  }

  // The points a heading states ("产出指标（40分）") are this form's points for the category.
  void SetCategoryPoints(const std::string& category, const std::string& points) {
    auto& map = *evaluation_.mutable_category_points();
    auto it = map.find(category);
    if (it != map.end() && it->second != points) {
      return Fail(absl::StrCat("category ", category, " has ", points, " points here but ",
                               it->second, " above"));
    }
    map[category] = points;
  }

  void Fail(absl::string_view what) {
    errors_.push_back(absl::StrCat(
        "line ", row_->line,
        row_->line != row_->row ? absl::StrCat(" (row ", row_->row, ")") : std::string(), ": ",
        what));
  }

  // A 一级指标 cell: the category it names becomes the current one, with no group yet.
  bool TakeCategory(const std::string& cell) {
    auto category = CategoryNamed(scheme_, cell);
    if (!category.ok()) {
      Fail(category.status().message());
      return false;
    }
    level1_ = *category;
    level2_.clear();
    if (auto points = LabelPoints(cell)) SetCategoryPoints(level1_, *points);
    return true;
  }

  void ReadHeadingCells() {
    if (!Blank(FormColumn::kLevel1) && !TakeCategory(Cell(FormColumn::kLevel1))) return;
    if (!Blank(FormColumn::kLevel2)) level2_ = GroupLabel(Cell(FormColumn::kLevel2));
  }

  // A row with only 一级/二级指标 (and maybe the category's points): a heading over its rows.
  void ReadHeading() {
    for (FormColumn c : {FormColumn::kScore, FormColumn::kEvidence, FormColumn::kNote,
                         FormColumn::kReviewActual, FormColumn::kReviewScore}) {
      if (!Blank(c)) return Fail("not an indicator row: no 三级指标, 目标值 or 业绩值");
    }
    if (Blank(FormColumn::kLevel1) && Blank(FormColumn::kLevel2)) {
      return Fail("not an indicator row: no 三级指标, 目标值 or 业绩值");
    }
    if (!Blank(FormColumn::kLevel1) && !TakeCategory(Cell(FormColumn::kLevel1))) return;
    if (!Blank(FormColumn::kLevel2)) level2_ = GroupLabel(Cell(FormColumn::kLevel2));
  }

  // 小计 → the reported subtotal of its category; 合计/总分 → the reported total; a group's
  // subtotal ("数量指标小计") has no place in the contract and is passed over.
  void ReadSummary(SummaryKind kind, const std::string& label) {
    std::optional<std::string> category;
    if (!label.empty()) {
      auto named = CategoryNamed(scheme_, label);
      if (named.ok()) {
        category = *named;
      } else if (kind == SummaryKind::kSubtotal) {
        return;  // a group subtotal
      }
    } else if (kind == SummaryKind::kSubtotal) {
      std::string level1_label;  // "产出目标 | | 小计": the category beside the marker
      if (!Blank(FormColumn::kLevel1) &&
          SummaryOf(Cell(FormColumn::kLevel1), &level1_label) == SummaryKind::kNone &&
          !TakeCategory(Cell(FormColumn::kLevel1))) {
        return;
      }
      if (level1_.empty()) return Fail("a 小计 row before any 一级指标");
      category = level1_;
    }
    std::optional<std::string> score;
    if (!Blank(FormColumn::kScore)) {
      auto figure = ReadFigure(Cell(FormColumn::kScore));
      if (!figure.ok()) return Fail(absl::StrCat("得分 ", figure.status().message()));
      score = *figure;
    }
    v1::Reported& reported = *evaluation_.mutable_reported();
    if (category) {
      if (!score) return;
      if (reported.categories().count(*category)) return ReportAgain(*category, *score, "");
      (*reported.mutable_categories())[*category] = *score;
      return;
    }
    if (score) {
      if (reported.total().empty()) {
        reported.set_total(*score);
      } else {
        ReportAgain("", *score, "");
      }
    }
    if (!Blank(FormColumn::kWeight) && reported.max_total().empty()) {  // "总分 | 100 | 96"
      auto points = ReadFigure(Cell(FormColumn::kWeight));
      if (!points.ok()) return Fail(absl::StrCat("分值 ", points.status().message()));
      reported.set_max_total(*points);  // the points the form has; the first 总分 row's
    }
    for (const std::string& cell : row_->cells) {  // "总分 | … | 99.37 | 优秀"
      const std::string grade = std::string(TrimSpaces(cell));
      if (absl::c_any_of(scheme_.bands, [&](const GradeBandView& b) { return grade == b.label; })) {
        SetGrade(grade);
        break;
      }
    }
    ended_ = true;
  }

  // A second figure for a place that has one (two 总分 rows, two 小计 of one category): kept in
  // reported.again for the core's DUPLICATE_REPORTED, never over the first (IMPORT.md).
  void ReportAgain(const std::string& category, const std::string& total,
                   const std::string& grade) {
    if (evaluation_.reported().again_size() >= static_cast<int>(kMaxListItems)) {
      return Fail(absl::StrCat("more than ", kMaxListItems, " repeated 总分/小计/等级 figures"));
    }
    v1::ReportedAgain* again = evaluation_.mutable_reported()->add_again();
    again->set_category(category);
    again->set_total(total);
    again->set_grade(grade);
    again->set_source(absl::StrCat("line ", row_->line));
  }

  void SetGrade(const std::string& grade) {
    if (evaluation_.reported().grade().empty()) {
      evaluation_.mutable_reported()->set_grade(grade);
    } else {
      ReportAgain("", "", grade);
    }
  }

  // "自评等级 | 优秀" anywhere (also below the total).
  bool ReadGradeRow() {
    for (size_t i = 0; i < row_->cells.size(); ++i) {
      if (TrimSpaces(row_->cells[i]).empty()) continue;
      if (!IsGradeLabel(row_->cells[i])) return false;
      for (size_t j = i + 1; j < row_->cells.size(); ++j) {
        absl::string_view grade = TrimSpaces(row_->cells[j]);
        if (!grade.empty()) {
          SetGrade(std::string(grade));
          return true;
        }
      }
      return true;
    }
    return false;
  }

  void ReadIndicator() {
    const size_t errors_before = errors_.size();
    if (!Blank(FormColumn::kLevel1)) {
      if (!TakeCategory(Cell(FormColumn::kLevel1))) return;
    } else if (level1_.empty()) {
      return Fail("no 一级指标 on this row or above it");
    }
    if (!Blank(FormColumn::kLevel2)) level2_ = GroupLabel(Cell(FormColumn::kLevel2));

    v1::Indicator indicator;
    indicator.set_level1(level1_);
    indicator.set_level2(level2_);
    indicator.set_name(IndicatorName(Cell(FormColumn::kName)));
    if (indicator.name().empty()) Fail("no 三级指标 (indicator name)");

    // A cost is a ceiling: a bare number in a 成本 group is AT_MOST.
    ParseTargetOptions options;
    if (absl::StrContains(level2_, "成本")) options.bare_number = v1::Target::AT_MOST;
    const std::string target_text = TargetText();
    if (IsBlankCell(target_text)) {
      // Neither target nor actual but a score: the core counts it as UNVERIFIABLE_SCORE.
      if (!Blank(FormColumn::kActual) || Blank(FormColumn::kScore)) Fail("no 目标值 (target)");
    } else if (auto target = ParseTarget(target_text, options); !target.ok()) {
      Fail(absl::StrCat("目标值: ", target.status().message()));
    } else {
      *indicator.mutable_target() = *std::move(target);
    }
    if (!IsBlankCell(target_text)) ReadUnit(indicator.mutable_target());
    if (!Blank(FormColumn::kActual)) ReadActual(FormColumn::kActual, "业绩值", indicator);
    if (!Blank(FormColumn::kWeight)) {
      ReadPoints(FormColumn::kWeight, "权重", indicator.mutable_weight());
    }
    if (!Blank(FormColumn::kScore)) {
      ReadPoints(FormColumn::kScore, "得分", indicator.mutable_reported_score());
    }
    if (!Blank(FormColumn::kEvidence)) indicator.add_evidence(Cell(FormColumn::kEvidence));
    if (!Blank(FormColumn::kNote)) indicator.set_note(Cell(FormColumn::kNote));
    if (!Blank(FormColumn::kReviewActual)) {
      ReadActual(FormColumn::kReviewActual, "复核业绩值", indicator);
    }
    if (!Blank(FormColumn::kReviewScore)) {
      ReadPoints(FormColumn::kReviewScore, "复核得分", indicator.mutable_review()->mutable_score());
    }
    if (!Blank(FormColumn::kReviewNote)) {
      indicator.mutable_review()->set_note(Cell(FormColumn::kReviewNote));
    }
    if (errors_.size() == errors_before) {
      indicator.set_id(NextId(level1_));
      *evaluation_.add_indicators() = std::move(indicator);
    }
  }

  // The target as one text: 指标性质 | 指标值 | 度量单位 ("≧ | 735 | 人次") are joined, the unit
  // only when the value does not already end with it.
  std::string TargetText() const {
    std::string text = Blank(FormColumn::kComparator) ? "" : Cell(FormColumn::kComparator);
    if (Blank(FormColumn::kTarget)) return text;
    text += Cell(FormColumn::kTarget);
    if (!text.empty() && layout_.has(FormColumn::kComparator) && !Blank(FormColumn::kUnit) &&
        !absl::EndsWith(text, Cell(FormColumn::kUnit)) &&
        absl::ascii_isdigit(static_cast<unsigned char>(text.back()))) {
      text += Cell(FormColumn::kUnit);
    }
    return text;
  }

  // 度量单位 gives the unit of a number written without one ("≥300" with 度量单位 "项").
  void ReadUnit(v1::Target* target) {
    if (Blank(FormColumn::kUnit) || IsQualitative(*target)) return;
    auto folded = FoldForParsing(Cell(FormColumn::kUnit));
    if (!folded.ok()) return Fail(absl::StrCat("度量单位: ", folded.status().message()));
    const std::string unit = CanonicalUnit(*folded);
    if (target->unit().empty()) {
      target->set_unit(unit);
    } else if (target->unit() != unit) {
      Fail(absl::StrCat("度量单位 \"", unit, "\" is not the unit of the 目标值 \"", target->text(),
                        "\""));
    }
  }

  void ReadActual(FormColumn column, absl::string_view what, v1::Indicator& indicator) {
    auto actual = ParseActual(Cell(column), indicator.target());
    if (!actual.ok()) return Fail(absl::StrCat(what, ": ", actual.status().message()));
    *(column == FormColumn::kActual ? indicator.mutable_actual()
                                    : indicator.mutable_review()->mutable_actual()) = *actual;
  }

  void ReadPoints(FormColumn column, absl::string_view what, std::string* out) {
    auto figure = ReadFigure(Cell(column));
    if (!figure.ok()) return Fail(absl::StrCat(what, " ", figure.status().message()));
    *out = *figure;
  }

  const SchemeView& scheme_;
  const FormLayout& layout_;
  v1::Evaluation& evaluation_;
  const CsvRecord* row_ = nullptr;
  std::string level1_, level2_;  // inherited by rows whose cells are blank (merged cells)
  bool ended_ = false;           // the total row has been read: the table is over
  bool national_ = false;
  absl::flat_hash_map<std::string, int> numbered_;  // indicators so far per id prefix
  std::vector<std::string> errors_;
};

}  // namespace

absl::StatusOr<v1::Evaluation> ImportCsv(absl::string_view bytes, absl::string_view scheme_name,
                                         const ImportCsvOptions& options) {
  if (bytes.size() > kMaxInputBytes) {
    return absl::ResourceExhaustedError(absl::StrCat("the CSV file has ", bytes.size(),
                                                     " bytes, over the ", kMaxInputBytes >> 20,
                                                     " MiB a form may have"));
  }
  JX_ASSIGN_OR_RETURN(auto text, DecodeToUtf8(bytes));
  JX_ASSIGN_OR_RETURN(auto rows, ReadCsv(text.utf8));
  return ImportRecords(rows, absl::StrCat(text.encoding, " CSV"), scheme_name, options);
}

absl::StatusOr<v1::Evaluation> ImportRecords(const std::vector<CsvRecord>& rows,
                                             absl::string_view source,
                                             absl::string_view scheme_name,
                                             const ImportCsvOptions& options) {
  v1::Evaluation evaluation;
  evaluation.set_id(options.id);
  evaluation.set_scheme(std::string(scheme_name));
  std::unique_ptr<SchemeView> owned;
  JX_ASSIGN_OR_RETURN(auto scheme, ResolveScheme(evaluation, &owned));

  size_t header = 0;
  std::optional<FormLayout> layout;
  for (; header < rows.size() && !layout; ++header) layout = MatchHeaderRow(rows[header].cells);
  if (!layout) {
    return absl::InvalidArgumentError(
        absl::StrCat("no header row in the ", source,
                     ": a row naming the columns 三级指标 (or 指标名称), 目标值 (or 指标值) "
                     "and 业绩值 (or 实际完成值, 得分)"));
  }
  const std::vector<CsvRecord> above(rows.begin(),
                                     rows.begin() + static_cast<ptrdiff_t>(header - 1));
  ReadTitleRows(above, options.name, &evaluation);
  FundsBlock funds = ReadFundsRows(above, &evaluation);
  if (header < rows.size() &&
      MergeSubHeaderRow(rows[header].cells, rows[header - 1].cells, &*layout)) {
    ++header;
  }

  FormReader reader(*scheme, *layout, &evaluation, funds.found);
  reader.AddErrors(std::move(funds.errors));
  if (funds.execution) {
    reader.AddExecutionIndicator(*std::move(funds.execution), *funds.execution_row);
  }
  for (size_t i = header; i < rows.size(); ++i) reader.Read(rows[i]);
  std::vector<std::string> errors = reader.TakeErrors();
  if (!errors.empty()) {
    const size_t total = errors.size();
    if (total > kMaxListedProblems) {  // a 16 MiB file of bad rows is not a 16 MiB message
      errors.resize(kMaxListedProblems);
      errors.push_back(absl::StrCat("… and ", total - kMaxListedProblems, " more"));
    }
    return absl::InvalidArgumentError(absl::StrCat("cannot import the form (", total,
                                                   total == 1 ? " problem" : " problems",
                                                   "):\n", absl::StrJoin(errors, "\n")));
  }
  if (evaluation.indicators().empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("no indicator rows below the header (line ", rows[header - 1].line, ")"));
  }
  return evaluation;
}

}  // namespace jixiao
