# cmake -DMANIFEST=<file> -P check_includes.cmake
#
# Fails when a file of a target includes a project header from a folder the target does not link
# (cmake/layers.cmake writes the manifest: the target, its files and the folders it may include).
cmake_minimum_required(VERSION 3.25)
include(${MANIFEST})
set(problems "")
foreach(file IN LISTS LAYER_FILES)
  file(STRINGS ${file} lines)
  set(number 0)
  foreach(line IN LISTS lines)
    math(EXPR number "${number} + 1")
    if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*\"((core|ui|app)/[^\"]*)\"")
      set(header ${CMAKE_MATCH_1})
      get_filename_component(header_folder ${header} DIRECTORY)
      if(NOT header_folder IN_LIST LAYER_ALLOWED)
        file(RELATIVE_PATH shown ${LAYER_ROOT} ${file})
        string(APPEND problems "  ${shown}:${number} includes ${header}\n")
      endif()
    endif()
  endforeach()
endforeach()
if(problems)
  string(REPLACE ";" ", " allowed "${LAYER_ALLOWED}")
  message(FATAL_ERROR "${LAYER_TARGET} includes headers of folders it does not link:\n${problems}"
    "It may include only: ${allowed}.\n"
    "A page may not use another page; move what both need down to ui/adapters or ui/widgets "
    "(README, Layout).")
endif()
