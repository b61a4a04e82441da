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

# bolwerk_layer(NAME SOURCES file... [DEPENDS layer...] [PUBLIC_DEPENDS target...]
#               [LIBRARIES target...])
# DEPENDS lists every layer the code of NAME uses; they are linked PRIVATE, so a
# dependant of NAME does not see their headers. PUBLIC_DEPENDS lists the layers (or
# other targets, such as bolwerk_store_forward) that the public headers of NAME include
# in their turn; only those pass through to dependants (issue #11 item 2). A layer in
# PUBLIC_DEPENDS must also be in DEPENDS (scripts/check-layers.sh checks that).
# Without SOURCES the layer is an INTERFACE library: it exists with its dependency
# list but has no code yet.
function(bolwerk_layer name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;PUBLIC_DEPENDS;LIBRARIES" ${ARGN})
  bolwerk_layer_include_dir(${name} include_dir)
  set(target bolwerk_${name})
  set(public_deps)
  foreach(dep IN LISTS ARG_PUBLIC_DEPENDS)
    list(APPEND public_deps bolwerk_${dep})
  endforeach()
  set(private_deps)
  foreach(dep IN LISTS ARG_DEPENDS)
    if(NOT dep IN_LIST ARG_PUBLIC_DEPENDS)
      list(APPEND private_deps bolwerk_${dep})
    endif()
  endforeach()
  if(ARG_SOURCES)
    add_library(${target} STATIC ${ARG_SOURCES})
    target_include_directories(${target} PUBLIC ${include_dir})
    target_link_libraries(${target} PUBLIC ${public_deps} PRIVATE ${private_deps} ${ARG_LIBRARIES})
  else()
    add_library(${target} INTERFACE)
    target_include_directories(${target} INTERFACE ${include_dir})
    target_link_libraries(${target} INTERFACE ${public_deps} ${private_deps} ${ARG_LIBRARIES})
  endif()
endfunction()

# bolwerk_layer_forward(NAME HEADER)
# The target bolwerk_NAME_forward: an include directory that holds only NAME/HEADER
# (forward declarations), for a layer whose headers name NAME's types in signatures
# without letting their dependants see the rest of NAME.
function(bolwerk_layer_forward name header)
  set(dir ${CMAKE_BINARY_DIR}/layers/${name}_forward)
  if(NOT EXISTS ${dir}/${name}/${header})
    file(MAKE_DIRECTORY ${dir}/${name})
    file(CREATE_LINK ${CMAKE_SOURCE_DIR}/src/${name}/${header} ${dir}/${name}/${header} SYMBOLIC)
  endif()
  add_library(bolwerk_${name}_forward INTERFACE)
  target_include_directories(bolwerk_${name}_forward INTERFACE ${dir})
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
