// ParseDecimal on any text; whatever parses formats back to text that parses to the same value
// with the same places (format(parse(x)) round-trips), and rounds, in every mode and to every
// number of places, to a figure within one unit in the last place that round-trips too.
#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/strings/str_cat.h"
#include "lib/base/decimal.h"
#include "tests/fuzz/fuzz_checks.h"

namespace {

using jixiao::Rational;
using jixiao::Rounding;
using jixiao::fuzz::Fail;

void CheckFormatsBack(const Rational& value, int places, absl::string_view what) {
  std::string text = jixiao::FormatDecimal(value, places);
  auto again = jixiao::ParseDecimal(text);
  if (!again.ok() || again->value != value || again->places != places) {
    Fail(absl::StrCat(what, ": \"", text, "\" does not parse back"));
  }
}

const Rational kInputRange = Rational(1000000000000000);  // 10^kMaxIntegerDigits

// 10^-places.
Rational Unit(int places) {
  Rational unit = 1;
  for (int i = 0; i < places; ++i) unit = unit / 10;
  return unit;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  absl::string_view text(reinterpret_cast<const char*>(data), size);
  auto parsed = jixiao::ParseDecimal(text);
  if (!parsed.ok()) {
    if (jixiao::fuzz::IsUtf8(text) && !jixiao::fuzz::IsUtf8(parsed.status().message())) {
      Fail("the error quotes valid text as invalid UTF-8");
    }
    return 0;
  }
  CheckFormatsBack(parsed->value, parsed->places, "format(parse(x))");
  for (Rounding mode : {Rounding::kHalfUp, Rounding::kHalfEven, Rounding::kTruncate}) {
    if (!jixiao::AgreesAtReportedPrecision(*parsed, parsed->value, jixiao::kMaxDecimals, mode)) {
      Fail("a figure disagrees with itself");
    }
    for (int places = 0; places <= jixiao::kMaxDecimals; ++places) {
      Rational rounded = jixiao::Round(parsed->value, places, mode);
      if (!rounded.ok()) Fail("rounding overflowed");
      Rational moved = rounded - parsed->value;
      if (moved.IsNegative()) moved = -moved;
      if (!(moved < Unit(places))) Fail(absl::StrCat("rounding to ", places, " moved too far"));
      // 999999999999999.6 rounds to 10^15: a produced figure may be longer than an input.
      if (rounded < kInputRange && -rounded < kInputRange) {
        CheckFormatsBack(rounded, places, absl::StrCat("round to ", places));
      }
    }
  }
  return 0;
}
