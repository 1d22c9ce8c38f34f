/* A program outside the jixiao tree, built against an installed jixiao: consumer FORM.json
   prints the library version and the form's total. */
#include <jixiao/jixiao.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char** argv) {
  static char form[1 << 20];
  void* result = NULL;
  size_t form_size, result_size = 0;
  char* error = NULL;
  const char* total;
  FILE* f = argc == 2 ? fopen(argv[1], "rb") : NULL;
  if (f == NULL) return 2;
  form_size = fread(form, 1, sizeof form, f);
  fclose(f);
  if (jx_version_number() / 10000 != JIXIAO_VERSION_MAJOR) return 3;
  if (jx_evaluate(form, form_size, JX_FORMAT_JSON, &result, &result_size, &error) != JX_OK) {
    fprintf(stderr, "consumer: %s\n", error);
    jx_free(error);
    return 1;
  }
  total = strstr((const char*)result, "\"total\":");
  printf("jixiao %s: %.16s\n", jx_version_string(), total != NULL ? total : "no total");
  jx_free(result);
  return total != NULL ? 0 : 1;
}
