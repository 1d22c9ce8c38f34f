// The C ABI of include/jixiao/jixiao.h: a thin layer over jixiao::Evaluate, ParseTarget, ImportCsv
// and io.h that turns bytes into messages, statuses into codes, and keeps every exception on this
// side.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "jixiao/batch.h"
#include "jixiao/evaluate.h"
#include "jixiao/import_csv.h"
#include "jixiao/io.h"
#include "jixiao/jixiao.h"
#include "jixiao/parse_target.h"
#include "jixiao/v1/evaluation.pb.h"
#include "jixiao/v1/result.pb.h"
#include "jixiao/v1/rule.pb.h"

// The codes of jixiao.h are absl's, and must stay so.
static_assert(JX_OK == static_cast<int>(absl::StatusCode::kOk));
static_assert(JX_INVALID_ARGUMENT == static_cast<int>(absl::StatusCode::kInvalidArgument));
static_assert(JX_RESOURCE_EXHAUSTED == static_cast<int>(absl::StatusCode::kResourceExhausted));
static_assert(JX_INTERNAL == static_cast<int>(absl::StatusCode::kInternal));
static_assert(JX_UNAUTHENTICATED == static_cast<int>(absl::StatusCode::kUnauthenticated));

namespace {

// A malloc'd, NUL-terminated copy for jx_free; nullptr when out of memory. Never throws.
char* CopyOut(absl::string_view bytes) noexcept {
  char* copy = static_cast<char*>(std::malloc(bytes.size() + 1));
  if (copy == nullptr) return nullptr;
  if (!bytes.empty()) std::memcpy(copy, bytes.data(), bytes.size());
  copy[bytes.size()] = '\0';
  return copy;
}

int32_t Fail(int32_t code, absl::string_view message, char** error_message) noexcept {
  if (error_message != nullptr) *error_message = CopyOut(message);
  return code;
}

absl::StatusOr<jixiao::Format> FormatOf(int32_t format) {
  switch (format) {
    case JX_FORMAT_PROTO:
      return jixiao::Format::kProto;
    case JX_FORMAT_JSON:
      return jixiao::Format::kJson;
    default:
      return absl::InvalidArgumentError(
          absl::StrCat("unknown format ", format, " (JX_FORMAT_PROTO = 0, JX_FORMAT_JSON = 1)"));
  }
}

// Checks the out-parameters, runs `produce`, and hands its bytes or its error to the caller.
// `function` names the entry point in messages. Nothing escapes: this is the ABI boundary.
template <typename Produce>
int32_t Deliver(const char* function, int32_t format, void** output, size_t* output_size,
                char** error_message, Produce produce) noexcept {
  if (error_message != nullptr) *error_message = nullptr;
  if (output != nullptr) *output = nullptr;
  if (output_size != nullptr) *output_size = 0;
  try {
    if (output == nullptr || output_size == nullptr) {
      return Fail(
          JX_INVALID_ARGUMENT,
          absl::StrCat(function, ": ", output == nullptr ? "output" : "output_size", " is NULL"),
          error_message);
    }
    absl::StatusOr<jixiao::Format> parsed_format = FormatOf(format);
    absl::StatusOr<std::string> bytes =
        parsed_format.ok() ? produce(*parsed_format) : parsed_format.status();
    if (!bytes.ok()) {
      return Fail(static_cast<int32_t>(bytes.status().code()),
                  absl::StrCat(function, ": ", bytes.status().message()), error_message);
    }
    char* copy = CopyOut(*bytes);
    if (copy == nullptr) {
      return Fail(JX_RESOURCE_EXHAUSTED,
                  absl::StrCat(function, ": out of memory for ", bytes->size(), " bytes of output"),
                  error_message);
    }
    *output = copy;
    *output_size = bytes->size();
    return JX_OK;
  } catch (const std::bad_alloc&) {
    return Fail(JX_RESOURCE_EXHAUSTED, "out of memory", error_message);
  } catch (const std::exception& e) {
    return Fail(JX_INTERNAL, e.what(), error_message);
  } catch (...) {
    return Fail(JX_INTERNAL, "unknown exception", error_message);
  }
}

// The input bytes, checked before anything reads them: NULL with a size, and sizes over
// protobuf's limit (a sign that the size is garbage).
absl::StatusOr<absl::string_view> InputBytes(const void* input, size_t input_size) {
  if (input == nullptr && input_size > 0) {
    return absl::InvalidArgumentError(absl::StrCat("input is NULL but input_size is ", input_size));
  }
  if (input_size > static_cast<size_t>(INT32_MAX)) {
    return absl::InvalidArgumentError(
        absl::StrCat("input_size ", input_size, " is over the limit of ", INT32_MAX, " bytes"));
  }
  return absl::string_view(static_cast<const char*>(input), input_size);
}

absl::StatusOr<std::string> EvaluateBytes(const void* input, size_t input_size,
                                          jixiao::Format format) {
  absl::StatusOr<absl::string_view> bytes = InputBytes(input, input_size);
  if (!bytes.ok()) return bytes.status();
  return jixiao::EvaluateSerialized(*bytes, format, format);
}

absl::StatusOr<std::string> EvaluateBatchBytes(const void* input, size_t input_size,
                                               int32_t threads, jixiao::Format format) {
  absl::StatusOr<absl::string_view> bytes = InputBytes(input, input_size);
  if (!bytes.ok()) return bytes.status();
  if (threads < 0 || threads > 1024) {
    return absl::InvalidArgumentError(
        absl::StrCat("threads is ", threads, "; use 0 (all cores) to 1024"));
  }
  jixiao::BatchOptions options;
  options.threads = threads;
  return jixiao::EvaluateBatchSerialized(*bytes, format, options);
}

absl::StatusOr<std::string> SchemesBytes(jixiao::Format format) {
  jixiao::v1::SchemeList list;
  for (const jixiao::v1::Scheme* scheme : jixiao::BuiltinSchemes()) *list.add_schemes() = *scheme;
  return jixiao::SerializeMessage(list, format);
}

absl::StatusOr<std::string> TargetBytes(const void* input, size_t input_size,
                                        jixiao::Format format) {
  absl::StatusOr<absl::string_view> text = InputBytes(input, input_size);
  if (!text.ok()) return text.status();
  absl::StatusOr<jixiao::v1::Target> target = jixiao::ParseTarget(*text);
  if (!target.ok()) return target.status();
  return jixiao::SerializeMessage(*target, format);
}

absl::StatusOr<std::string> ImportCsvBytes(const void* input, size_t input_size,
                                           const char* scheme, jixiao::Format format) {
  absl::StatusOr<absl::string_view> bytes = InputBytes(input, input_size);
  if (!bytes.ok()) return bytes.status();
  if (scheme == nullptr) return absl::InvalidArgumentError("scheme is NULL");
  absl::StatusOr<jixiao::v1::Evaluation> evaluation = jixiao::ImportCsv(*bytes, scheme);
  if (!evaluation.ok()) return evaluation.status();
  return jixiao::SerializeMessage(*evaluation, format);
}

}  // namespace

