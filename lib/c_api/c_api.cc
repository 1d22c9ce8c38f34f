// The C ABI of include/jixiao/jixiao.h: a thin layer over jixiao::Evaluate, ParseTarget, ImportCsv,
// ImportTable, ReviewTargets, Skeleton
// and io.h that turns bytes into messages, statuses into codes, and keeps every exception on this
// side.
#include <algorithm>
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
#include "jixiao/import_table.h"
#include "jixiao/io.h"
#include "jixiao/jixiao.h"
#include "jixiao/parse_target.h"
#include "jixiao/review_targets.h"
#include "jixiao/v1/evaluation.pb.h"
#include "jixiao/v1/result.pb.h"
#include "jixiao/v1/rule.pb.h"
#include "jixiao/v1/targets.pb.h"

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

// The caller's *output: malloc'd and grown with realloc as the library writes its bytes, then
// handed over as it is. Nothing is copied once the work has succeeded, so nothing can fail then.
class MallocSink final : public jixiao::ByteSink {
 public:
  MallocSink() = default;
  MallocSink(const MallocSink&) = delete;
  MallocSink& operator=(const MallocSink&) = delete;
  ~MallocSink() override { std::free(data_); }

  char* Extend(size_t n) override {
    if (capacity_ - size_ <= n) Grow(size_ + n + 1);  // + 1: room for the NUL of Release
    char* at = data_ + size_;
    size_ += n;
    return at;
  }
  void Reserve(size_t n) override {
    if (capacity_ <= n) Grow(n + 1);
  }
  size_t size() const { return size_; }
  // The bytes, NUL-terminated, for jx_free; the unused end is given back. Throws std::bad_alloc.
  char* Release() {
    if (data_ == nullptr) Grow(1);
    data_[size_] = '\0';
    if (capacity_ > size_ + 1) {  // shrinking in place; on failure the bigger block is as good
      if (char* tight = static_cast<char*>(std::realloc(data_, size_ + 1))) data_ = tight;
    }
    char* out = data_;
    data_ = nullptr;
    size_ = capacity_ = 0;
    return out;
  }

 private:
  void Grow(size_t needed) {
    size_t capacity = std::max(needed, 2 * capacity_);
    char* grown = static_cast<char*>(std::realloc(data_, capacity));
    if (grown == nullptr) throw std::bad_alloc();
    data_ = grown;
    capacity_ = capacity;
  }

  char* data_ = nullptr;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

// Checks the out-parameters, runs `produce`, which writes its bytes into the caller's buffer, and
// hands that buffer or the error to the caller. `function` names the entry point in messages.
// Nothing escapes: this is the ABI boundary.
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
    MallocSink bytes;
    absl::Status status =
        parsed_format.ok() ? produce(*parsed_format, &bytes) : parsed_format.status();
    if (!status.ok()) {
      return Fail(static_cast<int32_t>(status.code()),
                  absl::StrCat(function, ": ", status.message()), error_message);
    }
    const size_t size = bytes.size();
    *output = bytes.Release();
    *output_size = size;
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

absl::Status EvaluateBytes(const void* input, size_t input_size, jixiao::Format format,
                           jixiao::ByteSink* out) {
  absl::StatusOr<absl::string_view> bytes = InputBytes(input, input_size);
  if (!bytes.ok()) return bytes.status();
  return jixiao::EvaluateSerialized(*bytes, format, format, out);
}

absl::Status EvaluateBatchBytes(const void* input, size_t input_size, int32_t threads,
                                jixiao::Format format, jixiao::ByteSink* out) {
  absl::StatusOr<absl::string_view> bytes = InputBytes(input, input_size);
  if (!bytes.ok()) return bytes.status();
  if (threads < 0 || threads > 1024) {
    return absl::InvalidArgumentError(
        absl::StrCat("threads is ", threads, "; use 0 (all cores) to 1024"));
  }
  jixiao::BatchOptions options;
  options.threads = threads;
  return jixiao::EvaluateBatchSerialized(*bytes, format, options, out);
}

absl::Status SchemesBytes(jixiao::Format format, jixiao::ByteSink* out) {
  jixiao::v1::SchemeList list;
  for (const jixiao::v1::Scheme* scheme : jixiao::BuiltinSchemes()) *list.add_schemes() = *scheme;
  return jixiao::SerializeMessageTo(list, format, out);
}

absl::Status TargetBytes(const void* input, size_t input_size, jixiao::Format format,
                         jixiao::ByteSink* out) {
  absl::StatusOr<absl::string_view> text = InputBytes(input, input_size);
  if (!text.ok()) return text.status();
  absl::StatusOr<jixiao::v1::Target> target = jixiao::ParseTarget(*text);
  if (!target.ok()) return target.status();
  return jixiao::SerializeMessageTo(*target, format, out);
}

absl::Status ImportCsvBytes(const void* input, size_t input_size, const char* scheme,
                            jixiao::Format format, jixiao::ByteSink* out) {
  absl::StatusOr<absl::string_view> bytes = InputBytes(input, input_size);
  if (!bytes.ok()) return bytes.status();
  if (scheme == nullptr) return absl::InvalidArgumentError("scheme is NULL");
  absl::StatusOr<jixiao::v1::Evaluation> evaluation = jixiao::ImportCsv(*bytes, scheme);
  if (!evaluation.ok()) return evaluation.status();
  return jixiao::SerializeMessageTo(*evaluation, format, out);
}

absl::Status ImportTableBytes(const void* input, size_t input_size, const char* scheme,
                              const char* sheet, jixiao::Format format, jixiao::ByteSink* out) {
  absl::StatusOr<absl::string_view> bytes = InputBytes(input, input_size);
  if (!bytes.ok()) return bytes.status();
  if (scheme == nullptr) return absl::InvalidArgumentError("scheme is NULL");
  jixiao::ImportTableOptions options;
  if (sheet != nullptr) options.sheet = sheet;
  absl::StatusOr<jixiao::v1::Evaluation> evaluation =
      jixiao::ImportTable(*bytes, jixiao::TableFormat::kDetect, scheme, options);
  if (!evaluation.ok()) return evaluation.status();
  return jixiao::SerializeMessageTo(*evaluation, format, out);
}

absl::Status ReviewTargetsBytes(const void* input, size_t input_size, jixiao::Format format,
                                jixiao::ByteSink* out) {
  absl::StatusOr<absl::string_view> bytes = InputBytes(input, input_size);
  if (!bytes.ok()) return bytes.status();
  jixiao::v1::TargetSet set;
  if (absl::Status s = jixiao::ParseMessage(*bytes, format, &set); !s.ok()) return s;
  absl::StatusOr<jixiao::v1::TargetSetReview> review = jixiao::ReviewTargets(set);
  if (!review.ok()) return review.status();
  return jixiao::SerializeMessageTo(*review, format, out);
}

absl::Status SkeletonBytes(const void* input, size_t input_size, const char* scheme,
                           jixiao::Format format, jixiao::ByteSink* out) {
  absl::StatusOr<absl::string_view> bytes = InputBytes(input, input_size);
  if (!bytes.ok()) return bytes.status();
  if (scheme == nullptr) return absl::InvalidArgumentError("scheme is NULL");
  jixiao::v1::TargetDeclaration declaration;
  if (absl::Status s = jixiao::ParseMessage(*bytes, format, &declaration); !s.ok()) return s;
  absl::StatusOr<jixiao::v1::Evaluation> form = jixiao::Skeleton(declaration, scheme);
  if (!form.ok()) return form.status();
  return jixiao::SerializeMessageTo(*form, format, out);
}

}  // namespace

