/* JX_API marks the functions of the C ABI that libjixiao exports (LevelDB export.h, zstd style).
   Everything else in the library is built with hidden visibility. Define JX_API yourself to
   override it, e.g. empty when linking a static build into a program. */
#ifndef JIXIAO_EXPORT_H_
#define JIXIAO_EXPORT_H_

#if !defined(JX_API)
#if defined(_WIN32)
#if defined(JIXIAO_COMPILE_LIBRARY)
#define JX_API __declspec(dllexport)
#else
#define JX_API __declspec(dllimport)
#endif
#elif defined(__GNUC__) || defined(__clang__)
#define JX_API __attribute__((visibility("default")))
#else
#define JX_API
#endif
#endif /* !defined(JX_API) */

#endif /* JIXIAO_EXPORT_H_ */
