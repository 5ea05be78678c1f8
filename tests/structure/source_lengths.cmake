# cmake -DROOT=<source folder> -DLIMIT=<lines> -P source_lengths.cmake
#
# Every C++ source and header of the project (core, ui, app, tests, tools) has at most LIMIT lines:
# a longer file does more than one thing and should be split (README, Layout).
cmake_minimum_required(VERSION 3.25)
file(GLOB_RECURSE files RELATIVE ${ROOT}
  ${ROOT}/core/*.cpp ${ROOT}/core/*.h ${ROOT}/ui/*.cpp ${ROOT}/ui/*.h ${ROOT}/app/*.cpp ${ROOT}/app/*.h
  ${ROOT}/tests/*.cpp ${ROOT}/tests/*.h ${ROOT}/tools/*.cpp ${ROOT}/tools/*.h)
list(LENGTH files count)
if(count LESS 100)
  message(FATAL_ERROR "only ${count} sources found under ${ROOT}: is ROOT the project folder?")
endif()
set(long "")
foreach(file IN LISTS files)
  file(READ ${ROOT}/${file} text)
  string(REGEX MATCHALL "\n" newlines "${text}")
  list(LENGTH newlines length)
  if(length GREATER LIMIT)
    string(APPEND long "  ${file}: ${length} lines\n")
  endif()
endforeach()
if(long)
  message(FATAL_ERROR "sources longer than ${LIMIT} lines:\n${long}")
endif()
message(STATUS "${count} sources, none longer than ${LIMIT} lines")
