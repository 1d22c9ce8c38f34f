/* The one place the version is written; CMakeLists.txt reads it (zstd style). C and C++. */
#ifndef JIXIAO_VERSION_H_
#define JIXIAO_VERSION_H_

#define JIXIAO_VERSION_MAJOR 0
#define JIXIAO_VERSION_MINOR 1
#define JIXIAO_VERSION_PATCH 0
#define JIXIAO_VERSION_NUMBER \
  (JIXIAO_VERSION_MAJOR * 10000 + JIXIAO_VERSION_MINOR * 100 + JIXIAO_VERSION_PATCH)

/* "0.1.0", spelled from the three numbers above so they stay the only copy. */
#define JIXIAO_VERSION_STRINGIFY_(x) #x
#define JIXIAO_VERSION_STRINGIFY(x) JIXIAO_VERSION_STRINGIFY_(x)
#define JIXIAO_VERSION_STRING                        \
  JIXIAO_VERSION_STRINGIFY(JIXIAO_VERSION_MAJOR) "." \
  JIXIAO_VERSION_STRINGIFY(JIXIAO_VERSION_MINOR) "." \
  JIXIAO_VERSION_STRINGIFY(JIXIAO_VERSION_PATCH)

#endif /* JIXIAO_VERSION_H_ */
