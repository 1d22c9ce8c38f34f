/* The stable C ABI of jixiao (libjixiao.so): score and review budget performance
   self-evaluation forms (绩效自评表) given as serialized jixiao.v1 messages.

   C99; includes only <stddef.h> and <stdint.h>. Messages are the jixiao.v1 protobuf messages
   of proto/jixiao/v1 (installed in share/jixiao/proto), either in the binary wire format
   (JX_FORMAT_PROTO) or in protobuf's JSON mapping (JX_FORMAT_JSON, UTF-8, strict: unknown
   fields are errors; output uses the proto field names and prints fields with default values).

   Memory: every output is allocated by the library and must be released with jx_free(), never
   with free(), because the caller's allocator may not be the library's.

   Errors: functions return JX_OK (0) or an absl::StatusCode value. On failure *output is NULL,
   *output_size is 0 and, when error_message is not NULL, *error_message is a NUL-terminated UTF-8
   message naming what is wrong (free it with jx_free). On success *error_message is NULL.
   No exception crosses this boundary; NULL pointers and oversized inputs are errors, not crashes.

   Memory: running out of memory, on the calling thread or on a worker of jx_evaluate_batch, is
   JX_RESOURCE_EXHAUSTED, not an abort (*error_message may then be NULL: there was no memory for
   it). Outputs are written straight into the buffer *output returns. One exception: out of
   memory while protobuf builds its descriptors, once in a process at the first call, unwinds
   through glibc's pthread_once, which needs memory to load libgcc_s and aborts without it.

   Threads: every function may be called concurrently from any number of threads without
   synchronization. jx_evaluate_batch starts up to `threads` threads for the call and joins
   them before it returns; the calling thread works too, and threads the system refuses
   (RLIMIT_NPROC, no memory for a stack) leave their share to the others, with the same output.

   Global state: none that changes a result. What the library keeps between calls:
   - a process-wide registry of the JSON codec's table for each message type, built on first
     use under a mutex and never freed, and in each thread that has read or written JSON a
     cache of pointers into it;
   - in each thread that has written JSON, a print buffer of 16 KiB that grows to the largest
     output, is cut back to 1 MiB after each call, and is freed when the thread ends;
   - read-only tables built on first use and never freed: the built-in schemes, two default
     rules, the type resolver for the JSON of types the codec leaves to protobuf;
   - a google::protobuf::LogSilencer held while protobuf parses (binary input, and JSON of those
     types): libprotobuf is shared with the host, and its non-fatal log lines are suppressed
     process-wide for that moment, including another thread's.

   Stack: a form's messages are on the heap; a call uses about 16 KiB of the calling thread's
   stack for the example forms and 83 KiB for the deepest input the limits allow (budgets nested
   32 levels, JSON 100), as measured on x86-64: a 128 KiB stack is enough. The threads of
   jx_evaluate_batch get the default stack size (RLIMIT_STACK).

   Compatibility: within a major version (the SONAME libjixiao.so.MAJOR) functions and codes are
   only added; existing ones never change meaning or number. */
#ifndef JIXIAO_JIXIAO_H_
#define JIXIAO_JIXIAO_H_

#include <stddef.h>
#include <stdint.h>

#include "jixiao/export.h"
#include "jixiao/version.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- formats ----------------------------------------------------------------------------- */
#define JX_FORMAT_PROTO 0 /* serialized jixiao.v1 messages (binary wire format) */
#define JX_FORMAT_JSON 1  /* protobuf JSON mapping, UTF-8 */

/* ---- return codes: the absl::StatusCode values ------------------------------------------- */
#define JX_OK 0
#define JX_CANCELLED 1
#define JX_UNKNOWN 2
#define JX_INVALID_ARGUMENT 3 /* bad input: malformed message, NULL pointer, unknown format */
#define JX_DEADLINE_EXCEEDED 4
#define JX_NOT_FOUND 5
#define JX_ALREADY_EXISTS 6
#define JX_PERMISSION_DENIED 7
#define JX_RESOURCE_EXHAUSTED 8 /* out of memory, or an input over its size limit */
#define JX_FAILED_PRECONDITION 9
#define JX_ABORTED 10
#define JX_OUT_OF_RANGE 11
#define JX_UNIMPLEMENTED 12
#define JX_INTERNAL 13 /* a bug in jixiao; the message says where */
#define JX_UNAVAILABLE 14
#define JX_DATA_LOSS 15
#define JX_UNAUTHENTICATED 16

/* ---- version ------------------------------------------------------------------------------ */
/* MAJOR*10000 + MINOR*100 + PATCH of the loaded library; compare with JIXIAO_VERSION_NUMBER. */
JX_API uint32_t jx_version_number(void);
/* "MAJOR.MINOR.PATCH" of the loaded library; static storage, do not free. */
JX_API const char* jx_version_string(void);

/* ---- evaluation --------------------------------------------------------------------------- */
/* Scores and reviews one form. `input` holds a jixiao.v1.Evaluation of `input_size` bytes
   (at most INT32_MAX) in `format`. On success *output holds the jixiao.v1.EvaluationResult in
   the same format and *output_size its length; JSON output is also NUL-terminated (the NUL is
   not counted). Findings about the form's own figures are part of the result, not errors.
   Returns JX_INVALID_ARGUMENT for a malformed form or a field over its limit (the message names
   the indicator and field), JX_RESOURCE_EXHAUSTED for an input over 16 MiB or when out of memory,
   JX_INTERNAL for a bug. The limits are in the README ("Limits"). */
