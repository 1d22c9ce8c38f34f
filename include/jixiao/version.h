/* The one place the version is written; CMakeLists.txt reads it (zstd style). */
#ifndef JIXIAO_VERSION_H_
#define JIXIAO_VERSION_H_

#define JIXIAO_VERSION_MAJOR 0
#define JIXIAO_VERSION_MINOR 1
#define JIXIAO_VERSION_PATCH 0
#define JIXIAO_VERSION_NUMBER \
  (JIXIAO_VERSION_MAJOR * 10000 + JIXIAO_VERSION_MINOR * 100 + JIXIAO_VERSION_PATCH)

#endif /* JIXIAO_VERSION_H_ */
