/* The C ABI of jixiao.h from pure C99: every function, good input in both formats, bad input,
   NULL pointers, and that every output is freed with jx_free. Prints "N passed, M failed". */
#include "jixiao/jixiao.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passed = 0;
static int failed = 0;

#define CHECK(condition)                                                  \
  do {                                                                    \
    if (condition) {                                                      \
      ++passed;                                                           \
    } else {                                                              \
      ++failed;                                                           \
      fprintf(stderr, "%s:%d: FAILED: %s\n", __FILE__, __LINE__, #condition); \
    }                                                                     \
  } while (0)

/* A whole file in a malloc'd buffer (free()), or NULL. */
static char* read_file(const char* path, size_t* size) {
  FILE* f = fopen(path, "rb");
  char* data = NULL;
  long length;
  if (f == NULL) return NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (length = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
    data = (char*)malloc((size_t)length + 1);
    if (data != NULL && fread(data, 1, (size_t)length, f) != (size_t)length) {
      free(data);
      data = NULL;
    }
    *size = (size_t)length;
  }
  fclose(f);
  if (data == NULL) fprintf(stderr, "cannot read %s\n", path);
  return data;
}

/* Whether `needle` occurs in the first `size` bytes of `haystack` (binary safe). */
static int contains(const void* haystack, size_t size, const char* needle) {
  size_t n = strlen(needle), i;
  const char* h = (const char*)haystack;
  for (i = 0; n <= size && i <= size - n; ++i) {
    if (memcmp(h + i, needle, n) == 0) return 1;
  }
  return 0;
}

/* The result of one jx_evaluate call; output and message freed by finish(). */
typedef struct {
  int32_t code;
  void* output;
  size_t output_size;
  char* message;
} call_t;

static call_t evaluate(const void* input, size_t size, int32_t format) {
  call_t call;
  call.output = (void*)&call; /* garbage the library must overwrite */
  call.output_size = 12345;
  call.message = (char*)&call;
  call.code = jx_evaluate(input, size, format, &call.output, &call.output_size, &call.message);
  return call;
}

static void finish(call_t* call) {
  jx_free(call->output);
  jx_free(call->message);
}

/* A failure leaves no output and a message that mentions `expected`. */
static void check_failure(call_t* call, int32_t code, const char* expected) {
  CHECK(call->code == code);
  CHECK(call->output == NULL);
  CHECK(call->output_size == 0);
  CHECK(call->message != NULL && strstr(call->message, expected) != NULL);
  if (call->message != NULL && strstr(call->message, expected) == NULL) {
    fprintf(stderr, "  message \"%s\" does not mention \"%s\"\n", call->message, expected);
  }
  finish(call);
}

static void test_version(void) {
  char expected[32];
  sprintf(expected, "%d.%d.%d", JIXIAO_VERSION_MAJOR, JIXIAO_VERSION_MINOR, JIXIAO_VERSION_PATCH);
  CHECK(jx_version_number() == JIXIAO_VERSION_NUMBER);
  CHECK(strcmp(jx_version_string(), JIXIAO_VERSION_STRING) == 0);
  CHECK(strcmp(jx_version_string(), expected) == 0);
}

static void test_evaluate_json(const char* form, const char* total, const char* finding) {
  char path[1024];
  size_t size = 0;
  char* json;
  call_t call;
  sprintf(path, "%s/%s.json", JIXIAO_TEST_DATA, form);
  json = read_file(path, &size);
  CHECK(json != NULL);
  if (json == NULL) return;
  call = evaluate(json, size, JX_FORMAT_JSON);
  CHECK(call.code == JX_OK);
  if (call.code != JX_OK) fprintf(stderr, "  %s: %s\n", form, call.message);
  CHECK(call.message == NULL);
  CHECK(call.output != NULL && call.output_size > 0);
  if (call.output != NULL) {
    CHECK(((const char*)call.output)[call.output_size] == '\0'); /* NUL-terminated, not counted */
    CHECK(strlen((const char*)call.output) == call.output_size);
    CHECK(contains(call.output, call.output_size, total));
    CHECK(finding == NULL || contains(call.output, call.output_size, finding));
  }
  finish(&call);
  free(json);
}

/* Binary in, binary out: the result is byte for byte the expected result, serialized. */
static void test_evaluate_proto(const char* form) {
  char path[1024];
  size_t size = 0, expected_size = 0;
  char *input, *expected;
  call_t call;
  sprintf(path, "%s/data/%s.pb", JIXIAO_TEST_FIXTURES, form);
  input = read_file(path, &size);
  sprintf(path, "%s/data/expected/%s.pb", JIXIAO_TEST_FIXTURES, form);
  expected = read_file(path, &expected_size);
  CHECK(input != NULL && expected != NULL);
  if (input != NULL && expected != NULL) {
    call = evaluate(input, size, JX_FORMAT_PROTO);
    CHECK(call.code == JX_OK);
    CHECK(call.message == NULL);
    CHECK(call.output_size == expected_size);
    CHECK(call.output != NULL && call.output_size == expected_size &&
          memcmp(call.output, expected, expected_size) == 0);
    finish(&call);

    /* truncated: cut in the last field, and in the middle */
    call = evaluate(input, size - 1, JX_FORMAT_PROTO);
    check_failure(&call, JX_INVALID_ARGUMENT, "not a valid serialized jixiao.v1.Evaluation");
    call = evaluate(input, size / 2, JX_FORMAT_PROTO);
    check_failure(&call, JX_INVALID_ARGUMENT, "not a valid serialized jixiao.v1.Evaluation");
    /* a JSON form read as binary */
    call = evaluate("{\"id\": \"x\"}", 11, JX_FORMAT_PROTO);
    check_failure(&call, JX_INVALID_ARGUMENT, "Evaluation");
  }
  free(input);
  free(expected);
}

static void test_bad_input(void) {
  static const char malformed[] = "{\"id\": \"x\", \"indicators\": [";
  static const char unknown_field[] = "{\"id\": \"x\", \"bogus_field\": 1}";
  static const char wrong_type[] = "{\"year\": \"twenty\"}";
  static const char form[] = "{\"id\": \"x\"}";
  call_t call;
  void* output = (void*)form;
  size_t output_size = 7;
  char* message = NULL;

  call = evaluate(malformed, sizeof malformed - 1, JX_FORMAT_JSON);
  check_failure(&call, JX_INVALID_ARGUMENT, "JSON");
  call = evaluate(unknown_field, sizeof unknown_field - 1, JX_FORMAT_JSON);
  check_failure(&call, JX_INVALID_ARGUMENT, "bogus_field");
  call = evaluate(wrong_type, sizeof wrong_type - 1, JX_FORMAT_JSON);
  check_failure(&call, JX_INVALID_ARGUMENT, "year");
  call = evaluate("", 0, JX_FORMAT_JSON);
  check_failure(&call, JX_INVALID_ARGUMENT, "JSON");
  call = evaluate(NULL, 0, JX_FORMAT_JSON); /* NULL with size 0 is an empty input */
  check_failure(&call, JX_INVALID_ARGUMENT, "JSON");

  /* NULL pointers, unknown formats and oversized sizes: rejected before parsing */
  call = evaluate(NULL, 10, JX_FORMAT_JSON);
  check_failure(&call, JX_INVALID_ARGUMENT, "input is NULL");
  call = evaluate(form, sizeof form - 1, 2);
  check_failure(&call, JX_INVALID_ARGUMENT, "unknown format 2");
  call = evaluate(form, sizeof form - 1, -1);
  check_failure(&call, JX_INVALID_ARGUMENT, "unknown format -1");
  call = evaluate(form, (size_t)INT32_MAX + 1, JX_FORMAT_JSON); /* never read */
  check_failure(&call, JX_INVALID_ARGUMENT, "over the limit");
  call = evaluate(form, (size_t)-1, JX_FORMAT_PROTO);
  check_failure(&call, JX_INVALID_ARGUMENT, "over the limit");

  message = NULL;
  CHECK(jx_evaluate(form, sizeof form - 1, JX_FORMAT_JSON, NULL, &output_size, &message) ==
        JX_INVALID_ARGUMENT);
  CHECK(output_size == 0);
  CHECK(message != NULL && strstr(message, "output is NULL") != NULL);
  jx_free(message);
  message = NULL;
  CHECK(jx_evaluate(form, sizeof form - 1, JX_FORMAT_JSON, &output, NULL, &message) ==
        JX_INVALID_ARGUMENT);
  CHECK(output == NULL);
  CHECK(message != NULL && strstr(message, "output_size is NULL") != NULL);
  jx_free(message);

  /* no error_message wanted: still an error code, still no output */
  output = (void*)form;
  CHECK(jx_evaluate(malformed, sizeof malformed - 1, JX_FORMAT_JSON, &output, &output_size,
                    NULL) == JX_INVALID_ARGUMENT);
  CHECK(output == NULL && output_size == 0);
  CHECK(jx_evaluate(form, sizeof form - 1, JX_FORMAT_JSON, NULL, NULL, NULL) ==
        JX_INVALID_ARGUMENT);
}

static void test_list_schemes(void) {
  void* output = NULL;
  size_t output_size = 0;
  char* message = (char*)&output;
  CHECK(jx_list_schemes(JX_FORMAT_JSON, &output, &output_size, &message) == JX_OK);
  CHECK(message == NULL);
  CHECK(output != NULL && ((const char*)output)[output_size] == '\0');
  CHECK(contains(output, output_size, "\"schemes\""));
  CHECK(contains(output, output_size, "zhengzhou-2021-project"));
  jx_free(output);

  CHECK(jx_list_schemes(JX_FORMAT_PROTO, &output, &output_size, &message) == JX_OK);
  CHECK(output != NULL && output_size > 0);
  CHECK(contains(output, output_size, "mof-2020-project"));
  jx_free(output);

  output = (void*)&output;
  CHECK(jx_list_schemes(5, &output, &output_size, &message) == JX_INVALID_ARGUMENT);
  CHECK(output == NULL && output_size == 0);
  CHECK(message != NULL && strstr(message, "jx_list_schemes: unknown format 5") != NULL);
  jx_free(message);
  CHECK(jx_list_schemes(JX_FORMAT_JSON, NULL, &output_size, &message) == JX_INVALID_ARGUMENT);
  jx_free(message);
}

static void test_parse_target(void) {
  static const char text[] = "\xE2\x89\xA5" "300\xE9\xA1\xB9"; /* "≥300项" in UTF-8 */
  void* output = NULL;
  size_t output_size = 0;
  char* message = (char*)&output;
  call_t call;
  CHECK(jx_parse_target(text, sizeof text - 1, JX_FORMAT_JSON, &output, &output_size, &message) ==
        JX_OK);
  CHECK(message == NULL);
  CHECK(output != NULL && ((const char*)output)[output_size] == '\0');
  CHECK(contains(output, output_size, "\"comparator\":\"AT_LEAST\""));
  CHECK(contains(output, output_size, "\"value\":\"300\""));
  CHECK(contains(output, output_size, text)); /* the wording is kept */
  jx_free(output);
  CHECK(jx_parse_target(text, sizeof text - 1, JX_FORMAT_PROTO, &output, &output_size, &message) ==
        JX_OK);
  CHECK(output != NULL && contains(output, output_size, "300"));
  jx_free(output);

  call.output = (void*)&call;
  call.code = jx_parse_target("\xE2\x89\xA5", 3, JX_FORMAT_JSON, &call.output, &call.output_size,
                              &call.message);
  check_failure(&call, JX_INVALID_ARGUMENT, "jx_parse_target: target");
  call.code = jx_parse_target(NULL, 4, JX_FORMAT_JSON, &call.output, &call.output_size,
                              &call.message);
  check_failure(&call, JX_INVALID_ARGUMENT, "input is NULL");
  call.code = jx_parse_target(text, sizeof text - 1, 7, &call.output, &call.output_size,
                              &call.message);
  check_failure(&call, JX_INVALID_ARGUMENT, "unknown format 7");
}

/* The GB18030 example form, imported and then evaluated: the total of the JSON form. */
static void test_import_csv(void) {
  static const char bad[] = "\xE4\xB8\x89\xE7\xBA\xA7\xE6\x8C\x87\xE6\xA0\x87,a\n"; /* 三级指标,a */
  size_t size = 0;
  char* csv = read_file(JIXIAO_EXAMPLES "/zz-2021-geodata.gb18030.csv", &size);
  call_t imported, evaluated;
  CHECK(csv != NULL);
  if (csv == NULL) return;
  imported.code = jx_import_csv(csv, size, "zhengzhou-2021-project", JX_FORMAT_JSON,
                                &imported.output, &imported.output_size, &imported.message);
  CHECK(imported.code == JX_OK);
  if (imported.code != JX_OK) fprintf(stderr, "  %s\n", imported.message);
  if (imported.code == JX_OK) {
    CHECK(contains(imported.output, imported.output_size, "\"factor\":\"66\""));
    evaluated = evaluate(imported.output, imported.output_size, JX_FORMAT_JSON);
    CHECK(evaluated.code == JX_OK);
    CHECK(evaluated.code == JX_OK &&
          contains(evaluated.output, evaluated.output_size, "\"total\":\"99.37\""));
    finish(&evaluated);
  }
  finish(&imported);

  imported.code = jx_import_csv(csv, size, "nowhere", JX_FORMAT_JSON, &imported.output,
                                &imported.output_size, &imported.message);
  check_failure(&imported, JX_INVALID_ARGUMENT, "nowhere");
  imported.code = jx_import_csv(csv, size, NULL, JX_FORMAT_JSON, &imported.output,
                                &imported.output_size, &imported.message);
  check_failure(&imported, JX_INVALID_ARGUMENT, "scheme is NULL");
  imported.code = jx_import_csv(bad, sizeof bad - 1, "zhengzhou-2021-project", JX_FORMAT_PROTO,
                                &imported.output, &imported.output_size, &imported.message);
  check_failure(&imported, JX_INVALID_ARGUMENT, "no header row");
  free(csv);
}

static void test_import_table(void) {
  size_t size = 0, xls_size = 0;
  char* xlsx = read_file(JIXIAO_EXAMPLES "/zz-2021-geodata.xlsx", &size);
  char* xls = read_file(JIXIAO_TEST_DATA "/zz-2021-geodata.xls", &xls_size);
  call_t imported, evaluated;
  const char* sheets[] = {NULL, "", "\xE8\x87\xAA\xE8\xAF\x84\xE8\xA1\xA8"}; /* 自评表 */
  int i;
  CHECK(xlsx != NULL && xls != NULL);
  if (xlsx == NULL || xls == NULL) {
    free(xlsx);
    free(xls);
    return;
  }
  for (i = 0; i < 4; ++i) {
    const char* input = i < 3 ? xlsx : xls;
    imported.code = jx_import_table(input, i < 3 ? size : xls_size, "zhengzhou-2021-project",
                                    i < 3 ? sheets[i] : NULL, JX_FORMAT_JSON, &imported.output,
                                    &imported.output_size, &imported.message);
    CHECK(imported.code == JX_OK);
    if (imported.code != JX_OK) fprintf(stderr, "  %s\n", imported.message);
    if (imported.code == JX_OK) {
      evaluated = evaluate(imported.output, imported.output_size, JX_FORMAT_JSON);
      CHECK(evaluated.code == JX_OK &&
            contains(evaluated.output, evaluated.output_size, "\"total\":\"99.37\""));
      finish(&evaluated);
    }
    finish(&imported);
  }

  imported.code = jx_import_table(xlsx, size, "zhengzhou-2021-project", "Sheet9", JX_FORMAT_PROTO,
                                  &imported.output, &imported.output_size, &imported.message);
  check_failure(&imported, JX_INVALID_ARGUMENT, "no sheet named \"Sheet9\"");
  imported.code = jx_import_table(xlsx, size / 2, "zhengzhou-2021-project", NULL, JX_FORMAT_PROTO,
                                  &imported.output, &imported.output_size, &imported.message);
  check_failure(&imported, JX_INVALID_ARGUMENT, "not a readable xlsx file");
  imported.code = jx_import_table(xlsx, size, NULL, NULL, JX_FORMAT_JSON, &imported.output,
                                  &imported.output_size, &imported.message);
  check_failure(&imported, JX_INVALID_ARGUMENT, "scheme is NULL");
  imported.code = jx_import_table(xlsx, size, "nowhere", NULL, JX_FORMAT_JSON, &imported.output,
                                  &imported.output_size, &imported.message);
  check_failure(&imported, JX_INVALID_ARGUMENT, "nowhere");
  imported.code = jx_import_table(NULL, 10, "zhengzhou-2021-project", NULL, JX_FORMAT_JSON,
                                  &imported.output, &imported.output_size, &imported.message);
  check_failure(&imported, JX_INVALID_ARGUMENT, "");
  free(xlsx);
  free(xls);
}

static void test_review_targets(void) {
  size_t size = 0;
  char* set = read_file(JIXIAO_TEST_DATA "/targets/fixture-set.input.json", &size);
  static const char unknown_unit[] =
      "{\"declarations\": [{\"id\": \"d\", \"money_unit\": \"\xE5\x8D\x83\xE5\x85\x83\"}]}"; /* 千元 */
  call_t call;
  CHECK(set != NULL);
  if (set == NULL) return;
  call.message = (char*)&call;
  call.code = jx_review_targets(set, size, JX_FORMAT_JSON, &call.output, &call.output_size,
                                &call.message);
  CHECK(call.code == JX_OK);
  CHECK(call.message == NULL);
  if (call.code == JX_OK) {
    CHECK(((const char*)call.output)[call.output_size] == '\0');
    CHECK(contains(call.output, call.output_size, "\"quantified_share\":\"38.89\""));
    CHECK(contains(call.output, call.output_size, "\"code\":\"TARGET_CHANGED\""));
    CHECK(contains(call.output, call.output_size, "\"indicator_id\":\"t18\""));
  }
  finish(&call);

  call.code = jx_review_targets(unknown_unit, sizeof unknown_unit - 1, JX_FORMAT_JSON,
                                &call.output, &call.output_size, &call.message);
  check_failure(&call, JX_INVALID_ARGUMENT, "money_unit");
  call.code = jx_review_targets(set, size, 7, &call.output, &call.output_size, &call.message);
  check_failure(&call, JX_INVALID_ARGUMENT, "unknown format");
  call.code = jx_review_targets(NULL, 5, JX_FORMAT_JSON, &call.output, &call.output_size,
                                &call.message);
  check_failure(&call, JX_INVALID_ARGUMENT, "input is NULL");
  call.code = jx_review_targets(set, size, JX_FORMAT_JSON, NULL, &call.output_size, &call.message);
  check_failure(&call, JX_INVALID_ARGUMENT, "output is NULL");
  /* A TargetSet in the binary format is not JSON: a clear error, not a crash. */
  call.code = jx_review_targets(set, size, JX_FORMAT_PROTO, &call.output, &call.output_size,
                                &call.message);
  check_failure(&call, JX_INVALID_ARGUMENT, "TargetSet");
  free(set);
}

static void test_skeleton(void) {
  size_t size = 0;
  char* declaration = read_file(JIXIAO_TEST_DATA "/targets/zz-2021-geodata.json", &size);
  call_t call, proto, back;
  CHECK(declaration != NULL);
  if (declaration == NULL) return;
  call.code = jx_skeleton(declaration, size, JX_FORMAT_JSON, "zhengzhou-2021-project", &call.output,
                          &call.output_size, &call.message);
  CHECK(call.code == JX_OK);
  if (call.code == JX_OK) {
    CHECK(contains(call.output, call.output_size, "\"initial\":\"3770000.00\""));
    CHECK(contains(call.output, call.output_size, "\"id\":\"t18\""));
    /* `format` is the input's and the output's: JSON read as the binary format is an error. */
    proto.code = jx_skeleton(declaration, size, JX_FORMAT_PROTO, "zhengzhou-2021-project",
                             &proto.output, &proto.output_size, &proto.message);
    CHECK(proto.code == JX_INVALID_ARGUMENT); /* the input is JSON, not the binary format */
    finish(&proto);
  }
  /* The skeleton is an Evaluation jx_evaluate reads (no actual yet: MISSING_ACTUAL, total 0). */
  if (call.code == JX_OK) {
    back = evaluate(call.output, call.output_size, JX_FORMAT_JSON);
    CHECK(back.code == JX_OK);
    CHECK(back.code == JX_OK && contains(back.output, back.output_size, "MISSING_ACTUAL"));
    finish(&back);
  }
  finish(&call);

  call.code = jx_skeleton(declaration, size, JX_FORMAT_JSON, "mof-2020-project", &call.output,
                          &call.output_size, &call.message);
  check_failure(&call, JX_INVALID_ARGUMENT, "level1");
  call.code = jx_skeleton(declaration, size, JX_FORMAT_JSON, NULL, &call.output,
                          &call.output_size, &call.message);
  check_failure(&call, JX_INVALID_ARGUMENT, "scheme is NULL");
  call.code = jx_skeleton(declaration, size, JX_FORMAT_JSON, "nowhere", &call.output,
                          &call.output_size, &call.message);
  check_failure(&call, JX_INVALID_ARGUMENT, "nowhere");
  call.code = jx_skeleton(declaration, size, JX_FORMAT_JSON, "zhengzhou-2021-project", &call.output,
                          NULL, &call.message);
  check_failure(&call, JX_INVALID_ARGUMENT, "output_size is NULL");
  free(declaration);
}

static void test_evaluate_batch(void) {
  /* Two forms and a bad one: items in input order, the bad one failing alone. */
  static const char batch[] =
      "{\"evaluations\": [{\"id\": \"a\", \"scheme\": \"zhengzhou-2021-project\", \"indicators\": "
      "[{\"id\": \"i1\", \"level1\": \"产出\", \"actual\": {\"achieved\": true}}]},"
      "{\"id\": \"b\", \"scheme\": \"nope\"},"
      "{\"id\": \"c\", \"scheme\": \"mof-2020-project\"}]}";
  void* one = NULL;
  void* two = NULL;
  size_t one_size = 0, two_size = 0;
  char* message = (char*)&one;
  CHECK(jx_evaluate_batch(batch, sizeof batch - 1, JX_FORMAT_JSON, 1, &one, &one_size, &message) ==
        JX_OK);
  CHECK(message == NULL);
  CHECK(one != NULL && ((const char*)one)[one_size] == '\0');
  CHECK(contains(one, one_size, "\"total\":\"40.00\""));
  CHECK(contains(one, one_size, "unknown scheme \\\"nope\\\""));
  CHECK(contains(one, one_size, "\"failed\":\"1\""));
  CHECK(jx_evaluate_batch(batch, sizeof batch - 1, JX_FORMAT_JSON, 2, &two, &two_size, &message) ==
        JX_OK);
  CHECK(one_size == two_size && memcmp(one, two, one_size) == 0); /* any thread count */
  jx_free(one);
  jx_free(two);

  one = (void*)batch;
  CHECK(jx_evaluate_batch(batch, sizeof batch - 1, JX_FORMAT_JSON, -1, &one, &one_size,
                          &message) == JX_INVALID_ARGUMENT);
  CHECK(one == NULL && one_size == 0);
  CHECK(message != NULL && strstr(message, "jx_evaluate_batch: threads is -1") != NULL);
  jx_free(message);
  CHECK(jx_evaluate_batch("{\"evaluations\": 5}", 18, JX_FORMAT_JSON, 0, &one, &one_size,
                          &message) == JX_INVALID_ARGUMENT);
  jx_free(message);
  CHECK(jx_evaluate_batch(NULL, 0, JX_FORMAT_PROTO, 0, &one, &one_size, &message) == JX_OK);
  CHECK(one_size > 0); /* an empty batch: only a summary */
  jx_free(one);
}

/* Hostile input (issue 6): each is an error with its message and no output, never a crash. */
static void test_hostile_input(void) {
  static const char bad_utf8_json[] = "{\"id\": \"a\xff\xfe\", \"scheme\": \"mof-2020-project\"}";
  /* Evaluation {id = "a\xff"}: a proto3 string that is not UTF-8 */
  static const char bad_utf8_proto[] = "\x0a\x02\x61\xff";
  static const char half_char[] = "{\"id\": \"\xe4\xb8\", \"scheme\": \"mof-2020-project\"}";
  static const char year_huge[] = "{\"year\": 1e40}";
  static const char weight_number[] =
      "{\"scheme\": \"mof-2020-project\", \"indicators\": [{\"id\": \"a\", \"level1\": \"产出\", "
      "\"weight\": 10}]}";
  static const char weight_exponent[] =
      "{\"scheme\": \"mof-2020-project\", \"indicators\": [{\"id\": \"a\", \"level1\": \"产出\", "
      "\"weight\": \"1e5\"}]}";
  static const char comparator_42[] = /* Evaluation {scheme, indicators [{id "a", level1 "产出",
                                         target {comparator 42}}]} */
      "\x3a\x10mof-2020-project\x52\x0f\x0a\x01\x61\x12\x06\xe4\xba\xa7\xe5\x87\xba\x32\x02\x08\x2a";
  const size_t big = ((size_t)16 << 20) + 1;
  char* deep;
  char* huge;
  size_t n = 0, i;
  call_t call;

  call = evaluate(bad_utf8_json, sizeof bad_utf8_json - 1, JX_FORMAT_JSON);
  check_failure(&call, JX_INVALID_ARGUMENT,
                "Evaluation JSON: id: invalid UTF-8 in a string (line 1, column 10)");
  call = evaluate(bad_utf8_proto, sizeof bad_utf8_proto - 1, JX_FORMAT_PROTO);
  check_failure(&call, JX_INVALID_ARGUMENT, "(id is not UTF-8)");
  call = evaluate(half_char, sizeof half_char - 1, JX_FORMAT_JSON);
  check_failure(&call, JX_INVALID_ARGUMENT, "id: invalid UTF-8 in a string");
  call = evaluate(year_huge, sizeof year_huge - 1, JX_FORMAT_JSON);
  check_failure(&call, JX_INVALID_ARGUMENT, "year: invalid value 1e40 for int32");
  call = evaluate(weight_number, sizeof weight_number - 1, JX_FORMAT_JSON);
  check_failure(&call, JX_INVALID_ARGUMENT, "indicators[0].weight: invalid value 10 for string");
  call = evaluate(weight_exponent, sizeof weight_exponent - 1, JX_FORMAT_JSON);
  check_failure(&call, JX_INVALID_ARGUMENT, "indicator a weight: \"1e5\" is not a decimal number");
  call = evaluate(comparator_42, sizeof comparator_42 - 1, JX_FORMAT_PROTO);
  check_failure(&call, JX_INVALID_ARGUMENT,
                "indicator a target.comparator: 42 is not a value of Comparator");

  /* a budget nested 10,000 deep, as JSON */
  deep = (char*)malloc(10000 * 40 + 100);
  CHECK(deep != NULL);
  if (deep != NULL) {
    n = (size_t)sprintf(deep, "{\"scheme\": \"mof-2020-project\", \"budget\": {\"total\": ");
    for (i = 1; i < 10000; ++i) n += (size_t)sprintf(deep + n, "{\"breakdowns\": [{\"lines\": [");
    n += (size_t)sprintf(deep + n, "{}");
    for (i = 1; i < 10000; ++i) n += (size_t)sprintf(deep + n, "]}]}");
    n += (size_t)sprintf(deep + n, "}}");
    call = evaluate(deep, n, JX_FORMAT_JSON);
    check_failure(&call, JX_INVALID_ARGUMENT, "objects nested more than 100 deep");
    free(deep);
  }

  /* 16 MiB and a byte of spaces: refused by size before it is read */
  huge = (char*)malloc(big);
  CHECK(huge != NULL);
  if (huge != NULL) {
    memset(huge, ' ', big);
    call = evaluate(huge, big, JX_FORMAT_JSON);
    check_failure(&call, JX_RESOURCE_EXHAUSTED, "input of 16777217 bytes; the limit is 16777216");
    call = evaluate(huge, big, JX_FORMAT_PROTO);
    check_failure(&call, JX_RESOURCE_EXHAUSTED, "the limit is 16777216");
    free(huge);
  }
}

/* A batch keeps its items' order and ids whatever fails in it. */
static void test_batch_keeps_order(void) {
  static const char batch[] =
      "{\"evaluations\": [{\"id\": \"first\", \"scheme\": \"nope\"},"
      "{\"id\": \"second\", \"scheme\": \"mof-2020-project\", \"indicators\": "
      "[{\"id\": \"a\", \"level1\": \"产出\", \"weight\": \"1e5\"}]},"
      "{\"id\": \"third\", \"scheme\": \"mof-2020-project\"}]}";
  void* out = NULL;
  size_t size = 0;
  char* message = NULL;
  const char *first, *second, *third;
  CHECK(jx_evaluate_batch(batch, sizeof batch - 1, JX_FORMAT_JSON, 2, &out, &size, &message) ==
        JX_OK);
  if (out == NULL) return;
  first = strstr((const char*)out, "\"id\":\"first\"");
  second = strstr((const char*)out, "\"id\":\"second\"");
  third = strstr((const char*)out, "\"id\":\"third\"");
  CHECK(first != NULL && second != NULL && third != NULL && first < second && second < third);
  CHECK(contains(out, size, "indicator a weight: \\\"1e5\\\" is not a decimal number"));
  CHECK(contains(out, size, "\"index\":\"2\""));
  jx_free(out);
}

int main(void) {
  test_version();
  test_evaluate_json("zz-2021-data-governance", "\"total\":\"98.66\"", NULL);
  test_evaluate_json("zz-2021-geodata", "\"total\":\"99.37\"", "EXECUTION_RATE_MISMATCH");
  test_evaluate_proto("zz-2021-data-governance");
  test_evaluate_proto("zz-2021-geodata");
  test_bad_input();
  test_list_schemes();
  test_evaluate_batch();
  test_parse_target();
  test_import_csv();
  test_import_table();
  test_review_targets();
  test_skeleton();
  test_hostile_input();
  test_batch_keeps_order();
  jx_free(NULL);
  printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