JX_API int32_t jx_evaluate(const void* input, size_t input_size, int32_t format, void** output,
                           size_t* output_size, char** error_message);

/* Scores many forms at once on `threads` worker threads (0: all cores; at most 1024). `input`
   holds a jixiao.v1.EvaluationBatch; on success *output holds a jixiao.v1.BatchResult in the
   same format: one item per form in input order (a form that cannot be evaluated fails only its
   own item, which carries the error code and message instead of a result) and the portfolio
   summary. The output is byte-identical for any thread count, and for however many of the
   threads the system lets start. Returns JX_INVALID_ARGUMENT when the batch itself does not
   parse, JX_RESOURCE_EXHAUSTED for more than 100,000 forms or when out of memory (the whole call
   fails, not one item). */
JX_API int32_t jx_evaluate_batch(const void* input, size_t input_size, int32_t format,
                                 int32_t threads, void** output, size_t* output_size,
                                 char** error_message);

/* The built-in scoring schemes as a jixiao.v1.SchemeList in `format`, with the same output and
   error conventions as jx_evaluate. */
JX_API int32_t jx_list_schemes(int32_t format, void** output, size_t* output_size,
                               char** error_message);

/* ---- forms as written --------------------------------------------------------------------- */
/* Reads a target as a form writes it ("≥300项", "15%及其以下", "100%-130%", "健全"): `input`
   holds `input_size` bytes of UTF-8 text (at most INT32_MAX). On success *output holds a
   jixiao.v1.Target in `format` (its `text` keeps the wording), with the output and error
   conventions of jx_evaluate. JX_INVALID_ARGUMENT for text that is not a target ("≥", "1e5",
   "-5"); the message quotes it. */
JX_API int32_t jx_parse_target(const void* input, size_t input_size, int32_t format, void** output,
                               size_t* output_size, char** error_message);

/* Reads a self-evaluation form (附表1) exported from a spreadsheet as CSV (UTF-8 with or without
   a byte order mark, GB18030, or UTF-16 with one) under the built-in scheme named by the
   NUL-terminated UTF-8 string `scheme`. On success *output holds the jixiao.v1.Evaluation in
   `format`, ready for jx_evaluate, with the output and error conventions of jx_evaluate.
   JX_INVALID_ARGUMENT for an unknown or NULL scheme, a file with no header row, or rows that
   cannot be read: the message lists every such row, one "line N: …" per line.
   JX_RESOURCE_EXHAUSTED for input over 16 MiB. */
JX_API int32_t jx_import_csv(const void* input, size_t input_size, const char* scheme,
                             int32_t format, void** output, size_t* output_size,
                             char** error_message);

/* Reads a self-evaluation form as a spreadsheet: an .xlsx or .xls workbook (told by its first
   bytes), or a CSV as jx_import_csv reads it, under the built-in scheme `scheme`. `sheet` is the
   NUL-terminated UTF-8 name of the sheet to read; NULL or "" reads the first sheet with a header
   row (else the first sheet); it is ignored for a CSV. Cells are read as a CSV export of the sheet
   shows them (docs/IMPORT.md "Spreadsheets"). On success *output holds the jixiao.v1.Evaluation
   in `format`, with the output and error conventions of jx_evaluate. JX_INVALID_ARGUMENT for
   what jx_import_csv refuses (messages starting "sheet NAME: " for a workbook's rows), an unknown
   sheet (the message names the sheets there are) or a file that is not a readable workbook;
   JX_RESOURCE_EXHAUSTED for input over 16 MiB or a workbook over the spreadsheet limits (a zip
   bomb). */
JX_API int32_t jx_import_table(const void* input, size_t input_size, const char* scheme,
                               const char* sheet, int32_t format, void** output,
                               size_t* output_size, char** error_message);

/* ---- performance targets (绩效目标表, TARGETS.md) ------------------------------------------- */
/* Reviews a set of target declarations: `input` holds a jixiao.v1.TargetSet (declarations,
   their year-end Evaluations, optionally the DepartmentBudget and a profile) in `format`. On
   success *output holds the jixiao.v1.TargetSetReview in the same format, with the output and
   error conventions of jx_evaluate. Findings are part of the result, not errors.
   JX_INVALID_ARGUMENT for a malformed set: a malformed or negative amount, an unknown money
   unit or profile, an indicator with no target (the message names the field). */
JX_API int32_t jx_review_targets(const void* input, size_t input_size, int32_t format,
                                 void** output, size_t* output_size, char** error_message);

/* The year-end form of a declaration, ready to fill: `input` holds a jixiao.v1.TargetDeclaration
   in `format`, `scheme` (NUL-terminated UTF-8) names a built-in scheme. On success *output holds
   the jixiao.v1.Evaluation in `format`, with the output and error conventions of jx_evaluate.
   JX_INVALID_ARGUMENT for an unknown or NULL scheme, or a level1 the scheme has no category or
   alias for (the message names it). */
JX_API int32_t jx_skeleton(const void* input, size_t input_size, int32_t format,
                           const char* scheme, void** output, size_t* output_size,
                           char** error_message);

/* ---- memory ------------------------------------------------------------------------------- */
/* Releases an output or error message of this library. NULL is fine. */
JX_API void jx_free(void* p);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* JIXIAO_JIXIAO_H_ */
