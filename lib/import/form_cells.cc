#include "lib/import/form_cells.h"

#include <algorithm>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "lib/base/decimal.h"
#include "lib/base/status_macros.h"
#include "lib/import/number_text.h"

namespace jixiao {
namespace {

constexpr absl::string_view kChineseNumerals[] = {"十", "一", "二", "三", "四",
                                                  "五", "六", "七", "八", "九"};

// "一、", "十二、", "(一)", "1.", "2、" at the start of a label.
absl::string_view StripNumbering(absl::string_view label) {
  absl::string_view rest = label;
  const bool parenthesized = absl::ConsumePrefix(&rest, "(");
  size_t taken = 0;
  for (bool matched = true; matched;) {
    matched = false;
    for (absl::string_view numeral : kChineseNumerals) {
      if (absl::StartsWith(rest.substr(taken), numeral)) {
        taken += numeral.size();
        matched = true;
        break;
      }
    }
    if (!matched && taken < rest.size() && absl::ascii_isdigit(rest[taken])) {
      ++taken;
      matched = true;
    }
  }
  if (taken == 0) return label;
  rest.remove_prefix(taken);
  if (parenthesized) return absl::ConsumePrefix(&rest, ")") ? rest : label;
  if (absl::ConsumePrefix(&rest, "、") || absl::ConsumePrefix(&rest, ".")) return rest;
  return label;
}

}  // namespace

absl::StatusOr<std::string> ReadFigure(absl::string_view cell) {
  auto invalid = [&] {
    return absl::InvalidArgumentError(absl::StrCat(
        "\"", TrimSpaces(cell), "\" is not a number of points, like \"2\" or \"1.82分\""));
  };
  auto folded = FoldForParsing(cell);
  if (!folded.ok()) return invalid();
  absl::string_view rest = *folded;
  absl::ConsumeSuffix(&rest, "分");
  std::string sign;
  if (absl::ConsumePrefix(&rest, "-")) sign = "-";
  auto number = ScanNumber(rest);
  if (!number || number->length != rest.size()) return invalid();
  std::string figure = absl::StrCat(sign, number->digits);
  JX_RETURN_IF_ERROR(ParseDecimal(figure).status());
  return figure;
}

// `cell` folded, without line breaks: "满意度\n指标" is one label.
absl::StatusOr<std::string> FoldLabel(absl::string_view cell) {
  JX_ASSIGN_OR_RETURN(std::string folded, FoldForParsing(cell));
  folded.erase(
      std::remove_if(folded.begin(), folded.end(), [](char c) { return c == '\n' || c == '\r'; }),
      folded.end());
  return folded;
}

std::string StripLabelDecorations(absl::string_view cell) {
  auto folded = FoldLabel(cell);
  if (!folded.ok()) return std::string(TrimSpaces(cell));
  absl::string_view label = *folded;
  // A trailing "(26分)" or "（50）": the points the form prints beside the label.
  if (absl::EndsWith(label, ")")) {
    size_t open = label.rfind('(');
    if (open != absl::string_view::npos && open > 0) label = label.substr(0, open);
  }
  return std::string(StripNumbering(label));
}

std::optional<std::string> LabelPoints(absl::string_view cell) {
  auto folded = FoldLabel(cell);
  if (!folded.ok()) return std::nullopt;
  absl::string_view label = *folded;
  if (!absl::ConsumeSuffix(&label, ")")) return std::nullopt;
  const size_t open = label.rfind('(');
  if (open == absl::string_view::npos || open == 0) return std::nullopt;
  auto points = ReadFigure(label.substr(open + 1));
  if (!points.ok() || absl::StartsWith(*points, "-")) return std::nullopt;
  return *points;
}

std::string IndicatorName(absl::string_view cell) {
  absl::string_view name = TrimSpaces(cell);
  absl::string_view rest = name;
  if (!absl::ConsumePrefix(&rest, "指标")) return std::string(name);
  size_t digits = 0;
  while (digits < rest.size() && absl::ascii_isdigit(rest[digits])) ++digits;
  if (digits == 0) return std::string(name);
  rest.remove_prefix(digits);
  for (absl::string_view mark : {"：", ":", "、", ".", "．"}) {
    if (absl::ConsumePrefix(&rest, mark)) break;
  }
  return std::string(TrimSpaces(rest));
}

bool IsPlaceholderName(absl::string_view cell) {
  if (IndicatorName(cell).empty()) return true;  // "指标2", "指标1："
  auto folded = FoldLabel(cell);
  if (!folded.ok()) return false;
  absl::string_view rest = *folded;
  while (absl::ConsumePrefix(&rest, "…") || absl::ConsumePrefix(&rest, ".") ||
         absl::ConsumePrefix(&rest, "。") || absl::ConsumePrefix(&rest, "-") ||
         absl::ConsumePrefix(&rest, "/")) {
  }
  return rest.empty();  // "……", "...", "/", "—"
}

bool IsBlankCell(absl::string_view cell) {
  auto folded = FoldForParsing(cell);
  if (!folded.ok()) return false;
  for (char c : *folded) {
    if (c != '-' && c != '/') return false;
  }
  return true;
}

SummaryKind SummaryOf(absl::string_view cell, std::string* label) {
  std::string text = StripLabelDecorations(cell);
  absl::string_view rest = text;
  label->clear();
  if (absl::ConsumeSuffix(&rest, "小计")) {
    *label = std::string(rest);
    return SummaryKind::kSubtotal;
  }
  if (absl::ConsumeSuffix(&rest, "合计") || absl::ConsumeSuffix(&rest, "总计")) {
    *label = std::string(rest);
    return SummaryKind::kTotal;
  }
  for (absl::string_view total : {"总分", "总得分", "自评总分", "综合得分"}) {
    if (rest == total) return SummaryKind::kTotal;
  }
  return SummaryKind::kNone;
}

bool IsGradeLabel(absl::string_view label) {
  const std::string text = StripLabelDecorations(label);
  absl::string_view rest = text;
  absl::ConsumeSuffix(&rest, ":");
  for (absl::string_view name : {"等级", "自评等级", "评价等级", "绩效等级", "自评结果"}) {
    if (rest == name) return true;
  }
  return false;
}

}  // namespace jixiao