extern "C" {

uint32_t jx_version_number(void) { return JIXIAO_VERSION_NUMBER; }

const char* jx_version_string(void) { return JIXIAO_VERSION_STRING; }

int32_t jx_evaluate(const void* input, size_t input_size, int32_t format, void** output,
                    size_t* output_size, char** error_message) {
  return Deliver("jx_evaluate", format, output, output_size, error_message,
                 [&](jixiao::Format f) { return EvaluateBytes(input, input_size, f); });
}

int32_t jx_evaluate_batch(const void* input, size_t input_size, int32_t format, int32_t threads,
                          void** output, size_t* output_size, char** error_message) {
  return Deliver(
      "jx_evaluate_batch", format, output, output_size, error_message,
      [&](jixiao::Format f) { return EvaluateBatchBytes(input, input_size, threads, f); });
}

int32_t jx_list_schemes(int32_t format, void** output, size_t* output_size, char** error_message) {
  return Deliver("jx_list_schemes", format, output, output_size, error_message, SchemesBytes);
}

int32_t jx_parse_target(const void* input, size_t input_size, int32_t format, void** output,
                        size_t* output_size, char** error_message) {
  return Deliver("jx_parse_target", format, output, output_size, error_message,
                 [&](jixiao::Format f) { return TargetBytes(input, input_size, f); });
}

int32_t jx_import_csv(const void* input, size_t input_size, const char* scheme, int32_t format,
                      void** output, size_t* output_size, char** error_message) {
  return Deliver("jx_import_csv", format, output, output_size, error_message,
                 [&](jixiao::Format f) { return ImportCsvBytes(input, input_size, scheme, f); });
}

void jx_free(void* p) { std::free(p); }

}  // extern "C"
