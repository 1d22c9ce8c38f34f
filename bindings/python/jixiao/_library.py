"""Finds and loads libjixiao, and declares the C functions of jixiao.h for ctypes."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import pathlib
import sys
from typing import Iterator, Tuple

# The major version this package speaks: libjixiao.so.MAJOR (jixiao.h promises no breaking
# change within a major version).
MAJOR = 0

_PACKAGE_DIR = pathlib.Path(__file__).resolve().parent


def _file_names() -> Tuple[str, ...]:
    if sys.platform == "darwin":
        return (f"libjixiao.{MAJOR}.dylib", "libjixiao.dylib")
    if sys.platform == "win32":
        return ("jixiao.dll",)
    return (f"libjixiao.so.{MAJOR}", "libjixiao.so")


def _system_names() -> Tuple[str, ...]:
    """What the dynamic loader is asked for: ctypes.util.find_library's answer, then the soname."""
    found = ctypes.util.find_library("jixiao")
    names = (found,) if found else ()
    return names + tuple(n for n in _file_names()[:1] if n != found)


def candidates() -> Iterator[Tuple[str, str]]:
    """Where the library may be, in order, as (path or name, how it was found): beside the
    package, then $JIXIAO_LIBRARY, then the system. Never a build/ directory found by walking up
    from the package or the working directory: that would load whatever library lies there."""
    for name in _file_names():  # a wheel or a copy that ships the library
        path = _PACKAGE_DIR / name
        if path.exists():
            yield str(path), "beside the package"
    explicit = os.environ.get("JIXIAO_LIBRARY")
    if explicit:
        yield explicit, "JIXIAO_LIBRARY"
    for name in _system_names():
        yield name, "on the system"


def _declare(lib: ctypes.CDLL) -> ctypes.CDLL:
    out = ctypes.POINTER(ctypes.POINTER(ctypes.c_char))  # library-owned bytes, freed by jx_free
    lib.jx_version_number.argtypes = []
    lib.jx_version_number.restype = ctypes.c_uint32
    lib.jx_version_string.argtypes = []
    lib.jx_version_string.restype = ctypes.c_char_p  # static text, never freed
    lib.jx_evaluate.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int32, out,
                                ctypes.POINTER(ctypes.c_size_t), out]
    lib.jx_evaluate.restype = ctypes.c_int32
    lib.jx_evaluate_batch.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int32,
                                      ctypes.c_int32, out, ctypes.POINTER(ctypes.c_size_t), out]
    lib.jx_evaluate_batch.restype = ctypes.c_int32
    lib.jx_list_schemes.argtypes = [ctypes.c_int32, out, ctypes.POINTER(ctypes.c_size_t), out]
    lib.jx_list_schemes.restype = ctypes.c_int32
    lib.jx_parse_target.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int32, out,
                                    ctypes.POINTER(ctypes.c_size_t), out]
    lib.jx_parse_target.restype = ctypes.c_int32
    lib.jx_import_csv.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p,
                                  ctypes.c_int32, out, ctypes.POINTER(ctypes.c_size_t), out]
    lib.jx_import_csv.restype = ctypes.c_int32
    lib.jx_import_table.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p,
                                    ctypes.c_char_p, ctypes.c_int32, out,
                                    ctypes.POINTER(ctypes.c_size_t), out]
    lib.jx_import_table.restype = ctypes.c_int32
    lib.jx_review_targets.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int32, out,
                                      ctypes.POINTER(ctypes.c_size_t), out]
    lib.jx_review_targets.restype = ctypes.c_int32
    lib.jx_skeleton.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int32, ctypes.c_char_p,
                                out, ctypes.POINTER(ctypes.c_size_t), out]
    lib.jx_skeleton.restype = ctypes.c_int32
    lib.jx_free.argtypes = [ctypes.c_void_p]
    lib.jx_free.restype = None
    major = lib.jx_version_number() // 10000
    if major != MAJOR:
        raise OSError(f"{lib._name}: libjixiao major version {major}, this package needs {MAJOR}")
    return lib


@functools.lru_cache(maxsize=None)
def load() -> ctypes.CDLL:
    """The library: beside the package, else $JIXIAO_LIBRARY, else the system's (candidates())."""
    tried = []
    for path, where in candidates():
        try:
            return _declare(ctypes.CDLL(path))
        except OSError as e:
            if where == "JIXIAO_LIBRARY":  # asked for by name: a mistake to say, not to skip
                raise OSError(f"JIXIAO_LIBRARY={path} cannot be loaded: {e}") from e
            tried.append(f"{path} ({where}): {e}")
    raise OSError(
        "libjixiao not found; looked in three places, in this order:\n"
        f"  1. beside the package: {_PACKAGE_DIR} ({', '.join(_file_names())})\n"
        "  2. the JIXIAO_LIBRARY environment variable: not set\n"
        f"  3. the system: ctypes.util.find_library('jixiao'), then {_file_names()[0]} on the "
        "dynamic loader's path (LD_LIBRARY_PATH, ldconfig)\n"
        "Set JIXIAO_LIBRARY to the library's path, or install it (cmake --install build)"
        + "".join(f"\n  tried {t}" for t in tried))
