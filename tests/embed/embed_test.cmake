# cmake -DSOURCE=... -DWORK=... -P embed_test.cmake: configures tests/embed and checks what it has.
file(REMOVE_RECURSE ${WORK})
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE}/tests/embed -B ${WORK}
                        -DJIXIAO_SOURCE_DIR=${SOURCE}
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "configuring a host project that embeds jixiao failed:\n${out}\n${err}")
endif()
foreach(_line "has jixiao" "has jixiao_core" "has jixiao_scoring" "no jixiao_cli"
              "no jixiao_test_util" "no jixiao_bench" "no install rules")
  string(FIND "${out}" "embed: ${_line}\n" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "embedded jixiao: expected '${_line}':\n${out}")
  endif()
endforeach()
file(REMOVE_RECURSE ${WORK})
