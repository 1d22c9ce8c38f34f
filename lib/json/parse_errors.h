// Why protobuf refused an input, said in one line of valid UTF-8 that names the place.
#ifndef JIXIAO_LIB_JSON_PARSE_ERRORS_H_
#define JIXIAO_LIB_JSON_PARSE_ERRORS_H_

#include <string>

#include "absl/strings/string_view.h"
#include "google/protobuf/descriptor.h"

namespace jixiao {

// Binary: protobuf's parser only says no (and logs a line for invalid UTF-8), so the refused
// input is read again to find the first problem in `bytes` read as a `type`: "indicators[2].name is
// not UTF-8", "budget.total.breakdowns[0]…: messages nest deeper than 100 levels (protobuf's
// limit)", "truncated in indicators[0].target", or "" when none is found.
std::string DiagnoseWire(absl::string_view bytes, const google::protobuf::Descriptor& type);

// JSON: protobuf's message is several lines, quoting the input cut at any byte under a caret;
// this keeps its first line and names the place by the text from the caret on:
// "Unexpected token. (near \"NaN}]}\")" (bytes that are not UTF-8 shown as '?').
std::string JsonErrorLine(absl::string_view protobuf_message);

}  // namespace jixiao

#endif  // JIXIAO_LIB_JSON_PARSE_ERRORS_H_
