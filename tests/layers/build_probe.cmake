# cmake -DBUILD_DIR=... -DTARGET=... -DEXPECT=pass|fail [-DMISSING=header] -P build_probe.cmake
# Builds one probe of tests/layers and checks that it compiles, or fails for want of MISSING.
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${TARGET}
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(EXPECT STREQUAL "pass" AND NOT code EQUAL 0)
  message(FATAL_ERROR "${TARGET} should build:\n${out}")
elseif(EXPECT STREQUAL "fail")
  if(code EQUAL 0)
    message(FATAL_ERROR "${TARGET} built, but it includes a header from a layer above it")
  endif()
  string(FIND "${out}" "${MISSING}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${TARGET} failed, but not for want of ${MISSING}:\n${out}")
  endif()
  message(STATUS "${TARGET}: refused as it should be (${MISSING} not found)")
endif()
