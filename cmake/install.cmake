# cmake --install: the C ABI (libjixiao.so, jixiao.h), the C++ static libraries with their
# headers, the command line, the .proto files, the CMake package (find_package(jixiao)) and
# jixiao.pc. Relocatable: the package files find everything relative to themselves.
include(CMakePackageConfigHelpers)
set(JIXIAO_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/jixiao)

install(TARGETS jixiao EXPORT jixiaoTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The C++ API: static libraries that need Abseil and protobuf (find_package(jixiao COMPONENTS cxx)).
target_include_directories(jixiao_proto PUBLIC $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
install(TARGETS jixiao_core jixiao_proto ${JIXIAO_LAYER_TARGETS} EXPORT jixiaoCxxTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
if(TARGET jixiao_cli)
  install(TARGETS jixiao_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

install(DIRECTORY include/jixiao DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        FILES_MATCHING PATTERN "*.h")
install(DIRECTORY ${JIXIAO_GEN_DIR}/jixiao/v1 DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/jixiao
        FILES_MATCHING PATTERN "*.pb.h")
# For budget systems in Java or C# that build the messages of the C ABI themselves.
install(DIRECTORY proto/jixiao DESTINATION ${CMAKE_INSTALL_DATADIR}/jixiao/proto
        FILES_MATCHING PATTERN "*.proto")

install(EXPORT jixiaoTargets NAMESPACE jixiao:: DESTINATION ${JIXIAO_CMAKE_DIR})
install(EXPORT jixiaoCxxTargets NAMESPACE jixiao:: DESTINATION ${JIXIAO_CMAKE_DIR})
configure_package_config_file(cmake/jixiaoConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/jixiaoConfig.cmake INSTALL_DESTINATION ${JIXIAO_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/jixiaoConfigVersion.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/jixiaoConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/jixiaoConfigVersion.cmake
        DESTINATION ${JIXIAO_CMAKE_DIR})

# jixiao.pc, relative to its own directory (${pcfiledir}) so the prefix can move.
file(RELATIVE_PATH JIXIAO_PC_PREFIX ${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig ${CMAKE_INSTALL_PREFIX})
string(REGEX REPLACE "/$" "" JIXIAO_PC_PREFIX "${JIXIAO_PC_PREFIX}")
foreach(_dir LIBDIR INCLUDEDIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${_dir}}")
    set(JIXIAO_PC_${_dir} "${CMAKE_INSTALL_${_dir}}")
  else()
    set(JIXIAO_PC_${_dir} "\${prefix}/${CMAKE_INSTALL_${_dir}}")
  endif()
endforeach()
configure_file(cmake/jixiao.pc.in ${CMAKE_CURRENT_BINARY_DIR}/jixiao.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/jixiao.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