extern "C" {

uint32_t jx_version_number(void) { return JIXIAO_VERSION_NUMBER; }

const char* jx_version_string(void) { return JIXIAO_VERSION_STRING; }

int32_t jx_evaluate(const void* input, size_t input_size, int32_t format, void** output,
                    size_t* output_size, char** error_message) {
  return Deliver("jx_evaluate", format, output, output_size, error_message,
                 [&](jixiao::Format f, jixiao::ByteSink* out) {
                   return EvaluateBytes(input, input_size, f, out);
                 });
}

int32_t jx_evaluate_batch(const void* input, size_t input_size, int32_t format, int32_t threads,
                          void** output, size_t* output_size, char** error_message) {
  return Deliver("jx_evaluate_batch", format, output, output_size, error_message,
                 [&](jixiao::Format f, jixiao::ByteSink* out) {
                   return EvaluateBatchBytes(input, input_size, threads, f, out);
                 });
}

int32_t jx_list_schemes(int32_t format, void** output, size_t* output_size, char** error_message) {
  return Deliver("jx_list_schemes", format, output, output_size, error_message, SchemesBytes);
}

int32_t jx_parse_target(const void* input, size_t input_size, int32_t format, void** output,
                        size_t* output_size, char** error_message) {
  return Deliver("jx_parse_target", format, output, output_size, error_message,
                 [&](jixiao::Format f, jixiao::ByteSink* out) {
                   return TargetBytes(input, input_size, f, out);
                 });
}

int32_t jx_import_csv(const void* input, size_t input_size, const char* scheme, int32_t format,
                      void** output, size_t* output_size, char** error_message) {
  return Deliver("jx_import_csv", format, output, output_size, error_message,
                 [&](jixiao::Format f, jixiao::ByteSink* out) {
                   return ImportCsvBytes(input, input_size, scheme, f, out);
                 });
}

int32_t jx_import_table(const void* input, size_t input_size, const char* scheme,
                        const char* sheet, int32_t format, void** output, size_t* output_size,
                        char** error_message) {
  return Deliver("jx_import_table", format, output, output_size, error_message,
                 [&](jixiao::Format f, jixiao::ByteSink* out) {
                   return ImportTableBytes(input, input_size, scheme, sheet, f, out);
                 });
}

int32_t jx_review_targets(const void* input, size_t input_size, int32_t format, void** output,
                          size_t* output_size, char** error_message) {
  return Deliver("jx_review_targets", format, output, output_size, error_message,
                 [&](jixiao::Format f, jixiao::ByteSink* out) {
                   return ReviewTargetsBytes(input, input_size, f, out);
                 });
}

int32_t jx_skeleton(const void* input, size_t input_size, int32_t format, const char* scheme,
                    void** output, size_t* output_size, char** error_message) {
  return Deliver("jx_skeleton", format, output, output_size, error_message,
                 [&](jixiao::Format f, jixiao::ByteSink* out) {
                   return SkeletonBytes(input, input_size, scheme, f, out);
                 });
}

void jx_free(void* p) { std::free(p); }

}  // extern "C"
