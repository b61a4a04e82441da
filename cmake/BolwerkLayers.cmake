# Layer libraries and tests (STYLE.md section 9).
#
# Every layer includes its headers as "layer/file.hpp". A layer library sees only its
# own folder and the folders of the layers it links: each layer gets an include
# directory in the build tree that holds a single link to its source folder, and the
# directory travels to dependants through target_link_libraries. Including a header
# of a layer that is not listed therefore fails to compile, so a call "upwards"
# is caught by the build, not by review.

function(bolwerk_layer_include_dir layer out_var)
  set(dir ${CMAKE_BINARY_DIR}/layers/${layer})
  if(NOT EXISTS ${dir}/${layer})
    file(MAKE_DIRECTORY ${dir})
    file(CREATE_LINK ${CMAKE_SOURCE_DIR}/src/${layer} ${dir}/${layer} SYMBOLIC)
  endif()
  set(${out_var} ${dir} PARENT_SCOPE)
endfunction()

# bolwerk_layer(NAME SOURCES file... [DEPENDS layer...] [LIBRARIES target...])
# Without SOURCES the layer is an INTERFACE library: it exists with its dependency
# list but has no code yet.
function(bolwerk_layer name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;LIBRARIES" ${ARGN})
  bolwerk_layer_include_dir(${name} include_dir)
  set(target bolwerk_${name})
  set(deps)
  foreach(dep IN LISTS ARG_DEPENDS)
    list(APPEND deps bolwerk_${dep})
  endforeach()
  if(ARG_SOURCES)
    add_library(${target} STATIC ${ARG_SOURCES})
    target_include_directories(${target} PUBLIC ${include_dir})
    target_link_libraries(${target} PUBLIC ${deps} PRIVATE ${ARG_LIBRARIES})
  else()
    add_library(${target} INTERFACE)
    target_include_directories(${target} INTERFACE ${include_dir})
    target_link_libraries(${target} INTERFACE ${deps} ${ARG_LIBRARIES})
  endif()
endfunction()

# bolwerk_test(NAME SOURCES file... LIBRARIES target... [LABELS label...])
# One GoogleTest program registered with CTest, one test per TEST().
function(bolwerk_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBRARIES} GTest::gtest GTest::gmock GTest::gtest_main)
  # Listing the tests of a sanitizer build can take longer than the 5 s default on a
  # loaded machine (two cores shared by several builds).
  gtest_discover_tests(${name} DISCOVERY_MODE PRE_TEST DISCOVERY_TIMEOUT 120 PROPERTIES LABELS "${ARG_LABELS}")
endfunction()
