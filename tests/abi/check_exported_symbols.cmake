# cmake -DNM=nm -DOBJDUMP=objdump -DLIBRARY=libjixiao.so -DEXPECTED=exported_symbols.txt
#       -DSONAME=libjixiao.so.0 -P check_exported_symbols.cmake
# Fails when the shared library exports anything but the list (the ABI grew or leaked), or when
# its SONAME is not the major version's.
execute_process(COMMAND ${NM} -D --defined-only ${LIBRARY}
                OUTPUT_VARIABLE nm_output RESULT_VARIABLE nm_result)
if(NOT nm_result EQUAL 0)
  message(FATAL_ERROR "${NM} -D --defined-only ${LIBRARY} failed")
endif()
string(REGEX MATCHALL "[^\n]+" nm_lines "${nm_output}")
set(exported)
foreach(line IN LISTS nm_lines)
  string(REGEX REPLACE "^.* [A-Za-z] ([^ @]+).*$" "\\1" symbol "${line}")
  list(APPEND exported ${symbol})
endforeach()
list(SORT exported)
file(STRINGS ${EXPECTED} expected)
list(SORT expected)
if(NOT exported STREQUAL expected)
  string(REPLACE ";" "\n  " got "${exported}")
  string(REPLACE ";" "\n  " want "${expected}")
  message(FATAL_ERROR "exported symbols differ from ${EXPECTED}\ngot:\n  ${got}\nexpected:\n  ${want}")
endif()

execute_process(COMMAND ${OBJDUMP} -p ${LIBRARY} OUTPUT_VARIABLE headers)
string(REGEX MATCH "SONAME +([^\n]+)" _ "${headers}")
if(NOT CMAKE_MATCH_1 STREQUAL SONAME)
  message(FATAL_ERROR "SONAME is \"${CMAKE_MATCH_1}\", expected \"${SONAME}\"")
endif()
list(LENGTH exported count)
message(STATUS "${count} exported symbols as listed, SONAME ${SONAME}")
